// Picks the report format from the report file's name: .html/.htm is the page, anything else JSON.
import { htmlReport } from "./html.js";
import { jsonReport } from "./json.js";
export function reportFormatFor(file) {
    return /\.html?$/i.test(file) ? "html" : "json";
}
/** The report's text for `file`, in the format its extension names. */
export function renderReport(file, files, meta) {
    return reportFormatFor(file) === "html" ? htmlReport(files, meta) : jsonReport(files, meta);
}
//# sourceMappingURL=write-report.js.map