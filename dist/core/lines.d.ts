export interface Lines {
    /** Offset of each line's first character. */
    start: number[];
    /** Offset just past each line's content, before its line ending. */
    end: number[];
    /** Offset just past each line's line ending (the next line's start). */
    next: number[];
}
/** Splits on LF, CRLF and lone CR, keeping every line's own ending in the table. */
export declare function splitLines(text: string): Lines;
export declare function lineText(text: string, lines: Lines, i: number): string;
