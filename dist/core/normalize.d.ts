/**
 * Bumped whenever the rules below change, since fingerprints (and caches) change with them.
 * Version 2 keeps digits and URLs: two sentences that differ in a number, a version or a link are
 * two texts (version 1 turned every digit into 0 and every URL into one token).
 */
export declare const NORMALIZATION_VERSION = 2;
/**
 * HTML entities decoded, NFKC, lower case, every run of punctuation, symbols and white space to
 * one space, trimmed. Digits and the words of URLs stay as they are.
 */
export declare function normalizeForHash(s: string): string;
