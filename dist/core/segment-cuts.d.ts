import type { Analysis } from "./analysis-types.js";
import type { Options } from "./options.js";
/**
 * The last place where two anchors stand apart with blank lines between them and the second is
 * followed by a finished blank line: everything before it is decided exactly as in the whole text.
 * Returns the analysis of the text before it, sliced from the buffer's.
 */
export declare function exactCut(a: Analysis, o: Options, buf: string): Analysis | null;
/**
 * Not exact: the start of the last unit after a blank line, preferring one with no code on either
 * side (a cut inside a code block or a winnow-disable region would end its protection), else the
 * start of the last line.
 */
export declare function fallbackCut(a: Analysis, buf: string): number;
export declare function firstLineEnd(s: string): number;
/**
 * Looks for a blank line (white space only, as trim() sees it) among the lines of `s` that start at
 * or after `from`, a line start. Returns -1 if there may be one (a white-space tail counts), else
 * where to look again once `s` has grown: the start of its last line if that may still change.
 */
export declare function scanForBlankLine(s: string, from: number): number;
/** Where fallbackCut cuts a text with no blank line: the start of its last line not opening with U+FEFF (0: none). */
export declare function lastLineCut(s: string): number;
