import type { Options } from "../core/options.js";
import type { CleanResult } from "../core/types.js";
export declare const REPORT_FORMAT_VERSION = 1;
/** What the JSON report and the check reporters read of a file: its cuts and figures, not its text. */
export interface FileFindings {
    /** The path as the user named it, or "-" for standard input. */
    file: string;
    result: Pick<CleanResult, "cuts" | "stats">;
}
export interface FileResult extends FileFindings {
    /** The text as it came in (the HTML report shows cuts in place). */
    input: string;
    result: CleanResult;
}
export interface ReportMeta {
    toolVersion: string;
    options: Options;
}
export declare function jsonReport(files: readonly FileFindings[], meta: ReportMeta): string;
