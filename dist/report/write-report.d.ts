import { type FileResult, type ReportMeta } from "./json.js";
export type ReportFormat = "json" | "html";
export declare function reportFormatFor(file: string): ReportFormat;
/** The report's text for `file`, in the format its extension names. */
export declare function renderReport(file: string, files: readonly FileResult[], meta: ReportMeta): string;
