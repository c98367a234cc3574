import type { PlannedFile } from "../batch/plan.js";
import { type FileOutcome, type Keep } from "../batch/run-batch.js";
import type { Options } from "../core/options.js";
import type { RunSettings } from "./settings.js";
export interface BatchCache {
    /** Targets known to have nothing to cut: not cleaned this time. */
    skip: Set<string>;
    /** Records this run's outcomes and adds the skipped files back as unchanged, in path order, with what `keep` asks for. */
    finish(outcomes: FileOutcome[], keep: Keep): Promise<FileOutcome[]>;
}
/** `treeSig`: what else the results depend on (a check of a change: the committed tree). */
export declare function openBatchCache(cwd: string, files: readonly PlannedFile[], references: readonly PlannedFile[], settings: RunSettings, treeSig?: string): Promise<BatchCache>;
/**
 * The key of one file: winnow's version and normalization version (a build between releases may
 * change fingerprints), the file's options and bytes, and the run's signature.
 */
export declare function fileCacheKey(options: Options, bytes: Uint8Array, runSig: string): string;
