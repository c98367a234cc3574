// Word stems (the first five letters of each word of three or more, stop words left out) without a
// string per word: a stem of ASCII letters and digits is a small integer (6 bits a character, 30 in
// all, so V8 keeps it unboxed), any other a string. The same stem always takes the same form, so Sets
// of stems compare as Sets of the strings would.
import { ensureTable, LOWER, TABLE_END, WORD } from "./char-table.js";

export type Stem = string | number;

const STEM_LENGTH = 5;

/**
 * A set of stems without a boxed entry per stem: the numbers (never 0) in an open-addressing table
 * of int32, the rare strings in a Set.
 */
export class StemSet {
  private slots = new Int32Array(256);
  private mask = 255;
  private numbers = 0;
  private readonly strings = new Set<string>();

  get size(): number {
    return this.numbers + this.strings.size;
  }

  push(s: Stem): void {
    if (typeof s !== "number") {
      this.strings.add(s);
      return;
    }
    if ((this.numbers + 1) * 4 > (this.mask + 1) * 3) this.grow();
    const { slots, mask } = this;
    for (let i = slot(s) & mask; ; i = (i + 1) & mask) {
      const v = slots[i] ?? 0;
      if (v === s) return;
      if (v === 0) {
        slots[i] = s;
        this.numbers++;
        return;
      }
    }
  }

  has(s: Stem): boolean {
    if (typeof s !== "number") return this.strings.has(s);
    const { slots, mask } = this;
    for (let i = slot(s) & mask; ; i = (i + 1) & mask) {
      const v = slots[i] ?? 0;
      if (v === s) return true;
      if (v === 0) return false;
    }
  }

  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = slots.length - 1;
    for (const v of old) {
      if (v === 0) continue;
      let i = slot(v) & mask;
      while ((slots[i] ?? 0) !== 0) i = (i + 1) & mask;
      slots[i] = v;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/** Spreads a stem code (whose low bits are its last character) over the table. */
function slot(code: number): number {
  const h = Math.imul(code, 0x9e3779b1);
  return h ^ (h >>> 16);
}

export interface CodedStopwords {
  words: ReadonlySet<string>;
  /** Codes of the stop words of up to 5 ASCII characters. */
  short: StemSet;
  /** Every other stop word, looked up as a string when its first five characters match. */
  long: Map<number, Set<string>>;
  /** One bit per code of `long` (by its low 10 bits): most words are known to be none without a lookup. Int32 for the reason NUMBER_WORD_BITS is. */
  longBits: Int32Array;
  /** Stop words that are not ASCII, looked up as strings. */
  nonAscii: boolean;
}
const coded = new WeakMap<ReadonlySet<string>, CodedStopwords>();

/**
 * What `s.toLowerCase().split(/[^\p{L}\p{N}]+/u)` gives, less words shorter than 3 and stop words,
 * each cut to 5 characters. Text with a character outside the fast table goes through that very code.
 */
export function contentStems(s: string, stopwords: ReadonlySet<string>): Stem[] {
  const out: Stem[] = [];
  stemsInto(s, stopwords, out);
  return out;
}

const scratch: Stem[] = [];

/** Adds the content stems of `s` to `set`. */
export function addContentStems(s: string, stopwords: ReadonlySet<string>, set: StemSet): void {
  scratch.length = 0;
  stemsInto(s, stopwords, scratch);
  for (let i = 0; i < scratch.length; i++) set.push(scratch[i] ?? 0);
}

/** Appends to `out`, which must be empty. */
function stemsInto(s: string, stopwords: ReadonlySet<string>, out: Stem[]): void {
  const stop = codedStopwords(stopwords);
  // Module bindings read in the loop cost a check each time; locals are loaded once.
  const lowerOf = LOWER;
  const wordOf = WORD;
  const n = s.length;
  let start = -1;
  let code = 0; // the word's first five lower-case characters, while they are ASCII
  let ascii = true;
  for (let i = 0; i <= n; i++) {
    if (i < n) {
      const raw = s.charCodeAt(i);
      if (raw >= 0x80) {
        if (raw >= TABLE_END) return referenceStems(s, stopwords, out);
        ensureTable();
      }
      const c = lowerOf[raw] ?? -1;
      if (c < 0) return referenceStems(s, stopwords, out);
      // Table characters are never marks, so a word character here is a letter or a number.
      if ((wordOf[c] ?? 0) & 1) {
        if (start < 0) {
          start = i;
          code = 0;
          ascii = true;
        }
        if (c >= 0x80) ascii = false;
        else if (i - start < STEM_LENGTH) code = code * 64 + sixBits(c);
        continue;
      }
    }
    if (start < 0) continue;
    const stem = wordStem(s, start, i, code, ascii, stop);
    start = -1;
    if (stem !== null) out.push(stem);
  }
}

/**
 * The stem of the word s[start, end) (letters and numbers of the fast table), or null for a short or
 * stop word. `code` holds its first five lower-case characters as sixBits, `ascii` whether all are.
 */
export function wordStem(s: string, start: number, end: number, code: number, ascii: boolean, stop: CodedStopwords): Stem | null {
  const len = end - start;
  if (len < 3) return null;
  if (ascii && len <= STEM_LENGTH) return stop.short.has(code) ? null : code;
  const longStops = ascii && ((stop.longBits[(code >>> 5) & 31] ?? 0) >>> (code & 31)) & 1 ? stop.long.get(code) : undefined;
  if ((longStops || (!ascii && stop.nonAscii)) && stop.words.has(s.slice(start, end).toLowerCase())) return null;
  if (ascii) return code;
  const head = s.slice(start, Math.min(end, start + STEM_LENGTH)).toLowerCase();
  return isAscii(head) ? codeOf(head) : head;
}

/** Replaces what the fast pass wrote into `out` before it gave up. */
function referenceStems(s: string, stopwords: ReadonlySet<string>, out: Stem[]): void {
  out.length = 0;
  for (const w of s.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (w.length < 3 || stopwords.has(w)) continue;
    const head = w.slice(0, STEM_LENGTH);
    out.push(isAscii(head) ? codeOf(head) : head);
  }
}

export function codedStopwords(stopwords: ReadonlySet<string>): CodedStopwords {
  let c = coded.get(stopwords);
  if (c) return c;
  c = { words: stopwords, short: new StemSet(), long: new Map(), longBits: new Int32Array(32), nonAscii: false };
  for (const w of stopwords) {
    if (!isAscii(w)) c.nonAscii = true;
    else if (w.length <= STEM_LENGTH) c.short.push(codeOf(w));
    else {
      const key = codeOf(w.slice(0, STEM_LENGTH));
      c.long.set(key, (c.long.get(key) ?? new Set()).add(w));
      c.longBits[(key >>> 5) & 31] = (c.longBits[(key >>> 5) & 31] ?? 0) | (1 << (key & 31));
    }
  }
  coded.set(stopwords, c);
  return c;
}

/** a-z 1..26, 0-9 27..36 (ASCII letters and digits are the only ASCII word characters). */
export function sixBits(c: number): number {
  return c >= 97 ? c - 96 : c - 48 + 27;
}

function codeOf(w: string): number {
  let code = 0;
  for (let i = 0; i < w.length && i < STEM_LENGTH; i++) code = code * 64 + sixBits(w.charCodeAt(i));
  return code;
}

function isAscii(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 0x80) return false;
  return true;
}
