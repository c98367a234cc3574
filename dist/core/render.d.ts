import type { Analysis } from "./analysis-types.js";
import type { DedupIndex } from "./dedup-index.js";
import type { Decisions } from "./decide.js";
import type { Cut } from "./types.js";
/**
 * What render carries from one segment of a text to the next when the text comes in segments
 * (a stream); a whole text is one segment with a fresh carry.
 */
export interface RenderCarry {
    /** Nothing rendered yet: decides whether the text has a BOM. */
    begun: boolean;
    /** No unit seen yet: blank lines so far are the text's leading blank lines. */
    atStart: boolean;
    /** A kept unit has been written. */
    emitted: boolean;
    /** The first run of blank lines since the last kept unit. */
    gap: string | null;
    /** Blank text after the last unit seen, still to be placed. */
    run: string;
    /** The text starts with a BOM that no output has carried yet. */
    bom: boolean;
}
export declare function newRenderCarry(): RenderCarry;
/**
 * Kept units come out as they came in, a stripped prefix aside. Between two kept units stands the
 * first run of blank lines that stood between them, so a cut never leaves two runs behind; blank
 * lines before the first unit and after the last are kept as they were.
 */
export declare function render(a: Analysis, decisions: Decisions, carry?: RenderCarry, final?: boolean): string;
/** A kept line written as it is, unanalyzed (a stream's over-long line); `first` for its first piece. */
export declare function renderRaw(carry: RenderCarry, piece: string, first: boolean): string;
/** `lineOffset`: lines of the text before this segment, when it comes in segments. */
export declare function buildCuts(a: Analysis, decisions: Decisions, index: DedupIndex, doc: number, lineOffset?: number): Cut[];
