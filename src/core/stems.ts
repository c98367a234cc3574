// Word stems (the first five letters of each word of three or more, stop words left out) without a
// string per word: a stem of ASCII letters and digits is a small integer (6 bits a character, 30 in
// all, so V8 keeps it unboxed), any other a string. The same stem always takes the same form, so Sets
// of stems compare as Sets of the strings would.
import { ensureTable, LOWER, TABLE_END, WORD } from "./char-table.js";

export type Stem = string | number;

const STEM_LENGTH = 5;

interface CodedStopwords {
  /** Codes of the stop words of up to 5 ASCII characters. */
  short: Set<number>;
  /** Every other stop word, looked up as a string when its first five characters match. */
  long: Map<number, Set<string>>;
  /** Stop words that are not ASCII, looked up as strings. */
  nonAscii: boolean;
}
const coded = new WeakMap<ReadonlySet<string>, CodedStopwords>();

/**
 * What `s.toLowerCase().split(/[^\p{L}\p{N}]+/u)` gives, less words shorter than 3 and stop words,
 * each cut to 5 characters. Text with a character outside the fast table goes through that very code.
 */
export function contentStems(s: string, stopwords: ReadonlySet<string>): Stem[] {
  const stop = codedStopwords(stopwords);
  const out: Stem[] = [];
  const n = s.length;
  let start = -1;
  let code = 0; // the word's first five lower-case characters, while they are ASCII
  let ascii = true;
  for (let i = 0; i <= n; i++) {
    if (i < n) {
      const raw = s.charCodeAt(i);
      if (raw >= 0x80) {
        if (raw >= TABLE_END) return referenceStems(s, stopwords);
        ensureTable();
      }
      const c = LOWER[raw] ?? -1;
      if (c < 0) return referenceStems(s, stopwords);
      // Table characters are never marks, so a word character here is a letter or a number.
      if ((WORD[c] ?? 0) & 1) {
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
    const len = i - start;
    start = -1;
    if (len < 3) continue;
    if (ascii && len <= STEM_LENGTH) {
      if (!stop.short.has(code)) out.push(code);
      continue;
    }
    const longStops = ascii ? stop.long.get(code) : undefined;
    if ((longStops || (!ascii && stop.nonAscii)) && stopwords.has(s.slice(i - len, i).toLowerCase())) continue;
    if (ascii) out.push(code);
    else {
      const head = s.slice(i - len, Math.min(i, i - len + STEM_LENGTH)).toLowerCase();
      out.push(isAscii(head) ? codeOf(head) : head);
    }
  }
  return out;
}

function referenceStems(s: string, stopwords: ReadonlySet<string>): Stem[] {
  const out: Stem[] = [];
  for (const w of s.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (w.length < 3 || stopwords.has(w)) continue;
    const head = w.slice(0, STEM_LENGTH);
    out.push(isAscii(head) ? codeOf(head) : head);
  }
  return out;
}

function codedStopwords(stopwords: ReadonlySet<string>): CodedStopwords {
  let c = coded.get(stopwords);
  if (c) return c;
  c = { short: new Set(), long: new Map(), nonAscii: false };
  for (const w of stopwords) {
    if (!isAscii(w)) c.nonAscii = true;
    else if (w.length <= STEM_LENGTH) c.short.add(codeOf(w));
    else {
      const key = codeOf(w.slice(0, STEM_LENGTH));
      c.long.set(key, (c.long.get(key) ?? new Set()).add(w));
    }
  }
  coded.set(stopwords, c);
  return c;
}

/** a-z 1..26, 0-9 27..36 (ASCII letters and digits are the only ASCII word characters). */
function sixBits(c: number): number {
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
