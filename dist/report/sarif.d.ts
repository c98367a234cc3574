import { type FileFindings, type ReportContext } from "./reporter-types.js";
export declare function sarifReport(files: readonly FileFindings[], ctx: ReportContext): string;
/** A relative URI reference: posix separators, each segment percent-encoded. */
export declare function toUri(file: string): string;
