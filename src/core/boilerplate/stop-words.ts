// Stop words of the languages scraped pages come in, from the `stopword` package (MIT, classic
// function-word lists of 100-600 words each, as jusText's stoplists are), for the share of stop words
// in a line. One map gives every language's hit at once: a bit per language.
import { dan, deu, eng, fin, fra, ita, nld, nob, pol, por, spa, swe } from "stopword";

const LISTS: readonly (readonly string[])[] = [eng, deu, fra, spa, ita, por, nld, swe, dan, nob, fin, pol];

/** Languages known, in the order of their bits. */
export const LANGUAGE_COUNT = LISTS.length;

let table: Map<string, number> | undefined;

/** Lower-case word -> bit mask of the languages whose list holds it. */
export function stopWordMasks(): ReadonlyMap<string, number> {
  if (table) return table;
  table = new Map();
  LISTS.forEach((list, lang) => {
    for (const w of list) {
      const k = w.toLowerCase();
      table?.set(k, (table.get(k) ?? 0) | (1 << lang));
    }
  });
  return table;
}

/**
 * The ASCII stop words in an open-addressed table, looked up straight from a text's char codes:
 * a page's short lines are read word by word, and a lower-cased copy of each word to ask the map
 * with was a third of the time the model's features took.
 */
export interface AsciiStopTable {
  /** Slot -> start of its word in `words` (-1: empty). */
  start: Int32Array;
  length: Uint8Array;
  mask: Int32Array;
  words: string;
  bits: number;
}

let ascii: AsciiStopTable | undefined;

export function asciiStopTable(): AsciiStopTable {
  if (ascii) return ascii;
  const entries = [...stopWordMasks()].filter(([w]) => /^[\x00-\x7f]+$/.test(w) && w.length < 256);
  let bits = 4;
  while (1 << bits < entries.length * 4) bits++;
  const t: AsciiStopTable = { start: new Int32Array(1 << bits).fill(-1), length: new Uint8Array(1 << bits), mask: new Int32Array(1 << bits), words: "", bits };
  let at = 0;
  for (const [w, m] of entries) {
    let h = asciiHash(w, 0, w.length, bits);
    while ((t.start[h] ?? -1) >= 0) h = (h + 1) & ((1 << bits) - 1);
    t.start[h] = at;
    t.length[h] = w.length;
    t.mask[h] = m;
    at += w.length;
  }
  t.words = entries.map(([w]) => w).join("");
  ascii = t;
  return t;
}

/** FNV-1a's start and prime: asciiHash's, and the token loop's as it reads a word. */
export const HASH_START = 0x811c9dc5;
export const HASH_PRIME = 0x01000193;

/** FNV-1a of s[from, to) lower-cased (ASCII letters), to `bits` bits. */
export function asciiHash(s: string, from: number, to: number, bits: number): number {
  let h = HASH_START;
  for (let i = from; i < to; i++) {
    let c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, HASH_PRIME);
  }
  return (h ^ (h >>> bits)) & ((1 << bits) - 1);
}

/** The language mask of the ASCII word s[from, to), lower-cased (0: no list holds it). */
export function asciiStopMask(t: AsciiStopTable, s: string, from: number, to: number): number {
  let h = HASH_START;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), HASH_PRIME);
  }
  return asciiStopMaskHashed(t, h, s, from, to);
}

/**
 * asciiStopMask, given the word's FNV-1a (lower-cased, not yet cut to the table's bits): the token
 * loop works it out as it reads the word.
 */
export function asciiStopMaskHashed(t: AsciiStopTable, x: number, s: string, from: number, to: number): number {
  const len = to - from;
  for (let h = (x ^ (x >>> t.bits)) & ((1 << t.bits) - 1); ; h = (h + 1) & ((1 << t.bits) - 1)) {
    const at = t.start[h] ?? -1;
    if (at < 0) return 0;
    if (t.length[h] !== len) continue;
    let k = 0;
    for (; k < len; k++) {
      let c = s.charCodeAt(from + k);
      if (c >= 65 && c <= 90) c += 32;
      if (c !== t.words.charCodeAt(at + k)) break;
    }
    if (k === len) return t.mask[h] ?? 0;
  }
}
