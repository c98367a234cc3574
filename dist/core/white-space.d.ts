/** What trim removes, less the line endings splitLines knows (LF and CR). */
export declare function isTrimSpace(c: number): boolean;
/** All that trim removes, LF and CR too. */
export declare function isWhiteSpace(c: number): boolean;
