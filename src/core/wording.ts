// The wording of a unit (see AuthoredCopies.renamed): a hash of its words with names and numbers
// masked (the skeleton), and a hash of its words (names known by their first two letters and rough
// length). Both are made of one 32-bit hash per word, the word's token hash (tokens.ts: FNV-1a of
// the lower-cased word, fmix32), so the hashing pass of the analysis (unit-hash.ts), which has each
// word's token hash at hand, works out the wording of ASCII units as it goes; wordingOf works it out
// from a text, for the other units. Wordings are compared within one run only, never stored.
import { fmix32 } from "./tokens.js";

export interface Wording {
  skeleton: number;
  words: number;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Number words a formula counts with: "On the third day …", "the fourth day …". */
export const NUMBER_WORDS: ReadonlySet<string> = new Set(
  ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty hundred thousand " +
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth last").split(" "),
);

/** Token hash of a lower-case word: fmix32 of its FNV-1a, as tokens.ts and unit-hash.ts make it. */
export function wordHash(lower: string): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < lower.length; k++) h = Math.imul(h ^ lower.charCodeAt(k), FNV_PRIME);
  return fmix32(h);
}

/** Token hash of each number word -> the word (a hit is checked against it). */
const NUMBER_WORD_HASHES = new Map([...NUMBER_WORDS].map((w) => [wordHash(w), w]));
/** One bit per low 10 bits of a number word's hash: most words are known to be none without a lookup. */
// Int32, not Uint32: a word with its top bit set read from a Uint32Array is no small integer, and
// the hashing pass's optimized code was thrown away and rebuilt for it (a deoptimization).
export const NUMBER_WORD_BITS = new Int32Array(32);
for (const h of NUMBER_WORD_HASHES.keys()) NUMBER_WORD_BITS[(h >>> 5) & 31] = (NUMBER_WORD_BITS[(h >>> 5) & 31] ?? 0) | (1 << (h & 31));

/** Whether a token hash is a number word's, "last" aside (a formula counts with it; it is no number). */
export function isNumberWordHash(hash: number): boolean {
  const w = numberWordOf(hash);
  return w !== undefined && w !== "last";
}

/** The number word whose token hash is `hash`, if any: most hashes are known to be none by one bit. */
function numberWordOf(hash: number): string | undefined {
  return (((NUMBER_WORD_BITS[(hash >>> 5) & 31] ?? 0) >>> (hash & 31)) & 1) === 0 ? undefined : NUMBER_WORD_HASHES.get(hash);
}

/** What a number or number word stands as in the skeleton, and a name. */
export const MASKED_NUMBER = wordHash("#");
export const MASKED_NAME = wordHash("N");

/** Adds one word's hash to a wording hash. */
export function mixWord(acc: number, x: number): number {
  return Math.imul(((acc << 5) | (acc >>> 27)) ^ x, 0x9e3779b1);
}

/** The end of a wording hash: never 0 (0 is "not worked out"). */
export function finishWording(acc: number): number {
  return fmix32(acc) || 1;
}

/** How a name stands among the words: its first two letters (lower case, -1 for none) and its length / 4. */
export function nameKey(c0: number, c1: number, length: number): number {
  let h = Math.imul(FNV_OFFSET ^ c0, FNV_PRIME);
  if (c1 >= 0) h = Math.imul(h ^ c1, FNV_PRIME);
  const size = length >> 2;
  if (size < 10) h = Math.imul(h ^ (48 + size), FNV_PRIME);
  else {
    const digits = String(size);
    for (let k = 0; k < digits.length; k++) h = Math.imul(h ^ digits.charCodeAt(k), FNV_PRIME);
  }
  return fmix32(h);
}

/** nameKey of text[start, start + length), an ASCII word that starts with a capital. */
export function nameKeyAt(text: string, start: number, length: number): number {
  const second = length > 1 ? text.charCodeAt(start + 1) : -1;
  return nameKey(text.charCodeAt(start) + 32, second >= 65 && second <= 90 ? second + 32 : second, length);
}

/**
 * Whether text[start, start + length), a word of ASCII letters and digits not all digits whose
 * token hash is `hash`, is a number word in any case.
 */
export function isNumberWordAt(text: string, start: number, length: number, hash: number): boolean {
  if (length < 3 || length > 11) return false;
  const w = numberWordOf(hash);
  if (w === undefined || w.length !== length) return false;
  for (let k = 0; k < length; k++) {
    const c = text.charCodeAt(start + k);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== w.charCodeAt(k)) return false;
  }
  return true;
}

export function wordingOf(text: string): Wording {
  return asciiWordingOf(text) ?? wordingByWords(text);
}

/**
 * True for a character of text wordingOf reads in its ASCII loop besides ASCII: General
 * Punctuation (dashes, curly quotes, ellipsis), which holds no letter or digit and which NFC leaves alone.
 */
export function isWordingPunctuation(c: number): boolean {
  return (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e);
}

/**
 * wordingOf for text of ASCII characters and General Punctuation only, where the letters and
 * digits are [A-Za-z0-9], NFC changes nothing and lower case is one character for one; null for
 * any other text. One loop over the characters with no string per word. Gives what wordingByWords
 * gives (tests/core/wording.test.ts holds them equal).
 */
function asciiWordingOf(text: string): Wording | null {
  let skeleton = FNV_OFFSET;
  let words = FNV_OFFSET;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (!isAsciiWordChar(c)) {
      if (c > 0x7f && !isWordingPunctuation(c)) return null;
      i++;
      continue;
    }
    const start = i;
    let digits = true;
    let h = FNV_OFFSET;
    while (i < n && isAsciiWordChar((c = text.charCodeAt(i)))) {
      if (c > 57) digits = false;
      h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), FNV_PRIME);
      i++;
    }
    const t = fmix32(h);
    const first = text.charCodeAt(start);
    const name = first >= 65 && first <= 90;
    const length = i - start;
    const numberWord = !digits && isNumberWordAt(text, start, length, t);
    skeleton = mixWord(skeleton, digits || numberWord ? MASKED_NUMBER : name ? MASKED_NAME : t);
    words = mixWord(words, name && !numberWord ? nameKeyAt(text, start, length) : t);
  }
  return { skeleton: finishWording(skeleton), words: finishWording(words) };
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** wordingOf for any text, word by word (the reference the loops are held to). */
export function wordingByWords(text: string): Wording {
  let skeleton = FNV_OFFSET;
  let words = FNV_OFFSET;
  for (const w of text.normalize("NFC").match(/[\p{L}\p{N}]+/gu) ?? []) {
    const lower = w.toLowerCase();
    const t = wordHash(lower);
    const name = /^\p{Lu}/u.test(w);
    const numberWord = NUMBER_WORDS.has(lower);
    skeleton = mixWord(skeleton, /^\p{N}+$/u.test(w) || numberWord ? MASKED_NUMBER : name ? MASKED_NAME : t);
    // A name is known by its first two letters and rough length: "Washingotn" is Washington
    // misspelt, not another name, and the copy stays a copy.
    words = mixWord(words, name && !numberWord ? nameKey(lower.charCodeAt(0), lower.length > 1 ? lower.charCodeAt(1) : -1, lower.length) : t);
  }
  return { skeleton: finishWording(skeleton), words: finishWording(words) };
}
