// Picks the report format from the report file's name: .html/.htm is the page, anything else JSON.
import { htmlReport } from "./html.js";
import { jsonReport, type FileResult, type ReportMeta } from "./json.js";
import { reportFormatFor } from "./reporter-names.js";

export { reportFormatFor, type ReportFormat } from "./reporter-names.js";

/** The report's text for `file`, in the format its extension names. */
export function renderReport(file: string, files: readonly FileResult[], meta: ReportMeta): string {
  return reportFormatFor(file) === "html" ? htmlReport(files, meta) : jsonReport(files, meta);
}
