import type { CleanResult } from "../core/types.js";
export declare function summaryLine(file: string, r: CleanResult): string;
