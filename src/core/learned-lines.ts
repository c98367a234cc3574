// Boilerplate learned from a corpus: pass 1 counts each file's line templates once per file,
// pass 2 marks the units of a file whose line is a template seen across the corpus. A unit of
// several lines (a footer hard-wrapped like prose) counts as one line, its breaks as spaces.
import { roomyInt32, roomyUint32 } from "./roomy.js";
import type { Analysis } from "./analysis-types.js";
import {
  isLearnableLine,
  isLearnedBoilerplate,
  isSentence,
  learnedMatch,
  lineTemplate,
  type LearnedThresholds,
} from "./boilerplate/templates.js";
import { fingerprint } from "./fingerprint.js";
import { U64Map } from "./hash-table.js";
import { splitLines, type Lines } from "./lines.js";
import type { TextFormat } from "./unit-splitters.js";
import { splitUnits } from "./units.js";

/** The rule name learned lines are reported under, and the name `--disable` takes. */
export const LEARNED_RULE = "learned";

/** Template hashes of one file, each once, as [hi0, lo0, hi1, lo1, ...] (cheap to send between threads). */
export function fileTemplateHashes(text: string): Uint32Array {
  const lines = splitLines(text);
  const seen = new U64Map(64);
  const out: number[] = [];
  const skipTo = frontMatterEnd(text, lines);
  for (const u of splitUnits(text, lines)) {
    if (u.first <= skipTo) continue;
    const line = unitText(text, lines, u.first, u.last);
    if (!isLearnableLine(u.kind, line)) continue;
    const t = lineTemplate(line);
    if (t === null) continue;
    const fp = fingerprint(t);
    if (seen.get(fp.hi, fp.lo) >= 0) continue;
    seen.setIfAbsent(fp.hi, fp.lo, 0);
    out.push(fp.hi, fp.lo);
  }
  return Uint32Array.from(out);
}

/** Number of files each template hash was seen in: typed arrays only, no per-template objects. */
export class TemplateCounts {
  private readonly slots: U64Map;
  private hi: Uint32Array;
  private lo: Uint32Array;
  private counts: Int32Array;
  /** Files added so far. */
  files = 0;

  /** `expected`: about how many distinct templates will be added (tables made that big from the start). */
  constructor(expected = 1024) {
    const n = Math.max(1024, expected);
    this.slots = new U64Map(n);
    this.hi = roomyUint32(n);
    this.lo = roomyUint32(n);
    this.counts = roomyInt32(n);
  }

  /** Adds one file's hashes (from fileTemplateHashes). */
  addFile(hashes: Uint32Array): void {
    this.files++;
    for (let i = 0; i + 1 < hashes.length; i += 2) this.bump(hashes[i] ?? 0, hashes[i + 1] ?? 0, 1);
  }

  /** Adds what another count saw (its frequent(1, 0)), over other files than this one's. */
  addTable(t: LearnedTable): void {
    this.files += t.files;
    for (let i = 0; i < t.counts.length; i++) this.bump(t.hashes[2 * i] ?? 0, t.hashes[2 * i + 1] ?? 0, t.counts[i] ?? 0);
  }

  /** Adds `by` to the count of the template (hi, lo), making its slot on first sight. */
  private bump(hi: number, lo: number, by: number): void {
    let slot = this.slots.get(hi, lo);
    if (slot < 0) {
      slot = this.slots.size;
      this.slots.setIfAbsent(hi, lo, slot);
      if (slot >= this.counts.length) this.grow();
      this.hi[slot] = hi;
      this.lo[slot] = lo;
    }
    this.counts[slot] = (this.counts[slot] ?? 0) + by;
  }

  /** Distinct templates seen. */
  get size(): number {
    return this.slots.size;
  }

  /** Bytes held by the arrays. */
  get byteLength(): number {
    return this.slots.byteLength + this.hi.byteLength + this.lo.byteLength + this.counts.byteLength;
  }

  /**
   * The templates seen in at least `minFiles` files and `minShare` of them: all pass 2 needs.
   * `scratch`: the table is read once and dropped, never copied to another thread (its arrays
   * may then stand in buffers larger than they are, roomy.ts).
   */
  frequent(minFiles: number, minShare: number, scratch = false): LearnedTable {
    return frequentEntries(this.slots.size, this.files, minFiles, minShare, (s) => this.hi[s] ?? 0, (s) => this.lo[s] ?? 0, (s) => this.counts[s] ?? 0, scratch);
  }

  private grow(): void {
    const cap = this.counts.length * 2;
    const grow = <T extends Uint32Array | Int32Array>(from: T, to: T): T => (to.set(from), to);
    this.hi = grow(this.hi, roomyUint32(cap));
    this.lo = grow(this.lo, roomyUint32(cap));
    this.counts = grow(this.counts, roomyInt32(cap));
  }
}

/** The entries of `t` (all the run's counts) seen in at least `minFiles` files and `minShare` of them, as TemplateCounts.frequent gives them. */
export function frequentOf(t: LearnedTable, minFiles: number, minShare: number): LearnedTable {
  return frequentEntries(t.counts.length, t.files, minFiles, minShare, (s) => t.hashes[2 * s] ?? 0, (s) => t.hashes[2 * s + 1] ?? 0, (s) => t.counts[s] ?? 0);
}

function frequentEntries(n: number, files: number, minFiles: number, minShare: number, hi: (s: number) => number, lo: (s: number) => number, count: (s: number) => number, scratch = false): LearnedTable {
  const keep: number[] = [];
  const need = Math.max(minFiles, Math.ceil(minShare * files - 1e-9));
  for (let s = 0; s < n; s++) if (count(s) >= need) keep.push(s);
  const hashes = scratch ? roomyUint32(keep.length * 2) : new Uint32Array(keep.length * 2);
  const counts = scratch ? roomyInt32(keep.length) : new Int32Array(keep.length);
  keep.forEach((s, i) => {
    hashes[2 * i] = hi(s);
    hashes[2 * i + 1] = lo(s);
    counts[i] = count(s);
  });
  return { hashes, counts, files };
}

/** Candidate templates handed to pass 2 (plain typed arrays, so they can go to workers). */
export interface LearnedTable {
  /** [hi, lo] pairs. */
  hashes: Uint32Array;
  /** Files each template was seen in. */
  counts: Int32Array;
  /** Files in the run. */
  files: number;
}

/**
 * Marks, in place, the units of `a` whose template is learned boilerplate (none in a Markdown
 * file). Units a built-in rule already cuts keep that rule. Returns the number of units marked.
 * Learned lines are page furniture: a sentence holding half the file's words or more is the
 * file's prose, never learned; and when the learned lines would take every unit a built-in rule
 * leaves, none is marked (no learned rule empties a file: three copies of one short page are
 * copies, which the duplicate search cuts down to the first).
 */
export function markLearned(a: Analysis, lookup: LearnedLookup, t: LearnedThresholds & { format?: TextFormat }): number {
  // Nothing learned: no line can be marked (a template in no file is below any --min-files), so
  // the masking of every line, most of pass 2's time on prose, is skipped. A Markdown file is a
  // source its author keeps, with no page printed around it: a line in most posts of a blog
  // ("Documentation: <url>", each with the post's own version) is the author's formula.
  if (lookup.size === 0 || t.format === "markdown") return 0;
  const skipTo = frontMatterEnd(a.text, a.lines);
  let words = 0;
  let left = 0;
  for (const u of a.units) {
    words += u.tokens;
    if (!u.boiler) left++;
  }
  const hits: { unit: (typeof a.units)[number]; match: string }[] = [];
  for (const u of a.units) {
    if (u.boiler || u.first <= skipTo) continue;
    const line = unitText(a.text, a.lines, u.first, u.last);
    if (!isLearnableLine(u.kind, line)) continue;
    const template = lineTemplate(line);
    if (template === null) continue;
    const fp = fingerprint(template);
    const files = lookup.count(fp.hi, fp.lo);
    if (!isLearnedBoilerplate(template, files, lookup.files, t)) continue;
    if (2 * u.tokens >= words && isSentence(template)) continue;
    hits.push({ unit: u, match: learnedMatch(template, files, lookup.files) });
  }
  if (hits.length >= left) return 0;
  for (const { unit, match } of hits) {
    unit.boiler = { rule: LEARNED_RULE, match };
    unit.prefix = null;
  }
  return hits.length;
}

/** Counts by template hash, built from a LearnedTable. */
export class LearnedLookup {
  private readonly slots: U64Map;
  readonly files: number;
  private readonly counts: Int32Array;

  constructor(table: LearnedTable) {
    this.files = table.files;
    this.counts = table.counts;
    this.slots = new U64Map(Math.max(16, table.counts.length));
    for (let i = 0; i < table.counts.length; i++) {
      this.slots.setIfAbsent(table.hashes[2 * i] ?? 0, table.hashes[2 * i + 1] ?? 0, i);
    }
  }

  /** Templates in the table. */
  get size(): number {
    return this.counts.length;
  }

  count(hi: number, lo: number): number {
    const slot = this.slots.get(hi, lo);
    return slot < 0 ? 0 : (this.counts[slot] ?? 0);
  }
}

/**
 * The last line of a leading YAML front matter block ("---" ... "---" or "..."), or -1. Its lines
 * ("layout: post") are in every file of a site and must never be learned.
 */
export function frontMatterEnd(text: string, lines: Lines): number {
  if (lineOf(text, lines, 0).trimEnd() !== "---") return -1;
  const limit = Math.min(lines.start.length, 200);
  for (let i = 1; i < limit; i++) {
    const l = lineOf(text, lines, i).trimEnd();
    if (l === "---" || l === "...") return i;
  }
  return -1;
}

/** A unit's lines as one string (the template collapses the line breaks to spaces). */
function unitText(text: string, lines: Lines, first: number, last: number): string {
  return first === last ? lineOf(text, lines, first) : lineOf(text, lines, first) + "\n" + text.slice(lines.next[first], lines.end[last]);
}

function lineOf(text: string, lines: Lines, i: number): string {
  let s = text.slice(lines.start[i], lines.end[i]);
  if (i === 0 && s.charCodeAt(0) === 0xfeff) s = s.slice(1);
  return s;
}
