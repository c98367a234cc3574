// Picks the report format from the report file's name: .html/.htm is the page, anything else JSON.
import { htmlReport } from "./html.js";
import { jsonReport, type FileResult, type ReportMeta } from "./json.js";

export type ReportFormat = "json" | "html";

export function reportFormatFor(file: string): ReportFormat {
  return /\.html?$/i.test(file) ? "html" : "json";
}

/** The report's text for `file`, in the format its extension names. */
export function renderReport(file: string, files: readonly FileResult[], meta: ReportMeta): string {
  return reportFormatFor(file) === "html" ? htmlReport(files, meta) : jsonReport(files, meta);
}
