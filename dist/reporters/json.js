// The JSON reporter is the versioned report the --report flag writes (one format, one place).
import { jsonReport } from "../report/json.js";
export function jsonReporter(files, ctx) {
    return jsonReport(files, { toolVersion: ctx.toolVersion, options: ctx.options });
}
//# sourceMappingURL=json.js.map