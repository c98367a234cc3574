/** Characters at or above this code point go to the reference normalizer. */
export declare const TABLE_END = 8304;
/** For each code: its lower-case code, or -1 when the fast path must not handle it. */
export declare const LOWER: Int32Array<ArrayBuffer>;
/** For each code: bit 1 a word character (letter, mark, number), bit 2 a decimal digit. */
export declare const WORD: Uint8Array<ArrayBuffer>;
/** Fills in the non-ASCII part (about 10 ms) the first time a text needs it, not at start-up. */
export declare function ensureTable(): void;
