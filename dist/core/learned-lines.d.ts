import type { Analysis } from "./analysis-types.js";
import { type LearnedThresholds } from "./boilerplate/templates.js";
import { type Lines } from "./lines.js";
import type { TextFormat } from "./unit-splitters.js";
/** The rule name learned lines are reported under, and the name `--disable` takes. */
export declare const LEARNED_RULE = "learned";
/** Template hashes of one file, each once, as [hi0, lo0, hi1, lo1, ...] (cheap to send between threads). */
export declare function fileTemplateHashes(text: string): Uint32Array;
/** Number of files each template hash was seen in: typed arrays only, no per-template objects. */
export declare class TemplateCounts {
    private readonly slots;
    private hi;
    private lo;
    private counts;
    /** Files added so far. */
    files: number;
    /** Adds one file's hashes (from fileTemplateHashes). */
    addFile(hashes: Uint32Array): void;
    /** Distinct templates seen. */
    get size(): number;
    /** Bytes held by the arrays. */
    get byteLength(): number;
    /** The templates seen in at least `minFiles` files and `minShare` of them: all pass 2 needs. */
    frequent(minFiles: number, minShare: number): LearnedTable;
    private grow;
}
/** Candidate templates handed to pass 2 (plain typed arrays, so they can go to workers). */
export interface LearnedTable {
    /** [hi, lo] pairs. */
    hashes: Uint32Array;
    /** Files each template was seen in. */
    counts: Int32Array;
    /** Files in the run. */
    files: number;
}
/**
 * Marks, in place, the units of `a` whose template is learned boilerplate (none in a Markdown
 * file). Units a built-in rule already cuts keep that rule. Returns the number of units marked.
 * Learned lines are page furniture: a sentence holding half the file's words or more is the
 * file's prose, never learned; and when the learned lines would take every unit a built-in rule
 * leaves, none is marked (no learned rule empties a file: three copies of one short page are
 * copies, which the duplicate search cuts down to the first).
 */
export declare function markLearned(a: Analysis, lookup: LearnedLookup, t: LearnedThresholds & {
    format?: TextFormat;
}): number;
/** Counts by template hash, built from a LearnedTable. */
export declare class LearnedLookup {
    private readonly slots;
    readonly files: number;
    private readonly counts;
    constructor(table: LearnedTable);
    /** Templates in the table. */
    get size(): number;
    count(hi: number, lo: number): number;
}
/**
 * The last line of a leading YAML front matter block ("---" ... "---" or "..."), or -1. Its lines
 * ("layout: post") are in every file of a site and must never be learned.
 */
export declare function frontMatterEnd(text: string, lines: Lines): number;
