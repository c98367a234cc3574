export declare const TABLE_ROW: RegExp;
export declare const CODE_LINE: RegExp;
export declare function isTableRow(line: string): boolean;
export declare function isCodeLine(line: string): boolean;
/**
 * True whenever TABLE_ROW can match `line.trim()`: two pipes, a tab, or the last space of the line
 * (trailing white space aside) ending a run of three: nothing but a figure may follow that run.
 */
export declare function mayBeTableRow(line: string): boolean;
/**
 * True whenever CODE_LINE can match: every alternative but one is anchored at the start or the end,
 * so the first and last characters that are not white space decide, and the last (`Name: value`,
 * `GET /path HTTP/1.1`) needs a capital first character followed by letters, hyphens and then a
 * colon, a slash or a space after an upper-case word.
 */
export declare function mayBeCodeLine(line: string): boolean;
/** `s.trim().length`, without making the string. */
export declare function trimmedLength(s: string): number;
/** `s.trimEnd().length`, without making the string. */
export declare function trimmedEndLength(s: string): number;
