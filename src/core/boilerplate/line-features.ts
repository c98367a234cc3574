// Shallow features of a line in its neighbourhood, as the boilerplate literature reads a page without
// its HTML (Kohlschütter et al., WSDM 2010; jusText's context pass): the line's own shape, the lines
// around it, where it stands, and whether it recurs in the text.
import { asciiStopMaskHashed, asciiStopTable, HASH_PRIME, HASH_START, LANGUAGE_COUNT, stopWordMasks } from "./stop-words.js";

/** What the features read of a unit: its text (prefix removed), kind, token count and fingerprint. */
export interface FeatureUnit {
  text: string;
  kind: string;
  tokens: number;
  /** The fingerprint ("" for none), unless fpHi and fpLo give it as numbers (both 0: none). */
  fp?: string;
  fpHi?: number;
  fpLo?: number;
  /** Lines the unit spans (a hard-wrapped paragraph spans several). */
  lines: number;
  /**
   * Where `text` stands in a larger string, when it does: `src.slice(from, to)` is `text`. The
   * features then read the characters there: a page's whole text is one flat string, where each
   * unit's slice of it is read through an indirection (and trimming or cutting it made more).
   */
  src?: string;
  from?: number;
  to?: number;
}

/**
 * A unit of a text as the features read it: its place in the text (read there), its fingerprint as
 * two numbers, and its text as a string only when asked for (a guard or a scored row's shape): most
 * units are only ever read in place.
 */
export class TextUnit implements FeatureUnit {
  private body: string | null = null;
  constructor(
    readonly src: string,
    readonly from: number,
    readonly to: number,
    readonly kind: string,
    readonly tokens: number,
    readonly fpHi: number,
    readonly fpLo: number,
    readonly lines: number,
  ) {}

  get text(): string {
    return (this.body ??= this.src.slice(this.from, this.to));
  }
}

/** The features of one unit in order; the model's weights name them. */
export const FEATURE_NAMES = [
  "log_words", "log_chars", "stop_share", "cap_share", "upper_share", "digit_share", "punct_share",
  "ends_sentence", "ends_colon", "ends_question", "ends_ellipsis", "log_sentences", "link_tokens",
  "log_separators", "starts_symbol", "starts_lower", "mean_word_len", "date_time", "copyright", "list_item",
  "log_recurs", "position", "log_prose_before", "log_prose_after", "prose_before", "prose_after",
  "prev_log_words", "prev_stop_share", "prev_ends_sentence", "next_log_words", "next_stop_share",
  "next_ends_sentence", "prev2_log_words", "next2_log_words", "log_short_run", "log_nosentence_run",
  "near_prose_density", "doc_prose_share", "doc_log_units", "doc_short_share", "doc_stop_share",
  "chrome_prev", "chrome_next", "log_chrome_apart", "log_units_to_chrome",
] as const;

/** The first of the features that say where chrome found stands around a unit (featureRows' `around`). */
export const AROUND = 41;
/** How many they are. */
export const AROUND_COUNT = 4;

export const FEATURE_COUNT = FEATURE_NAMES.length;

/** Units past this many tokens are read in part: their start tells prose from a link row. */
const SCAN_CHARS = 400;
/** Units of more tokens than this are never scored (page-model's maxWords is lower), only neighbours. */
const LONG_TOKENS = 60;
const LONG_SCAN_CHARS = 160;
/** A line of at most this many words is short (a label, a link). */
const SHORT_WORDS = 6;
/** A unit of at least this many words, with some stop words, is prose. */
const PROSE_WORDS = 20;

const SENTENCE_INSIDE = /[.!?]["'”’)]*\s+["'“‘(]?\p{Lu}/gu;
const LINK = /^(?:https?:|www\.|[\w.+-]+@[\w-]+\.|@\w|#\w)|\.(?:com|org|net|html?|php|aspx?)\b/i;
const SEPARATOR = /\s[|•·»›>/]\s|\s[|•·]|[|•·]\s|^[»›•·|]|[»›]$/gu;
const DATE_TIME = /\b\d{1,2}:\d{2}\b|\b(?:19|20)\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** Own features a row needs only when it is scored: most units are only ever neighbours. */
const DETAIL = [8, 9, 10, 13, 14, 15, 17, 18] as const;

const OWN = 20;
/** Longer words are in no stop list: not looked up. */
const STOP_WORD_MAX = 14;

const SPACE = 0;
const LETTER = 1;
const DIGIT = 2;
const OTHER = 3;
const ASCII_CLASS = new Uint8Array(128).map((_, c) =>
  c === 9 || c === 10 || c === 11 || c === 12 || c === 13 || c === 32 ? SPACE : (c >= 48 && c <= 57) ? DIGIT : (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? LETTER : OTHER,
);

/**
 * What the token loop asks of an ASCII character, in one look-up: its class (the low two bits, as
 * classOf gives it) and whether it is a lower-case letter, an upper-case one, a sentence's end
 * (. ! ?) or a character of a link (. : @ #).
 */
const CLASS_BITS = 3;
const LOWER_BIT = 4;
const UPPER_BIT = 8;
const STOP_BIT = 16;
const LINK_BIT = 32;
const DOT_BIT = 64;
const ASCII_FLAGS = new Uint8Array(128).map((_, c) =>
  (ASCII_CLASS[c] ?? OTHER) |
  (c >= 97 && c <= 122 ? LOWER_BIT : 0) |
  (c >= 65 && c <= 90 ? UPPER_BIT : 0) |
  (c === 46 || c === 33 || c === 63 ? STOP_BIT : 0) |
  (c === 58 || c === 64 || c === 35 ? LINK_BIT : 0) |
  (c === 46 ? DOT_BIT : 0),
);

/** Classes of the code units past ASCII, each worked out when first met (UNKNOWN before). */
const UNKNOWN = 255;
const WIDE_CLASS = new Uint8Array(0x10000).fill(UNKNOWN);

/** White space, letter, digit or other, for a UTF-16 code unit (a surrogate counts as a letter). */
function classOf(code: number): number {
  if (code < 128) return ASCII_CLASS[code] ?? OTHER;
  const known = WIDE_CLASS[code] ?? UNKNOWN;
  return known !== UNKNOWN ? known : wideClassOf(code);
}

/**
 * classOf for a code unit past ASCII met for the first time: a function of its own, called once a
 * character, so that the expressions are not compiled into each of classOf's callers (the token
 * loop, the trims, the sentence ends), where compiling them cost more than reading the text.
 */
function wideClassOf(code: number): number {
  // Curly quotes and dashes are in most scraped lines: the expressions are asked once per character.
  const ch = String.fromCharCode(code);
  const c = code >= 0xd800 && code <= 0xdfff ? LETTER : /\s/u.test(ch) ? SPACE : /\p{N}/u.test(ch) ? DIGIT : /\p{L}|\p{M}/u.test(ch) ? LETTER : OTHER;
  WIDE_CLASS[code] = c;
  return c;
}

/**
 * What each unit of a text (by its index) has on its own, kept across rounds of the model, in typed
 * arrays (one object per unit cost more to make than its features): features 0-19 (2 waits for the
 * text's language; the DETAIL ones are read only once a row needs them), stop-word hits per language,
 * words, words scanned, whether it ends a sentence.
 */
export interface FeatureCache {
  own: Float64Array;
  hits: Uint16Array;
  words: Float64Array;
  scanned: Float64Array;
  endsSentence: Uint8Array;
  /** 1: feature 11 (sentences) still to be counted (sentencesOf); it holds the sentence the unit ends till then. */
  sentences: Uint8Array;
  /** Whether any of the unit's words is in a stop list (a unit with none adds nothing to the text's counts). */
  anyHit: Uint8Array;
  /** 0: not worked out, 1: all but DETAIL, 2: all. */
  state: Uint8Array;
  /** Per unit, the number of its fingerprint among the text's (-1: none), and how many there are: set when first read. */
  group: Int32Array | undefined;
  groups: number;
}

export function newFeatureCache(units: number): FeatureCache {
  return { own: new Float64Array(units * OWN), hits: new Uint16Array(units * LANGUAGE_COUNT), words: new Float64Array(units), scanned: new Float64Array(units), endsSentence: new Uint8Array(units), anyHit: new Uint8Array(units), sentences: new Uint8Array(units), state: new Uint8Array(units), group: undefined, groups: 0 };
}

/**
 * Whether t, less white space at its end, ends a sentence: . ! ? or … with closing quotes and
 * brackets after it. Read back from the end: a regular expression anchored at the end tried every
 * place of a long paragraph.
 */
export function endsASentence(t: string): boolean {
  return endsASentenceIn(t, 0, t.length);
}

/**
 * Whether unit u's text, less white space at its end, ends in a colon (what /:\s*$/ asks), read back
 * from its end in place: the expression scanned a whole paragraph for its colons.
 */
export function endsInColon(u: FeatureUnit): boolean {
  const s = u.src ?? u.text;
  const from = u.src !== undefined ? (u.from ?? 0) : 0;
  let i = (u.src !== undefined ? (u.to ?? s.length) : s.length) - 1;
  while (i >= from && classOf(s.charCodeAt(i)) === SPACE) i--;
  return i >= from && s.charCodeAt(i) === 58;
}

/**
 * Whether unit i ends a sentence (its feature 7, ends_sentence), from the cache when its own stats
 * are worked out, else read back from its end alone: the guard asks it of a round's rows before
 * anything else of the text is worked out.
 */
export function endsSentenceOf(u: FeatureUnit, c: FeatureCache, i: number): boolean {
  if (c.state[i] !== 0) return c.endsSentence[i] === 1;
  return u.src !== undefined ? endsASentenceIn(u.src, u.from ?? 0, u.to ?? u.src.length) : endsASentence(u.text);
}

/** endsASentence(s.slice(from, to)), read in place. */
function endsASentenceIn(s: string, from: number, to: number): boolean {
  let i = to - 1;
  while (i >= from && classOf(s.charCodeAt(i)) === SPACE) i--;
  for (; i >= from; i--) {
    const c = s.charCodeAt(i);
    // " ' ” ’ ) ]
    if (c !== 34 && c !== 39 && c !== 0x201d && c !== 0x2019 && c !== 41 && c !== 93) break;
  }
  const c = i >= from ? s.charCodeAt(i) : 0;
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** Counts a word in `hits` (a unit's counts start at `at`) for each language of `mask`. */
function addHits(hits: Uint16Array, at: number, mask: number): void {
  for (let l = 0; mask !== 0; l++, mask >>>= 1) if (mask & 1) hits[at + l] = (hits[at + l] ?? 0) + 1;
}

/**
 * A word of unit i's with a letter past ASCII (s[from, to)), which the token loop reads off its char
 * codes no further: its stop-word hits added to `hits` (the unit's start at `at`); returns its stop-word
 * mask (shifted left by 2), 1 if it is capitalised and 2 if it is in capitals too. A function of its
 * own, as isLink and wideClassOf are: the token loop calls each for few words, and compiled into the
 * loop, their expressions and string calls made it the costliest of the model's functions to compile.
 */
function wideWord(s: string, from: number, to: number, hits: Uint16Array, at: number): number {
  const w = s.slice(from, to);
  const f = w[0] ?? "";
  let shape = 0;
  if (f !== f.toLowerCase()) shape = w.length >= 2 && w === w.toUpperCase() ? 3 : 1;
  if (w.length > STOP_WORD_MAX) return shape;
  const mask = stopWordMasks().get(w.toLowerCase()) ?? 0;
  addHits(hits, at, mask);
  return (mask << 2) | shape;
}

/** Whether the token s[from, to) is link-like (LINK). */
function isLink(s: string, from: number, to: number): boolean {
  return LINK.test(s.slice(from, to));
}

/** Works out unit i's own stats into the cache. */
function ownStats(u: FeatureUnit, c: FeatureCache, i: number): void {
  // Written in place (a subarray per unit was two objects a unit).
  const own = c.own;
  const o = i * OWN;
  const hits = c.hits;
  const h = i * LANGUAGE_COUNT;
  let anyHit = 0;
  const table = asciiStopTable();
  // The unit's characters s[from, to), read in place (no trimmed or cut copy is made).
  const s = u.src ?? u.text;
  let from = u.src !== undefined ? (u.from ?? 0) : 0;
  let to = u.src !== undefined ? (u.to ?? s.length) : s.length;
  // A long unit is only ever a neighbour: its start tells prose from a link row. It is read
  // untrimmed, its first LONG_SCAN_CHARS alone, and only what a neighbour's row reads is kept
  // (below). Read by this loop, not one of its own: a second copy of the loop was a second
  // compile, which cost more than what it saved on a long text's paragraphs.
  const long = u.tokens > LONG_TOKENS;
  // trim(): the white space it takes is what classOf calls SPACE (\s).
  if (!long) {
    while (from < to && classOf(s.charCodeAt(from)) === SPACE) from++;
    while (to > from && classOf(s.charCodeAt(to - 1)) === SPACE) to--;
  }
  const length = to - from;
  const scan = long ? LONG_SCAN_CHARS : SCAN_CHARS;
  const end = length > scan ? from + scan : to;
  let alpha = 0;
  let cap = 0;
  let upper = 0;
  let links = 0;
  let wordLen = 0;
  let scanned = 0;
  let stops = 0;
  let digits = 0;
  let punct = 0;
  let visible = 0;
  // One pass over the characters, tokens between white space: this runs for every short line.
  const flags = ASCII_FLAGS;
  for (let i = from; i <= end; ) {
    while (i < end) {
      const code = s.charCodeAt(i);
      if ((code < 128 ? (flags[code] ?? 0) & CLASS_BITS : classOf(code)) !== SPACE) break;
      i++;
    }
    if (i >= end) break;
    const start = i;
    let hasLetter = false;
    // The OR of the flags of its ASCII characters.
    let seen = 0;
    let first = -1;
    let last = -1;
    // The first character past ASCII from the word's first letter or digit on (-1: none): the word
    // (first to last letter or digit) is ASCII when there is none up to its last, and its case and
    // stop word are then read off the char codes, with no string made. Curly quotes around a word
    // (“Yes, ’tis) leave it ASCII.
    let wide = -1;
    let dotLetter = false;
    // The stop-word table's hash (asciiHash) of the word from its first letter or digit on, worked
    // out as it is read, and as it stood at its last letter or digit: the word is not read again
    // to be looked up.
    let x = HASH_START;
    let hash = HASH_START;
    for (; i < end; i++) {
      const code = s.charCodeAt(i);
      let c: number;
      if (code < 128) {
        const fl = flags[code] ?? 0;
        seen |= fl;
        c = fl & CLASS_BITS;
      } else {
        c = classOf(code);
        if (wide < 0 && (first >= 0 || c === LETTER || c === DIGIT)) wide = i;
      }
      if (c === SPACE) break;
      visible++;
      if (c === DIGIT) digits++;
      else if (c === OTHER) {
        punct++;
        if (first >= 0) x = Math.imul(x ^ code, HASH_PRIME);
        continue;
      } else {
        hasLetter = true;
        // A dot before a letter, as in ".com": a dot at a word's end is a sentence's.
        if (seen & DOT_BIT && i > start && s.charCodeAt(i - 1) === 46) dotLetter = true;
      }
      x = Math.imul(x ^ (code >= 65 && code <= 90 ? code + 32 : code), HASH_PRIME);
      hash = x;
      if (first < 0) first = i;
      last = i;
    }
    if (seen & STOP_BIT) stops++;
    // What LINK can match at all: ':' (http:), '@', '#', a dot before a letter (.com), or "www."
    // (LINK's ^www\.): the expression is asked only then (a sentence's last word ends in a dot).
    const maybeLink = (seen & LINK_BIT) !== 0 || dotLetter || (seen & DOT_BIT && i - start >= 4 && startsWww(s, start));
    scanned++;
    if (maybeLink && isLink(s, start, i)) links++;
    if (!hasLetter || first < 0) continue;
    const len = last + 1 - first;
    alpha++;
    wordLen += len;
    if (wide < 0 || wide > last) {
      const f = s.charCodeAt(first);
      if (f >= 65 && f <= 90) {
        cap++;
        if (len >= 2 && (seen & LOWER_BIT) === 0) upper++;
      }
      if (len > STOP_WORD_MAX) continue;
      const mask = asciiStopMaskHashed(table, hash, s, first, last + 1);
      anyHit |= mask;
      addHits(hits, h, mask);
    } else {
      const r = wideWord(s, first, last + 1, hits, h);
      cap += r & 1;
      upper += (r >>> 1) & 1;
      anyHit |= r >>> 2;
    }
  }
  const scanLength = end - from;
  const words = Math.max(u.tokens, scanned === 0 ? 0 : Math.round((scanned * length) / Math.max(1, scanLength)));
  const endsSentence = endsASentenceIn(s, from, to);
  c.words[i] = words;
  c.scanned[i] = scanned;
  c.endsSentence[i] = endsSentence ? 1 : 0;
  c.anyHit[i] = anyHit !== 0 ? 1 : 0;
  own[o] = Math.log1p(words);
  if (long) {
    // What a neighbour's row reads of a long unit is set (its words, those scanned, its stop words,
    // whether it ends a sentence), not what only a scored row reads (its capitals, figures, links and
    // word lengths): a book's paragraphs are long units, read at every page-shaped text of a corpus,
    // and never scored.
    own[o + 7] = endsSentence ? 1 : 0;
    c.state[i] = 2;
    return;
  }
  own[o + 1] = Math.log1p(length);
  // own[2], the stop-word share, waits for the text's language.
  own[o + 3] = alpha ? cap / alpha : 0;
  own[o + 4] = alpha ? upper / alpha : 0;
  own[o + 5] = visible ? digits / visible : 0;
  own[o + 6] = visible ? punct / visible : 0;
  own[o + 7] = endsSentence ? 1 : 0;
  // A sentence inside starts after . ! or ?: a line with none has none.
  // Sentences: those inside start after . ! or ? (a line with none has none) and are counted when a
  // row needs them (sentencesOf): most units are only neighbours, and most rows end a sentence.
  own[o + 11] = Math.log1p(endsSentence ? 1 : 0);
  c.sentences[i] = stops > 0 ? 1 : 0;
  own[o + 12] = scanned ? links / scanned : 0;
  own[o + 16] = alpha ? Math.min(20, wordLen / alpha) / 10 : 0;
  own[o + 19] = u.kind === "list-item" ? 1 : 0;
  c.state[i] = 1;
}

/** "www." at s[at], in any case. */
function startsWww(s: string, at: number): boolean {
  return (s.charCodeAt(at) | 32) === 119 && (s.charCodeAt(at + 1) | 32) === 119 && (s.charCodeAt(at + 2) | 32) === 119 && s.charCodeAt(at + 3) === 46;
}

/** Counts the sentences inside short unit i (feature 11), which ownStats left for when a row needs them. */
function sentencesOf(u: FeatureUnit, c: FeatureCache, i: number): void {
  c.sentences[i] = 0;
  const t = u.text.trim();
  const scan = t.length > SCAN_CHARS ? t.slice(0, SCAN_CHARS) : t;
  c.own[i * OWN + 11] = Math.log1p((scan.match(SENTENCE_INSIDE)?.length ?? 0) + (c.endsSentence[i] === 1 ? 1 : 0));
}

/** Works out the DETAIL features of short unit i into the cache. */
function detail(u: FeatureUnit, c: FeatureCache, i: number): void {
  c.state[i] = 2;
  const t = u.text.trim();
  const scan = t.length > SCAN_CHARS ? t.slice(0, SCAN_CHARS) : t;
  const own = c.own.subarray(i * OWN, (i + 1) * OWN);
  own[8] = /:$/.test(t) ? 1 : 0;
  own[9] = /\?["'”’)]*$/u.test(t) ? 1 : 0;
  own[10] = /(?:\.\.\.|…)$/u.test(t) ? 1 : 0;
  own[13] = Math.log1p(scan.match(SEPARATOR)?.length ?? 0);
  own[14] = /^[^\p{L}\p{N}"'“‘(]/u.test(t) ? 1 : 0;
  own[15] = /^\p{Ll}/u.test(t) ? 1 : 0;
  own[17] = DATE_TIME.test(scan) ? 1 : 0;
  own[18] = /©|\(c\)\s*\d{4}|copyright/i.test(scan) ? 1 : 0;
}

/**
 * Feature rows of units `want` (indexes into `units`), read against all of `units`, which are the
 * text's units still kept, in order: a cut unit is not a neighbour, as a second cleaning would not
 * see it.
 */
export function lineFeatures(units: readonly FeatureUnit[], want: readonly number[]): Float64Array[] {
  const rows: Float64Array[] = [];
  featureRows(units, units.map((_, i) => i), want, newFeatureCache(units.length), (_, row) => rows.push(row.slice()));
  return rows;
}

/**
 * Numbers the units' fingerprints (cache.group, cache.groups). Given as numbers (fpHi, fpLo), they
 * are told apart by fpHi first, and as a string only where two fingerprints share it: a string per
 * unit was made and hashed before, for every page the model reads.
 */
function groupsOf(units: readonly FeatureUnit[], cache: FeatureCache): Int32Array {
  const ids = new Map<string, number>();
  // fpHi -> the group of the first fingerprint with it, and that fingerprint's fpLo.
  const byHi = new Map<number, number>();
  const loOf: number[] = [];
  let groups = 0;
  const group = new Int32Array(units.length);
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as FeatureUnit;
    const hi = u.fpHi;
    const lo = u.fpLo;
    if (hi !== undefined && lo !== undefined) {
      if (hi === 0 && lo === 0) {
        group[i] = -1;
        continue;
      }
      const g = byHi.get(hi);
      if (g === undefined) {
        byHi.set(hi, groups);
        loOf.push(lo);
        group[i] = groups++;
        continue;
      }
      if (loOf[g] === lo) {
        group[i] = g;
        continue;
      }
    }
    const fp = u.fp ?? (hi === 0 && lo === 0 ? "" : `${hi ?? 0}:${lo ?? 0}`);
    if (fp === "") {
      group[i] = -1;
      continue;
    }
    let g = ids.get(fp);
    if (g === undefined) {
      ids.set(fp, (g = groups++));
      loOf.push(NaN);
    }
    group[i] = g;
  }
  cache.group = group;
  cache.groups = groups;
  return group;
}

/**
 * lineFeatures() over the units `order` of `units` (the kept ones, in order), for positions `want`
 * in `order`, each handed to `visit` in turn in one array that the next row overwrites. A unit for
 * which `skip` holds once its features 0, 2, 7 and 22-25 are set (and 11 on a row that ends no
 * sentence; on one that does, 11 may count only that sentence) is not visited: the rest of its row
 * is not worked out. `cache` (newFeatureCache(units.length)) keeps what each unit has on its
 * own across calls. `around` gives, per unit (AROUND_COUNT values a unit, by index in `units`), the
 * features from AROUND on: where the chrome the rules found stands around it (page-model.ts,
 * chromeAround); without it they are 0.
 */
export function featureRows(units: readonly FeatureUnit[], order: readonly number[], want: readonly number[], cache: FeatureCache, visit: (k: number, row: Float64Array) => void, skip?: (partial: Float64Array) => boolean, around?: Float64Array): void {
  if (!primed) prime();
  // Each pass over the units is a function of its own: a long loop is compiled while it runs (on
  // stack replacement), and compiled as one, the passes after it had no type feedback yet and threw
  // the code away in turn; in a process that reads one long text, each compile of the whole cost as
  // much as the model's reading (bench/page-model.mjs).
  const n = order.length;
  const text = new TextStats(n);
  ownOf(units, order, cache, text);
  const lang = languageOf(text.total);
  proseOf(order, cache, lang, text);
  proseDistances(text.prose, text.before, text.after);
  runLengths(text.short, text.shortRun);
  runLengths(text.noSentence, text.noSentenceRun);
  const f = new Float64Array(FEATURE_COUNT);
  for (let k = 0; k < want.length; k++) {
    const i = want[k] ?? 0;
    if (!partialRow(units, order, cache, text, i, f, skip)) fullRow(units, order, cache, text, lang, i, f, around, visit);
  }
}

/**
 * Row i's features 0-19, 2 and 22-25 into f (and 11 where `skip` needs it); whether `skip` holds
 * for them. Most rows end here: the rest of a row (fullRow) is worked out for the few that are
 * scored, and kept out of this loop, which V8 compiles while it runs: compiling the whole row
 * with it cost more than reading the rows did.
 */
function partialRow(units: readonly FeatureUnit[], order: readonly number[], cache: FeatureCache, text: TextStats, i: number, f: Float64Array, skip?: (partial: Float64Array) => boolean): boolean {
  const id = order[i] ?? 0;
  for (let j = 0, o = id * OWN; j < OWN; j++) f[j] = cache.own[o + j] ?? 0;
  const { before, after } = text;
  f[2] = text.stop[i] ?? 0;
  f[22] = Math.log1p((before[i] ?? -1) < 0 ? 50 : (before[i] ?? 0));
  f[23] = Math.log1p((after[i] ?? -1) < 0 ? 50 : (after[i] ?? 0));
  f[24] = (before[i] ?? -1) >= 0 ? 1 : 0;
  f[25] = (after[i] ?? -1) >= 0 ? 1 : 0;
  // A row that ends a sentence is the writer's whatever its sentences inside: `skip` sees them
  // counted only on the rows that end none (and every row visited has them).
  if (cache.sentences[id] === 1 && (!skip || f[7] === 0)) {
    sentencesOf(units[id] as FeatureUnit, cache, id);
    f[11] = cache.own[id * OWN + 11] ?? 0;
  }
  return skip !== undefined && skip(f);
}

/** The rest of row i (partialRow gave the start of it), handed to `visit`. */
function fullRow(units: readonly FeatureUnit[], order: readonly number[], cache: FeatureCache, text: TextStats, lang: number, i: number, f: Float64Array, around: Float64Array | undefined, visit: (k: number, row: Float64Array) => void): void {
  const n = order.length;
  const id = order[i] ?? 0;
  const u = units[id] as FeatureUnit;
  if (cache.sentences[id] === 1) {
    sentencesOf(u, cache, id);
    f[11] = cache.own[id * OWN + 11] ?? 0;
  }
  if (cache.state[id] !== 2) {
    detail(u, cache, id);
    for (const j of DETAIL) f[j] = cache.own[id * OWN + j] ?? 0;
  }
  // How many kept units share each fingerprint: numbered once per text, counted in an array, when
  // the first row is visited (in most rounds the guard leaves none).
  const group = cache.group ?? groupsOf(units, cache);
  const recurs = (text.recurs ??= recursOf(order, group, cache.groups));
  const { wordsOf, ends, stop, prose } = text;
  const words = (k: number): number => (k >= 0 && k < n ? Math.log1p(wordsOf[k] ?? 0) : 0);
  const g = group[id] ?? -1;
  f[20] = Math.log1p(g >= 0 ? (recurs[g] ?? 1) - 1 : 0);
  f[21] = n > 1 ? i / (n - 1) : 0;
  f[26] = words(i - 1);
  f[27] = i > 0 ? (stop[i - 1] ?? 0) : 0;
  f[28] = i > 0 && ends[i - 1] === 1 ? 1 : 0;
  f[29] = words(i + 1);
  f[30] = i < n - 1 ? (stop[i + 1] ?? 0) : 0;
  f[31] = i < n - 1 && ends[i + 1] === 1 ? 1 : 0;
  f[32] = words(i - 2);
  f[33] = words(i + 2);
  f[34] = Math.log1p(text.shortRun[i] ?? 0);
  f[35] = Math.log1p(text.noSentenceRun[i] ?? 0);
  let near = 0;
  let nearProse = 0;
  for (let j = Math.max(0, i - 3); j <= Math.min(n - 1, i + 3); j++) {
    if (j === i) continue;
    near += wordsOf[j] ?? 0;
    if (prose[j]) nearProse += wordsOf[j] ?? 0;
  }
  f[36] = near ? nearProse / near : 0;
  f[37] = text.allWords ? text.proseWords / text.allWords : 0;
  f[38] = Math.log1p(n);
  f[39] = n ? text.shortCount / n : 0;
  f[40] = text.scannedAll ? (text.total[lang] ?? 0) / text.scannedAll : 0;
  for (let j = 0; j < AROUND_COUNT; j++) f[AROUND + j] = around ? (around[id * AROUND_COUNT + j] ?? 0) : 0;
  visit(i, f);
}

/** What featureRows works out over the kept units (by position in `order`) before it reads rows. */
class TextStats {
  readonly wordsOf: Float64Array;
  readonly ends: Uint8Array;
  readonly noSentence: Uint8Array;
  readonly short: Uint8Array;
  readonly stop: Float64Array;
  readonly prose: Uint8Array;
  /** Distance to the nearest prose unit before and after each unit (-1: none). */
  readonly before: Int32Array;
  readonly after: Int32Array;
  /** The length of the run of short units, and of units that end no sentence, each stands in. */
  readonly shortRun: Int32Array;
  readonly noSentenceRun: Int32Array;
  /** How many of the units share each fingerprint (by its number), once a row needs it. */
  recurs: Int32Array | undefined = undefined;
  /** Stop-word hits per language over the units. */
  readonly total = new Float64Array(LANGUAGE_COUNT);
  scannedAll = 0;
  allWords = 0;
  proseWords = 0;
  shortCount = 0;

  constructor(n: number) {
    this.wordsOf = new Float64Array(n);
    this.ends = new Uint8Array(n);
    this.noSentence = new Uint8Array(n);
    this.short = new Uint8Array(n);
    this.stop = new Float64Array(n);
    this.prose = new Uint8Array(n);
    this.before = new Int32Array(n);
    this.after = new Int32Array(n);
    this.shortRun = new Int32Array(n);
    this.noSentenceRun = new Int32Array(n);
  }
}

/** Each unit's own stats (worked out where not yet), its words and sentence end, the text's hits and words scanned. */
function ownOf(units: readonly FeatureUnit[], order: readonly number[], cache: FeatureCache, text: TextStats): void {
  const { wordsOf, ends, noSentence, short, total } = text;
  let scannedAll = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k] ?? 0;
    if (cache.state[i] === 0) ownStats(units[i] as FeatureUnit, cache, i);
    const w = cache.words[i] ?? 0;
    wordsOf[k] = w;
    short[k] = w <= SHORT_WORDS ? 1 : 0;
    const e = cache.endsSentence[i] ?? 0;
    ends[k] = e;
    noSentence[k] = e === 0 ? 1 : 0;
    scannedAll += cache.scanned[i] ?? 0;
    if (cache.anyHit[i] === 1) for (let l = 0, h = i * LANGUAGE_COUNT; l < LANGUAGE_COUNT; l++) total[l] = (total[l] ?? 0) + (cache.hits[h + l] ?? 0);
  }
  text.scannedAll = scannedAll;
}

/** The text's language: the list that holds most of its words (the first of a tie). */
function languageOf(total: Float64Array): number {
  let lang = 0;
  for (let l = 1; l < LANGUAGE_COUNT; l++) if ((total[l] ?? 0) > (total[lang] ?? 0)) lang = l;
  return lang;
}

/** How many of the units `order` have each fingerprint (by its number in `group`). */
function recursOf(order: readonly number[], group: Int32Array, groups: number): Int32Array {
  const recurs = new Int32Array(groups);
  for (let k = 0; k < order.length; k++) {
    const g = group[order[k] ?? 0] ?? -1;
    if (g >= 0) recurs[g] = (recurs[g] ?? 0) + 1;
  }
  return recurs;
}

/** Each unit's stop-word share and whether it is prose; the text's words, prose words, short units. */
function proseOf(order: readonly number[], cache: FeatureCache, lang: number, text: TextStats): void {
  const { wordsOf, stop, prose } = text;
  let allWords = 0;
  let proseWords = 0;
  let short = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k] ?? 0;
    const scanned = cache.scanned[i] ?? 0;
    const w = wordsOf[k] ?? 0;
    const sh = scanned ? (cache.hits[i * LANGUAGE_COUNT + lang] ?? 0) / scanned : 0;
    stop[k] = sh;
    const p = w >= PROSE_WORDS && sh >= 0.15;
    prose[k] = p ? 1 : 0;
    allWords += w;
    if (p) proseWords += w;
    if (w <= SHORT_WORDS) short++;
  }
  text.allWords = allWords;
  text.proseWords = proseWords;
  text.shortCount = short;
}

/** Distance to the nearest prose unit before and after each unit (-1: none). */
function proseDistances(prose: Uint8Array, before: Int32Array, after: Int32Array): void {
  const n = prose.length;
  before.fill(-1);
  after.fill(-1);
  for (let i = 0, last = -1; i < n; i++) {
    if (last >= 0) before[i] = i - last;
    if (prose[i]) last = i;
  }
  for (let i = n - 1, last = -1; i >= 0; i--) {
    if (last >= 0) after[i] = last - i;
    if (prose[i]) last = i;
  }
}

/**
 * The length of the run of units with `test` set that each unit stands in (0 where it is not), in
 * one pass: a page's runs of short lines are long, and every unit of one asks.
 */
function runLengths(test: Uint8Array, len: Int32Array): void {
  const n = test.length;
  for (let a = 0; a < n; ) {
    if (test[a] !== 1) {
      a++;
      continue;
    }
    let b = a;
    while (b < n - 1 && test[b + 1] === 1) b++;
    len.fill(b - a + 1, a, b + 1);
    a = b + 1;
  }
}

let primed = false;

/**
 * Lines that take every path of the feature pass: white space around a line, words in capitals, a
 * link, an address, curly quotes around a word and inside one, letters past ASCII, figures,
 * sentences inside a line and a line that ends none, a long paragraph, code.
 */
const PRIMER = [
  "  Home  ",
  "NEWS | SPORT | WEATHER",
  "Visit www.example.com, http://example.org/a.html or write to desk@example.net (@example, #news).",
  "“Quoted,” she said. Don’t! Café ÉCOLE «Straße» 3.5 km on 12 May 2024, 10:30… © 2024.",
  "The council met on Tuesday. It said the new library would open in the spring. Was it right? Nobody knows",
  "Read more:",
  // Long, with white space at its end: a long unit is read untrimmed, and a sentence's end is read
  // back past that space (the first such line in a text threw ownStats' compiled code away).
  `${"The long paragraph goes on and on about the town and its people, ".repeat(8)}and ends here. `,
  "const x = 1;",
];

/**
 * Runs every path of the feature pass once, on the lines above, before the first text: V8 compiles
 * a function with what it has seen run, and a path first met in compiled code (a word in capitals,
 * a link, a line with a space at its end) threw the code away. In a process that reads one long
 * text, ownStats and featureRows were compiled four to seven times, and compiling them cost about
 * what the reading did. Nothing of the primer stays (its cache is its own; the classes of the
 * characters it met are the ones any text gives them).
 */
function prime(): void {
  primed = true;
  let src = "";
  const units: FeatureUnit[] = [];
  for (const [k, line] of PRIMER.entries()) {
    const from = src.length;
    src += line + "\n";
    const tokens = line.split(/\s+/).filter(Boolean).length;
    units.push(new TextUnit(src, from, from + line.length, k === PRIMER.length - 1 ? "code" : k === 1 ? "list-item" : "paragraph", tokens, k === 0 ? 0 : k, k === 0 ? 0 : 1, 1));
  }
  // The units as a text holds them: all in one string.
  const all = units.map((u) => new TextUnit(src, u.from ?? 0, u.to ?? 0, u.kind, u.tokens, u.fpHi ?? 0, u.fpLo ?? 0, 1));
  const order = all.map((_, i) => i);
  for (const skip of [undefined, (f: Float64Array) => (f[7] ?? 0) > 0]) featureRows(all, order, order, newFeatureCache(all.length), () => {}, skip);
  // startsWww reads its four characters only for a word of "www." (a sentence's last word "now."
  // or "was." stops at the first or second), and V8 keeps what a function met only once it has run
  // a while: the first "was." met in ownStats' compiled code threw it away (a second compile of
  // 60-70 ms in any run of a few files). So it runs here until it has.
  for (let k = 0; k < WWW_RUNS; k++) startsWww("www.", 0);
}

/** Runs of startsWww in prime(): past V8's budget for keeping a function's type feedback (about 1 KB of bytecode run). */
const WWW_RUNS = 64;
