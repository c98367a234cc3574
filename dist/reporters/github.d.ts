import { type FileFindings, type ReportContext } from "./types.js";
export declare function githubReport(files: readonly FileFindings[], _ctx: ReportContext): string;
/** The runner's own escaping (actions/toolkit command.ts): %, CR and LF in messages. */
export declare function escapeData(s: string): string;
/** Properties also escape `:` and `,`, which separate them. */
export declare function escapeProperty(s: string): string;
