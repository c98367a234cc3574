// Copies a writer made on purpose, which stay: in Markdown, a paragraph far from its first copy in the
// same text (close()), a paragraph in a parallel place of its
// text or of another file, anywhere in a sibling page or a page of a section beside its own (two API
// pages of two hooks, a release note and its announcement, the same page at two addresses; two release
// posts), or in an admonition; any paragraph of a licence file; and in any text, a copy that differs from its
// first only in names or numbers (a formula: liturgy, catalogues, ceremonies, legal clauses).
import { unitBody, type Analysis } from "./analyze.js";
import type { DedupIndex } from "./dedup-index.js";
import { placeCode, placeDepth, placeQuoted, unitPlaces, type Places } from "./markdown/sections.js";
import { normalizeForHash } from "./normalize.js";
import type { Options } from "./options.js";

const LICENCE_FILE = /(?:^|[\\/])(?:licen[cs]e|copying|notice|copyright)(?:[.-][^\\/]*)?$/i;
const INDEX_PAGE = /^(?:index|readme|_index)$/i;
/** A label: "Word:" first, a colon last, or bold text alone. */
const LABEL_TEXT = /^[\p{L}][\p{L} ]{0,24}:\s|:$|^(\*\*|__)[^*_\n]+\1:?$/u;
const LABEL_TOKENS = 16;
/** In Markdown, other text at most between a copy in one text and its first copy (see close()). */
export const CLOSE_BLOCKS = 3;
export const CLOSE_HEADINGS = 1;
/** A bold label, then its value: "**Type:** `string`", "**类型：** `object`", "- **Default**: `true`". */
const FIELD = /^\s*(?:[-*+]\s+)?(\*\*|__)[^*_\n]{1,40}?\1\s*[:：]|^\s*(?:[-*+]\s+)?(\*\*|__)[^*_\n]{1,40}?[:：]\s*\2/u;
const FIELD_TOKENS = 24;
/** A heading is a "code" unit in Markdown, and no block a label introduces. */
const HEADING_LINE = /^ {0,3}#{1,6}(?:\s|$)|^[^\n]*\n {0,3}(?:=+|-+)[ \t]*$/;
/** Number words a formula counts with: "On the third day …", "the fourth day …". */
const NUMBER_WORDS = new Set(
  ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty hundred thousand " +
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth last").split(" "),
);

/** The copies one text holds of what is kept, judged as its writer meant them. */
export class AuthoredCopies {
  /** Record id -> unit of this text, for the units this text recorded. */
  private readonly local = new Map<number, number>();
  private places: Places | null = null;
  private twins: TextCounts | null = null;

  constructor(
    private readonly a: Analysis,
    private readonly doc: number,
    private readonly index: DedupIndex,
    private readonly o: Options,
    /** Whether unit k, before the one being judged, is cut already. */
    private readonly isCut: (k: number) => boolean = () => false,
  ) {}

  /** Unit i of this text was kept as record `id`. */
  registered(id: number, i: number): void {
    if (id < 0) return;
    this.local.set(id, i);
    const u = this.a.units[i];
    if (u) noteWording(this.index, id, unitBody(this.a, u));
    if (this.o.format === "markdown") this.index.setPlace(id, placeCode(this.placesOf(), i));
  }

  /** True when unit i, a copy of record `id`, is a copy its writer meant, to keep. */
  keeps(i: number, id: number): boolean {
    if (licenceFile(this.index.docName(this.doc)) || this.introducesBlock(i) || this.field(i)) return true;
    if (this.renamed(i, id)) return true;
    const j = this.local.get(id);
    if (this.o.format !== "markdown") return false;
    const p = this.placesOf();
    if (p.admonition[i]) return true;
    // One copy quotes the other: a quotation repeats what is said elsewhere on purpose.
    // Two entries of a reference may describe alike whatever level their headings stand at.
    if (j !== undefined && !this.close(j, i)) return true;
    if (j !== undefined) return p.quoted[i] !== p.quoted[j] || (p.key[i] !== p.key[j] && (p.depth[i] === p.depth[j] || (!!p.entry[i] && !!p.entry[j])));
    const theirs = this.index.placeOf(id);
    const source = this.index.unitOf(id);
    // A copy of an earlier segment of the same text (a text streamed in segments): far from it.
    if (source.doc === this.doc) return true;
    if (theirs === 0) return false;
    if (placeQuoted(theirs) !== (p.quoted[i] ?? false)) return true;
    if (siblings(this.index.docName(this.doc), this.index.docName(source.doc)) || neighbours(this.index.docName(this.doc), this.index.docName(source.doc))) return true;
    const mine = placeCode(p, i);
    return mine !== theirs && placeDepth(mine) === placeDepth(theirs);
  }

  /**
   * Unit i says what record `id` of the same text says with other names or numbers in the same
   * places, as formulas do ("On the second day Nethaneel the son of Zuar, prince of Issachar, did
   * offer" after "On the first day Nahshon …"): the same words once capitalised words and numbers
   * are masked as some kept unit of the text, other words unmasked. Read from what the index notes,
   * so that a text cleaned in segments decides as the whole text does.
   */
  private renamed(i: number, id: number): boolean {
    const u = this.a.units[i];
    if (!u || this.index.unitOf(id).doc !== this.doc) return false;
    // Any kept unit of the text with this wording, not only the best match: "This was the offering
    // of Nethaneel …" matches "On the second day Nethaneel …" best, by the names they share.
    const mine = wordingOf(unitBody(this.a, u));
    return this.index.hasOtherWording(this.doc, mine.skeleton, mine.words);
  }

  /**
   * A label over the code, list or table right after it ("Filename: src/main.rs", "When we run
   * this program, we'll see the following output:", "**Example**"): each block has its own.
   */
  private introducesBlock(i: number): boolean {
    const u = this.a.units[i];
    const next = this.a.units[i + 1];
    if (!u || !next || u.tokens > LABEL_TOKENS || u.last - u.first > 1 || next.first > u.last + 2) return false;
    if (next.kind !== "code" && next.kind !== "list-item" && next.kind !== "table-row") return false;
    const after = this.a.text.slice(this.a.lines.start[next.first] ?? 0, this.a.lines.end[next.first] ?? 0);
    if (HEADING_LINE.test(after)) return false;
    const t = unitBody(this.a, u).replace(/<[^>]*>/g, "").trim();
    return LABEL_TEXT.test(t);
  }

  /** A field of a reference entry: "**Type:** `string`", "- **Default:** `false`", one per option. */
  private field(i: number): boolean {
    const u = this.a.units[i];
    return !!u && u.tokens <= FIELD_TOKENS && FIELD.test(unitBody(this.a, u));
  }

  /**
   * In Markdown, a copy in the same text is an accident only near its first copy. The accidents that
   * leave one are a paste made twice (the second copy follows the block it repeats, or opens the
   * section pasted again) and an edit or a merge that left the old paragraph beside the new one:
   * either way the copy stands in its first copy's section or the next, with little text between
   * that is not itself repeated. Farther repetition is the writer's: a call to action at the top and
   * the end, a step that two procedures share, a diagram shown again where the text comes back to
   * it. Between unit j (kept) and unit i: at most CLOSE_BLOCKS blocks of other text (a paragraph, a
   * list, a table, a code block) and at most CLOSE_HEADINGS headings, not counting units that are
   * cut or that the text holds twice (the rest of a block pasted twice repeats too).
   */
  private close(j: number, i: number): boolean {
    const units = this.a.units;
    const twins = (this.twins ??= textCounts(this.a));
    let blocks = 0;
    let headings = 0;
    for (let k = j + 1; k < i; k++) {
      const u = units[k];
      if (!u || this.isCut(k)) continue;
      const key = twins.keys[k] ?? "";
      if (key === "" || (twins.count.get(key) ?? 0) > 1) continue;
      const top = this.a.text.slice(this.a.lines.start[u.first] ?? 0, this.a.lines.end[u.first] ?? 0);
      if (u.kind === "code" && HEADING_LINE.test(top)) {
        if (++headings > CLOSE_HEADINGS) return false;
        continue;
      }
      // The items of one list, the rows of one table: one block.
      const prev = units[k - 1];
      if ((u.kind === "list-item" || u.kind === "table-row") && prev?.kind === u.kind) continue;
      if (++blocks > CLOSE_BLOCKS) return false;
    }
    return true;
  }

  private placesOf(): Places {
    return (this.places ??= unitPlaces(this.a));
  }
}

/** Each unit's text as normalizeForHash reads it, and how many units of the text hold it. */
interface TextCounts {
  keys: string[];
  count: Map<string, number>;
}

function textCounts(a: Analysis): TextCounts {
  const keys = a.units.map((u) => normalizeForHash(unitBody(a, u)));
  const count = new Map<string, number>();
  for (const k of keys) if (k !== "") count.set(k, (count.get(k) ?? 0) + 1);
  return { keys, count };
}

/** A licence, copyright or notice file: its text is the law of the files beside it, each copy whole. */
export function licenceFile(name: string | undefined): boolean {
  return name !== undefined && LICENCE_FILE.test(name);
}

/**
 * Two files that are pages of one section: the same folder, where a folder's index or README is
 * the page of the folder itself (blog/2024-05-01-launch/index.md beside blog/2024-06-02-fix/index.md).
 */
export function siblings(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  return section(a) === section(b);
}

/**
 * Two pages of one section or of two sections side by side: each file's folder is the folder they
 * share or one of its sub-folders, and they share one (a release note in blog/release/ and the
 * announcement in blog/announcements/ that it repeats; docs/download/index.md and
 * docs/download/current.md, the same page at two addresses; fr/eol.md and fr/about/eol.md). Files of
 * two top folders of the run (docs/, guide/) are two works, and a copy between them is a copy.
 */
export function neighbours(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  const da = a.split(/[\\/]/).slice(0, -1);
  const db = b.split(/[\\/]/).slice(0, -1);
  let k = 0;
  while (k < da.length && k < db.length && da[k] === db[k]) k++;
  return k >= 1 && da.length - k <= 1 && db.length - k <= 1;
}

function section(name: string): string {
  const parts = name.split(/[\\/]/);
  const base = (parts.pop() ?? "").replace(/\.[^.]*$/, "");
  if (INDEX_PAGE.test(base)) parts.pop();
  return parts.join("/");
}

/** The wording of a unit: hashes of its words, and of its words with names and numbers masked. */
export interface Wording {
  skeleton: number;
  words: number;
}

/** Notes record `id`'s wording in the index (see AuthoredCopies.renamed). */
export function noteWording(index: DedupIndex, id: number, text: string): void {
  // Worked out when the text first asks for a wording: most texts hold no copy of their own.
  index.deferWording(id, text, wordingOf);
}

export function wordingOf(text: string): Wording {
  return asciiWordingOf(text) ?? wordingByWords(text);
}

/** FNV-1a of each number word, lower case -> the word (a hit is checked against it). */
const NUMBER_WORD_HASHES = new Map([...NUMBER_WORDS].map((w) => [fnv(0x811c9dc5, w) >>> 0, w]));

/**
 * wordingOf for text of ASCII characters and General Punctuation only (dashes, curly quotes,
 * ellipsis: no letter or digit, and NFC leaves them alone), where the letters and digits are
 * [A-Za-z0-9], NFC changes nothing and lower case is one character for one; null for any other
 * text. One loop over the characters, hashing as it goes, with no string per word (a number word
 * is known by a hash of the word, then checked). Gives what wordingByWords gives
 * (tests/core/authored-copies.test.ts holds them equal). It runs for every unit kept, so it makes
 * no string at all: the lower-cased copy and a slice per word it made took 12 % of pipe mode.
 */
function asciiWordingOf(text: string): Wording | null {
  let skeleton = 0x811c9dc5;
  let words = 0x811c9dc5;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (!isAsciiWordChar(c)) {
      if (c > 0x7f && (c < 0x2010 || c > 0x205e || (c > 0x2027 && c < 0x2030))) return null;
      i++;
      continue;
    }
    const start = i;
    let digits = true;
    let h = 0x811c9dc5;
    while (i < n && isAsciiWordChar((c = text.charCodeAt(i)))) {
      if (c > 57) digits = false;
      h = Math.imul(h ^ lowerAscii(c), 0x01000193);
      i++;
    }
    const first = text.charCodeAt(start);
    const name = first >= 65 && first <= 90;
    const length = i - start;
    const numberWord = length >= 3 && length <= 11 && !digits && isNumberWord(text, start, length, h >>> 0);
    if (digits || numberWord) skeleton = Math.imul(skeleton ^ 35, 0x01000193); // "#"
    else if (name) skeleton = Math.imul(skeleton ^ 78, 0x01000193); // "N"
    else for (let k = start; k < i; k++) skeleton = Math.imul(skeleton ^ lowerAscii(text.charCodeAt(k)), 0x01000193);
    skeleton = Math.imul(skeleton ^ 32, 0x01000193);
    if (name && !numberWord) {
      words = Math.imul(words ^ lowerAscii(first), 0x01000193);
      if (length > 1) words = Math.imul(words ^ lowerAscii(text.charCodeAt(start + 1)), 0x01000193);
      // String(length >> 2), digit by digit.
      const size = length >> 2;
      if (size >= 10) {
        const digitsOf = String(size);
        for (let k = 0; k < digitsOf.length; k++) words = Math.imul(words ^ digitsOf.charCodeAt(k), 0x01000193);
      } else words = Math.imul(words ^ (48 + size), 0x01000193);
    } else {
      for (let k = start; k < i; k++) words = Math.imul(words ^ lowerAscii(text.charCodeAt(k)), 0x01000193);
    }
    words = Math.imul(words ^ 32, 0x01000193);
  }
  return { skeleton: skeleton >>> 0 || 1, words: words >>> 0 || 1 };
}

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Whether text[start, start + length) is a number word in any case; `hash`: FNV-1a of it in lower case. */
function isNumberWord(text: string, start: number, length: number, hash: number): boolean {
  const w = NUMBER_WORD_HASHES.get(hash);
  if (w === undefined || w.length !== length) return false;
  for (let k = 0; k < length; k++) if (lowerAscii(text.charCodeAt(start + k)) !== w.charCodeAt(k)) return false;
  return true;
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** wordingOf for any text, word by word (the reference the ASCII loop is held to). */
export function wordingByWords(text: string): Wording {
  let skeleton = 0x811c9dc5;
  let words = 0x811c9dc5;
  for (const w of text.normalize("NFC").match(/[\p{L}\p{N}]+/gu) ?? []) {
    const lower = w.toLowerCase();
    const name = /^\p{Lu}/u.test(w);
    const masked = /^\p{N}+$/u.test(w) || NUMBER_WORDS.has(lower) ? "#" : name ? "N" : lower;
    skeleton = fnv(fnv(skeleton, masked), " ");
    // A name is known by its first two letters and rough length: "Washingotn" is Washington
    // misspelt, not another name, and the copy stays a copy.
    words = fnv(fnv(words, name && !NUMBER_WORDS.has(lower) ? `${lower.slice(0, 2)}${lower.length >> 2}` : lower), " ");
  }
  return { skeleton: skeleton >>> 0 || 1, words: words >>> 0 || 1 };
}

function fnv(h: number, s: string): number {
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h;
}
