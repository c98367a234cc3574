// The JSON reporter is the versioned report the --report flag writes (one format, one place).
import { jsonReport } from "./json.js";
import type { FileFindings, ReportContext } from "./reporter-types.js";

export function jsonReporter(files: readonly FileFindings[], ctx: ReportContext): string {
  return jsonReport(files, { toolVersion: ctx.toolVersion, options: ctx.options });
}
