import type { PlannedFile } from "../batch/plan.js";
import type { FileOutcome } from "../batch/run-batch.js";
import { DedupIndex } from "../core/dedup-index.js";
import { type LearnedTable } from "../core/learned-lines.js";
import type { RunSettings } from "./settings.js";
export interface GitCheck {
    /** Adds the committed texts that matter to the run's index. */
    prefill(index: DedupIndex): void;
    prefillUnits: number;
    /** Learned boilerplate over the committed tree and the checked files (for the checked files' templates). */
    learned: LearnedTable | null;
    /** Committed files that are the reference. */
    references: number;
    /** Reference texts found in the persistent index, and those read from git and indexed in this run. */
    indexed: {
        read: number;
        made: number;
    };
    /** A hash of the reference (texts and options): part of a --cache key. */
    signature: string;
    /** The outcomes with only the findings the checked texts add. */
    newOnly(outcomes: FileOutcome[]): Promise<FileOutcome[]>;
}
/**
 * The reference and baseline of a check of `files` in the repository `cwd` is in; null outside a
 * repository (or without git), where a check is what it always was. `baseline`: false with --write,
 * which cuts and reports every cut.
 */
export declare function prepareGitCheck(cwd: string, files: readonly PlannedFile[], settings: RunSettings, extensions: readonly string[], baseline: boolean): Promise<GitCheck | null>;
