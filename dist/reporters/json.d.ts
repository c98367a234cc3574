import type { FileFindings, ReportContext } from "./types.js";
export declare function jsonReporter(files: readonly FileFindings[], ctx: ReportContext): string;
