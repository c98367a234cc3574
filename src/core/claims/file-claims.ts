// The order-free engine's per-file halves (see docs/engine.md), pure:
// - claimsOf: phase one. A file's units as the store records them, the keys each unit looks up in
//   phase two, and which units claim their keys: the paragraphs kept when the file is cleaned on
//   its own (a unit its own file cuts, as boilerplate or as a copy of its own text, is never a
//   first copy for another file).
// - localIndex: phase two. An index holding, as kept units of earlier texts, exactly the first
//   copies (the lowest-ranked claimers) of the keys this file holds; the file is then decided
//   against it as one text against a run's index (clean.ts), with no order among files.
import { unitBody, type Analysis } from "../analyze.js";
import type { RuleSet } from "../boilerplate/ruleset.js";
import { cleanAnalysis } from "../clean.js";
import { DedupIndex } from "../dedup-index.js";
import { placeCode, unitPlaces } from "../markdown/sections.js";
import type { Options } from "../options.js";
import type { CleanResult } from "../types.js";

/** A file's unit table (as DedupIndex documents hold it). */
export interface UnitTable {
  fpHi: Uint32Array;
  fpLo: Uint32Array;
  first: Int32Array;
  last: Int32Array;
  raw: Uint32Array;
}

export interface FileClaims {
  units: UnitTable;
  /** Units that look their keys up in phase two (paragraphs long enough to be cut as copies). */
  lookers: Int32Array;
  /** Per looker: 1 when it claims its keys (kept when the file is cleaned alone). */
  claims: Uint8Array;
  /** Per looker: its range in `shingles` (start at [2k], end at [2k+1]). */
  shingleRange: Int32Array;
  /** Sampled shingle hashes of the lookers. */
  shingles: Uint32Array;
  /** Per claiming looker, in order: its text (prefix stripped) and place code (0: none). */
  texts: string[];
  places: Int32Array;
  /** Per claiming looker, in order: where its text stands in the analyzed text, [from, to) at [2k], [2k+1]. */
  spans: Int32Array;
  /** The file cleaned alone: its result when no earlier file holds any of its keys. */
  alone: CleanResult;
}

/** Phase one for one analyzed file (learned lines already marked). */
export function claimsOf(a: Analysis, o: Options, rules: RuleSet, name: string): FileClaims {
  const n = a.units.length;
  const units: UnitTable = { fpHi: new Uint32Array(n), fpLo: new Uint32Array(n), first: new Int32Array(n), last: new Int32Array(n), raw: new Uint32Array(n) };
  a.units.forEach((u, i) => {
    units.fpHi[i] = u.fpHi;
    units.fpLo[i] = u.fpLo;
    units.first[i] = u.first;
    units.last[i] = u.last;
    units.raw[i] = u.raw;
  });
  // The unit spans are read before cleaning: cleanAnalysis may re-analyze, never changes `a`.
  const lookers = lookersOf(a, o);
  const texts = lookers.map((i) => unitBody(a, a.units[i]!));
  const spans: number[] = [];
  const alone = cleanAnalysis(a, o, rules, { index: new DedupIndex(indexSize(a, 0, 0)), name });
  // Lines some cut takes whole (a stripped header leaves its unit kept).
  const cutLine = new Uint8Array(a.lines.start.length + 1);
  for (const c of alone.cuts) if (!c.prefix) cutLine.fill(1, c.startLine - 1, c.endLine);
  const claims = new Uint8Array(lookers.length);
  const shingleRange = new Int32Array(2 * lookers.length);
  const shingles: number[] = [];
  const keptTexts: string[] = [];
  const places: number[] = [];
  const markdown = o.format === "markdown" ? unitPlaces(a) : null;
  lookers.forEach((i, k) => {
    const u = a.units[i]!;
    let cut = false;
    for (let l = u.first; l <= u.last && !cut; l++) cut = cutLine[l] === 1;
    shingleRange[2 * k] = shingles.length;
    for (let s = u.selStart; s < u.selEnd; s++) shingles.push(a.selHash[s] ?? 0);
    shingleRange[2 * k + 1] = shingles.length;
    if (cut || !o.dedupe) return;
    claims[k] = 1;
    keptTexts.push(texts[k] ?? "");
    spans.push(...unitSpan(a, i));
    places.push(markdown ? placeCode(markdown, i) : 0);
  });
  return {
    units,
    lookers: Int32Array.from(lookers),
    claims,
    shingleRange,
    shingles: Uint32Array.from(shingles),
    texts: keptTexts,
    places: Int32Array.from(places),
    spans: Int32Array.from(spans),
    alone,
  };
}

/** Where unitBody's text of unit `i` stands in the analyzed text: [from, to). */
export function unitSpan(a: Analysis, i: number): [number, number] {
  const u = a.units[i]!;
  let from = a.lines.start[u.first] ?? 0;
  if (from === 0 && a.text.charCodeAt(0) === 0xfeff) from = 1;
  if (u.prefix) from += u.prefix.length;
  return [from, a.lines.end[u.last] ?? from];
}

/** The units that claim or look up keys: paragraphs long enough to be cut as copies. */
function lookersOf(a: Analysis, o: Options): number[] {
  const lookers: number[] = [];
  for (let i = 0; i < a.units.length; i++) {
    const u = a.units[i];
    if (u && u.kind === "paragraph" && u.tokens >= o.minWords && u.tokens > 0 && (u.fpHi !== 0 || u.fpLo !== 0)) lookers.push(i);
  }
  return lookers;
}

/** The keys a file looks up in phase two: its lookers' exact fingerprints, then their shingles. */
export interface LookupKeys {
  fpHi: Uint32Array;
  fpLo: Uint32Array;
  shingles: Uint32Array;
}

/** Phase two's keys of an analyzed file (learned lines marked), as claimsOf finds its lookers. */
export function lookupKeysOf(a: Analysis, o: Options): LookupKeys {
  const lookers = lookersOf(a, o);
  const fpHi = new Uint32Array(lookers.length);
  const fpLo = new Uint32Array(lookers.length);
  let total = 0;
  for (const i of lookers) total += (a.units[i]?.selEnd ?? 0) - (a.units[i]?.selStart ?? 0);
  const shingles = new Uint32Array(total);
  let at = 0;
  lookers.forEach((i, k) => {
    const u = a.units[i]!;
    fpHi[k] = u.fpHi;
    fpLo[k] = u.fpLo;
    for (let s = u.selStart; s < u.selEnd; s++) shingles[at++] = a.selHash[s] ?? 0;
  });
  return { fpHi, fpLo, shingles };
}

/** An earlier file that holds first copies this file needs. */
export interface SourceFile {
  /** Its place in the run's sorted list (orders the texts of the local index). */
  file: number;
  name: string;
  units: UnitTable;
}

/** A first copy: a unit of a source file, its text and place. */
export interface SourceUnit {
  file: number;
  unit: number;
  text: string;
  place: number;
}

/** What phase two hands a file: its first copies in earlier files, and which keys they hold. */
export interface SourcePackage {
  files: SourceFile[];
  /** In rank order. */
  units: SourceUnit[];
  /** Exact keys held by a source unit: [hi, lo, index into `units`] triples. */
  exact: Int32Array;
  /** Shingles held by a source unit: [hash, index into `units`] pairs. */
  shingles: Int32Array;
}

/**
 * The units a file's own index is made for: its own units and shingles (and `units`, `shingles` of
 * its first copies). The default (1,024 units: 88 KB of zeroed tables) was made and dropped twice a
 * file, 20 to 40 times what a 10 KB file fills; V8's threads free such buffers, next to the workers
 * of --jobs 2. A table that fills up grows; its size changes no result (the tables are only looked
 * up, never walked).
 */
function indexSize(a: Analysis, units: number, shingles: number): number {
  return Math.max(16, a.units.length + units, Math.ceil((a.selHash.length + shingles) / 4));
}

/** The index phase two decides `a` against: its first copies as kept units of earlier texts. */
export function localIndex(p: SourcePackage, a: Analysis): DedupIndex {
  const index = new DedupIndex(indexSize(a, p.units.length, p.shingles.length / 2));
  const docOf = new Map<number, number>();
  for (const f of p.files) docOf.set(f.file, index.addDocument(f.name, f.units));
  const ids = p.units.map((u) => {
    const id = index.record(docOf.get(u.file) ?? 0, u.unit, u.text);
    if (u.place !== 0) index.setPlace(id, u.place);
    return id;
  });
  for (let i = 0; i + 2 < p.exact.length; i += 3) index.addExact(p.exact[i] ?? 0, p.exact[i + 1] ?? 0, ids[p.exact[i + 2] ?? 0] ?? 0);
  for (let i = 0; i + 1 < p.shingles.length; i += 2) index.addShingle((p.shingles[i] ?? 0) >>> 0, ids[p.shingles[i + 1] ?? 0] ?? 0);
  index.commit();
  return index;
}
