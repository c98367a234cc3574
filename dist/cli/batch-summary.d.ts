import type { FileOutcome } from "../batch/run-batch.js";
export interface SummaryInput {
    outcomes: readonly FileOutcome[];
    /** Files left out before reading (symbolic links out of the tree, repeats). */
    skippedBeforeRead: number;
    /** How many learned lines to list. */
    topLearned?: number;
}
export declare function batchSummary(s: SummaryInput): string;
