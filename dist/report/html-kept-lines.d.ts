import { type Lines } from "../core/lines.js";
import type { Cut } from "../core/types.js";
/**
 * Matches the clean text's lines, in order, against the input lines that no cut removed (with a cut
 * prefix taken off). The clean text is such a subsequence, so the earliest match always succeeds; a
 * blank line may pair with another blank line than the one render kept, which looks the same.
 * Returns null when the clean text is not such a subsequence (the page then shows it separately).
 */
export declare function keptLines(input: string, lines: Lines, cuts: readonly Cut[], output: string): boolean[] | null;
export declare function stripBom(s: string): string;
