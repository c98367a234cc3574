import type { FileFindings, ReportContext } from "./reporter-types.js";
export declare function jsonReporter(files: readonly FileFindings[], ctx: ReportContext): string;
