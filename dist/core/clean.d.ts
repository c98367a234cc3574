import { type Analysis } from "./analyze.js";
import { type RuleSet } from "./boilerplate/ruleset.js";
import { type Decisions } from "./decide.js";
import { DedupIndex } from "./dedup-index.js";
import { type Options } from "./options.js";
import { type RenderCarry } from "./render.js";
import type { CleanResult } from "./types.js";
export interface CleanContext {
    /** Shared across the texts of a run, so a paragraph kept in one is a duplicate in the next. */
    index: DedupIndex;
    /** The text's name in reports of other texts (a path). */
    name?: string;
    /** Cleanings at most (default MAX_CLEANINGS); 1 gives the first cleaning alone. */
    cleanings?: number;
}
/** Cleans one text. Pass a shared `context.index` to find duplicates across texts. */
export declare function clean(text: string, options?: Partial<Options>, context?: CleanContext): CleanResult;
/** Where a segment stands in a text cleaned in segments (see stream-clean.ts); updated by each call. */
export interface SegmentState {
    /** The text's document in the index, once its first segment is in. */
    doc?: number;
    /** Lines of the text before this segment. */
    lineOffset: number;
    carry: RenderCarry;
    /** The last segment of the text. */
    final: boolean;
}
/** Cleanings of one text at most: the first and up to three more over the text each one keeps. */
export declare const MAX_CLEANINGS = 4;
/**
 * The decision half of clean, for callers (workers) that analyzed the text elsewhere.
 *
 * A cut can change how the text left around it reads: two lines glued to an ad line become a block
 * of their own, judged hard-wrapped prose, verse or a numbered list anew. So the kept text is
 * cleaned again, until a cleaning cuts nothing (at most MAX_CLEANINGS in all), and what a later
 * cleaning cuts is reported on the lines of the text given. That makes clean(clean(x)) = clean(x).
 * settlesInOnePass() spares the second cleaning where the first one's cuts provably change nothing
 * a second one reads, as for most texts. The index takes only the units finally kept, numbered
 * among themselves, as a run over the clean text would number them.
 */
export declare function cleanAnalysis(a0: Analysis, o: Options, rules: RuleSet, context: CleanContext, segment?: SegmentState): CleanResult;
/**
 * True when cleaning the kept text again would cut nothing and record the same units: every
 * block (units on adjacent lines) is kept whole with no header stripped, cut whole, or splits on
 * the lines it keeps (less stripped headers, which do not match again) into the units it keeps,
 * with the same kinds; and the rules that judge the whole text (context rules) either judge neither
 * text prose or, with every block kept or cut whole, find nothing more to cut among the units
 * that stay. Markdown is parsed whole: never.
 */
export declare function settlesInOnePass(a: Analysis, decisions: Decisions, o: Options, rules: RuleSet): boolean;
/**
 * UTF-8 byte length without Buffer, so the core runs anywhere: the engine's encoder over slices
 * (four times faster than a loop over char codes). A lone surrogate counts as U+FFFD, as written.
 */
export declare function utf8Length(s: string): number;
