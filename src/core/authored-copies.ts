// Copies a writer made on purpose, which stay: in Markdown, a paragraph in a parallel place of its
// text or of another file, anywhere in a sibling page (two API pages of two hooks, two release
// posts), or in an admonition; any paragraph of a licence file; and in any text, a copy that differs from its
// first only in names or numbers (a formula: liturgy, catalogues, ceremonies, legal clauses).
import { unitBody, type Analysis } from "./analyze.js";
import type { DedupIndex } from "./dedup-index.js";
import { placeCode, placeDepth, unitPlaces, type Places } from "./markdown/sections.js";
import type { Options } from "./options.js";

const LICENCE_FILE = /(?:^|[\\/])(?:licen[cs]e|copying|notice|copyright)(?:[.-][^\\/]*)?$/i;
const INDEX_PAGE = /^(?:index|readme|_index)$/i;
/** A label: "Word:" first, a colon last, or bold text alone. */
const LABEL_TEXT = /^[\p{L}][\p{L} ]{0,24}:\s|:$|^(\*\*|__)[^*_\n]+\1:?$/u;
const LABEL_TOKENS = 16;
/** A heading is a "code" unit in Markdown, and no block a label introduces. */
const HEADING_LINE = /^ {0,3}#{1,6}(?:\s|$)|^[^\n]*\n {0,3}(?:=+|-+)[ \t]*$/;
/** Units on either side of a copy compared with those around its first copy. */
const BLOCK = 2;
const NOT_ALIKE = 0;
const SAME = 1;
const RENAMED = 2;
/** How far back a formula's earlier block is looked for. */
const FORMULA_REACH = 48;
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

  constructor(
    private readonly a: Analysis,
    private readonly doc: number,
    private readonly index: DedupIndex,
    private readonly o: Options,
  ) {}

  /** Unit i of this text was kept as record `id`. */
  registered(id: number, i: number): void {
    if (id < 0) return;
    this.local.set(id, i);
    if (this.o.format === "markdown") this.index.setPlace(id, placeCode(this.placesOf(), i));
  }

  /** True when unit i, a copy of record `id`, is a copy its writer meant, to keep. */
  keeps(i: number, id: number): boolean {
    if (licenceFile(this.index.docName(this.doc)) || this.introducesBlock(i)) return true;
    const j = this.local.get(id);
    if (j !== undefined && this.inFormula(i, j)) return true;
    if (this.o.format !== "markdown") return false;
    const p = this.placesOf();
    if (p.admonition[i]) return true;
    if (j !== undefined) return p.key[i] !== p.key[j] && p.depth[i] === p.depth[j];
    const theirs = this.index.placeOf(id);
    const source = this.index.unitOf(id);
    if (theirs === 0 || source.doc === this.doc) return false;
    if (siblings(this.index.docName(this.doc), this.index.docName(source.doc))) return true;
    const mine = placeCode(p, i);
    return mine !== theirs && placeDepth(mine) === placeDepth(theirs);
  }

  /**
   * Unit i, a copy of unit j of this text, stands in a block that repeats an earlier block as a
   * whole with other names or numbers: it and the units around it are copies of the units around
   * its like in that block, one at least with other names (formulaic()). One paragraph with another
   * name alone is no formula. Its like in the block is j, or (a near copy's best match can be a
   * unit of another place in the block) one of the units not far before it.
   */
  private inFormula(i: number, j: number): boolean {
    if (this.blockAlike(i, j)) return true;
    const tokens = this.a.units[i]?.tokens;
    for (let k = Math.max(0, i - FORMULA_REACH); k < i; k++) {
      if (k !== j && this.a.units[k]?.tokens === tokens && this.blockAlike(i, k)) return true;
    }
    return false;
  }

  private blockAlike(i: number, j: number): boolean {
    let renamed = false;
    let alike = 0;
    for (let d = -BLOCK; d <= BLOCK; d++) {
      if (j + d >= i) continue;
      const how = this.likeness(j + d, i + d);
      if (how === NOT_ALIKE) {
        if (d === 0) return false;
        continue;
      }
      if (how === RENAMED) renamed = true;
      alike++;
    }
    return renamed && alike >= 2;
  }

  /** How unit y copies unit x: the same, with other names, or not at all. Fingerprints and counts first: cheap. */
  private likeness(x: number, y: number): number {
    const ux = this.a.units[x];
    const uy = this.a.units[y];
    if (!ux || !uy || ux.kind === "code" || uy.kind === "code" || ux.tokens === 0 || ux.tokens !== uy.tokens) return NOT_ALIKE;
    if ((ux.fpHi !== 0 || ux.fpLo !== 0) && ux.fpHi === uy.fpHi && ux.fpLo === uy.fpLo) return SAME;
    const first = unitBody(this.a, ux);
    const copy = unitBody(this.a, uy);
    if (formulaic(first, copy)) return RENAMED;
    return first.trim().toLowerCase() === copy.trim().toLowerCase() ? SAME : NOT_ALIKE;
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

  private placesOf(): Places {
    return (this.places ??= unitPlaces(this.a));
  }
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

function section(name: string): string {
  const parts = name.split(/[\\/]/);
  const base = (parts.pop() ?? "").replace(/\.[^.]*$/, "");
  if (INDEX_PAGE.test(base)) parts.pop();
  return parts.join("/");
}

/**
 * `copy` says what `first` says with other names or numbers in the same places, as formulas do
 * ("On the second day Nethanel the son of Zuar, prince of Issachar, did offer"): at least one such
 * word and at most half of them. A typo is no other name.
 */
export function formulaic(first: string, copy: string): boolean {
  const x = words(first);
  const y = words(copy);
  if (x.length !== y.length || x.length === 0) return false;
  let differ = 0;
  for (let k = 0; k < x.length; k++) {
    const p = x[k] ?? "";
    const q = y[k] ?? "";
    if (p.toLowerCase() === q.toLowerCase()) continue;
    if (!otherName(p, q)) return false;
    differ++;
  }
  return differ > 0 && differ <= x.length / 2;
}

function words(s: string): string[] {
  return s.normalize("NFC").match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Two names (capitalised) or two numbers, not one misspelt as the other. */
function otherName(p: string, q: string): boolean {
  if (/^\p{N}+$/u.test(p) && /^\p{N}+$/u.test(q)) return true;
  if (NUMBER_WORDS.has(p.toLowerCase()) && NUMBER_WORDS.has(q.toLowerCase())) return true;
  if (!/^\p{Lu}/u.test(p) || !/^\p{Lu}/u.test(q)) return false;
  return editDistance(p.toLowerCase(), q.toLowerCase()) > Math.max(1, Math.floor(Math.min(p.length, q.length) / 3));
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}
