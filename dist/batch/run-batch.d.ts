import { DedupIndex } from "../core/dedup-index.js";
import { type LearnedTable } from "../core/learned-lines.js";
import type { Options } from "../core/options.js";
import type { CleanResult, CutKind } from "../core/types.js";
import type { PlannedFile } from "./plan.js";
export type FileStatus = "changed" | "unchanged" | "skipped" | "failed";
export interface FileOutcome {
    file: string;
    status: FileStatus;
    /** Why a file was skipped or failed. */
    reason?: string;
    bytesIn: number;
    bytesOut: number;
    /** What was cut, counted: set when the file was read and cleaned. */
    counts?: CutCounts;
    /** Every cut and the file's figures, kept when asked (--check, the report). */
    findings?: Pick<CleanResult, "cuts" | "stats">;
    /** The clean text and every cut, kept only for the report. */
    result?: CleanResult;
    /** The decoded input, kept only for the report. */
    input?: string;
}
/**
 * What a run keeps of each file beyond its counts: nothing, its cuts (--check: the reporters read no
 * text, and keeping the texts took a check of the 213 MB bench tree to 1.2 GB), or its texts too
 * (the report).
 */
export type Keep = "counts" | "findings" | "results";
/** The parts of a cleaned file's outcome that `keep` asks for. */
export declare function keptParts(keep: Keep, result: CleanResult, input: string): Pick<FileOutcome, "findings" | "result" | "input">;
/** A file's cuts by kind, and its learned-line cuts by what they matched. */
export interface CutCounts {
    kinds: Record<CutKind, number>;
    /** [match, cuts] of learned lines, when there are any. */
    learned?: [string, number][];
}
export interface BatchHooks {
    /** A pass starts over `files` files of `bytes` bytes. */
    phase?(name: "learning" | "cleaning", files: number, bytes: number): void;
    /** One more file of `bytes` bytes is done in the current pass. */
    advance?(bytes: number): void;
    /** A file is decided (and written); called in path order. */
    done?(outcome: FileOutcome): void;
}
export interface BatchRun {
    files: readonly PlannedFile[];
    options: Options;
    /** Worker threads; 1 runs everything in this thread. */
    jobs: number;
    /** "out-dir" writes every file to its `out`; "write" replaces the files that change; "check" writes nothing. */
    mode: "out-dir" | "write" | "check";
    /** Options of one file when they differ from the run's (config overrides, Markdown by extension). */
    optionsFor?: (f: PlannedFile) => Options;
    /** Files indexed before `files` (--against): their text can be a kept copy; they are never reported or written. */
    references?: readonly PlannedFile[];
    /** What to keep of each file beyond its counts (default: nothing). */
    keep?: Keep;
    /** Puts texts in the run's index before any file (a check of a change: the committed tree). */
    prefill?: (index: DedupIndex) => void;
    /** Units the prefill adds, so the index is made that big at once. */
    prefillUnits?: number;
    /** The learned boilerplate table, when the caller learned it (pass 1 is then skipped). */
    learned?: LearnedTable | null;
    hooks?: BatchHooks;
}
export declare function runBatch(run: BatchRun): Promise<FileOutcome[]>;
