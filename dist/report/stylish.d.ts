import { type FileFindings, type ReportContext } from "./reporter-types.js";
export declare function stylishReport(files: readonly FileFindings[], ctx: ReportContext): string;
