import { type CleanContext } from "./clean.js";
import { type Options } from "./options.js";
import type { CleanStats, Cut } from "./types.js";
/** Segment sizes, in UTF-16 code units. */
export interface StreamTuning {
    /** A segment is cut once the buffer holds this much. */
    segmentChars: number;
    /** Past this, a segment is cut at the last blank line or line end even where that is not exact. */
    maxSegmentChars: number;
    /** A line longer than this is written as it is, unanalyzed, and never cut. */
    maxLineChars: number;
}
export declare const DEFAULT_STREAM_TUNING: Readonly<StreamTuning>;
export interface StreamPiece {
    /** Clean text to write out, in order. */
    text: string;
    /** Cuts decided since the last piece, lines numbered in the whole text. */
    cuts: Cut[];
}
/**
 * Push text chunks, write out what comes back, then call end(). A segment ends where the units on
 * both sides of a blank line are long paragraphs: no rule looks across such a pair, so the result
 * is byte for byte that of cleaning the whole text.
 */
export declare class StreamCleaner {
    private readonly o;
    private readonly rules;
    private readonly context;
    private readonly tuning;
    private readonly seg;
    private readonly outLines;
    private buf;
    /**
     * buf.charCodeAt(0) (NaN when empty), kept apart: reading a character of the buffer, a string
     * grown by appending, copies it whole into one piece, and that on every chunk cost time growing
     * with the square of the segment size.
     */
    private firstCode;
    /** Where the buffer's last, unfinished line starts. */
    private tailStart;
    /** No line starting before this offset of the buffer is blank (it is the start of a line). */
    private noBlankBefore;
    /** Buffer length at which the next cut is tried (doubles while no exact cut is found). */
    private nextTry;
    /** Inside an over-long line being passed through. */
    private passing;
    /** The last chunk ended in CR: a LF at the start of the next belongs to it. */
    private crPending;
    private heldSurrogate;
    private ended;
    private readonly totals;
    constructor(options?: Partial<Options>, context?: CleanContext, tuning?: Partial<StreamTuning>);
    push(chunk: string): StreamPiece;
    /** The rest of the text; `stats` covers the whole stream. */
    end(): StreamPiece & {
        stats: CleanStats;
    };
    private append;
    private dropFront;
    /**
     * Whether the buffer may hold a blank line. Without one no two units stand apart, so there is no
     * exact cut and the fallback is the last line's start: the buffer need not be analyzed to know.
     * Scans only what came since the last call.
     */
    private mayHaveBlankLine;
    private cutSegments;
    private cleanSegment;
    /** Cleans what stands before the over-long line (or one opening with U+FEFF), then writes the line as it comes. */
    private startLongLine;
    /** Writes the over-long line up to its line ending; returns the text after it. */
    private passLongLine;
    private emitRaw;
    private addOut;
}
