// Per-character facts for the fast normalizer, derived once from the engine's own definitions
// (String.prototype.normalize, toLowerCase, the \p classes) so that they cannot drift apart.
/** Characters at or above this code point go to the reference normalizer. */
export const TABLE_END = 0x2070;
/** For each code: its lower-case code, or -1 when the fast path must not handle it. */
export const LOWER = new Int32Array(TABLE_END).fill(-1);
/** For each code: bit 1 a word character (letter, mark, number), bit 2 a decimal digit. */
export const WORD = new Uint8Array(TABLE_END);
/** Scripts of most text the fast path sees: Latin, Greek, Cyrillic, general punctuation. */
const RANGES = [
    [0x80, 0x250],
    [0x370, 0x530],
    [0x2000, 0x2070],
];
const IS_WORD = /^[\p{L}\p{M}\p{N}]$/u;
const IS_DIGIT = /^\p{Nd}$/u;
const IS_MARK = /^\p{M}$/u;
function inRanges(c) {
    return c < 0x80 || RANGES.some(([a, b]) => c >= a && c < b);
}
/**
 * A character is safe when the reference would leave it as one character of the same kind whatever
 * stands around it: NFKC keeps it, it is no combining mark (marks compose with what precedes them),
 * and its lower case is one character of these ranges whatever the context. Such strings are NFKC
 * already (the test checks every pair).
 */
function isSafe(c, ch, lower) {
    // Capital sigma lower-cases by context (σ, or ς at the end of a word): the one such case.
    if (c === 0x03a3)
        return false;
    if (ch.normalize("NFKC") !== ch || IS_MARK.test(ch))
        return false;
    return lower.length === 1 && inRanges(lower.charCodeAt(0)) && !IS_MARK.test(lower);
}
for (let c = 0; c < 0x80; c++) {
    LOWER[c] = c >= 65 && c <= 90 ? c + 32 : c;
    WORD[c] = c >= 48 && c <= 57 ? 3 : (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
}
let built = false;
/** Fills in the non-ASCII part (about 10 ms) the first time a text needs it, not at start-up. */
export function ensureTable() {
    if (built)
        return;
    built = true;
    for (const [a, b] of RANGES) {
        for (let c = a; c < b; c++) {
            const ch = String.fromCharCode(c);
            const lower = ch.toLowerCase();
            if (isSafe(c, ch, lower))
                LOWER[c] = lower.charCodeAt(0);
            WORD[c] = IS_WORD.test(ch) ? (IS_DIGIT.test(ch) ? 3 : 1) : 0;
        }
    }
}
//# sourceMappingURL=char-table.js.map