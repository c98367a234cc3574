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
import { cleanAnalysis, unitArrays, type CleanContext } from "../clean.js";
import { UNITS_PER_FILE } from "./claim-store.js";
import { DedupIndex } from "../dedup-index.js";
import { U64Map } from "../hash-table.js";
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
  /**
   * The units the file keeps when cleaned alone (the units of its output), numbered among
   * themselves, on the lines of the file given: as a run's index holds a text it cleaned (clean.ts).
   */
  units: UnitTable;
  /**
   * What the file looks up in phase two, a looker at a time: its own lookers (lookupKeysOf), then
   * the `added` lookers of the text its cleaning alone keeps that are not units of the file given
   * (a cut glued or split lines into them). Per looker its exact key and its range in `shingles`
   * (start at [2k], end at [2k+1]).
   */
  fpHi: Uint32Array;
  fpLo: Uint32Array;
  shingleRange: Int32Array;
  /** Sampled shingle hashes of the lookers. */
  shingles: Uint32Array;
  added: number;
  /** Per looker: 1 when it claims its keys (a unit of the file's output). */
  claims: Uint8Array;
  /** The claiming units of `units`, ascending; per claiming unit its looker, its text (prefix stripped) and place code (0: none). */
  claimed: Int32Array;
  claimLooker: Int32Array;
  texts: string[];
  places: Int32Array;
  /** The file cleaned alone: its result when no earlier file holds any of its keys. */
  alone: CleanResult;
}

/**
 * Phase one for one analyzed file (learned lines already marked). The units that claim are the
 * paragraphs of the text the file's cleaning alone keeps, as a later run over that text finds them,
 * so that a tree written once is cleaned to the same text again.
 *
 * A rank holds a unit's number in its file in 21 bits (claim-store.ts): a unit numbered `maxUnits`
 * or more (a file of over two million units, such as a long list of short lines) claims nothing.
 * Its rank would be that of a unit of the next file, and a later copy of it would be cut as a copy
 * of that unit's text. It is still looked up: an earlier file's copy cuts it.
 */
export function claimsOf(a: Analysis, o: Options, rules: RuleSet, name: string, maxUnits = UNITS_PER_FILE): FileClaims {
  const context: CleanContext = { index: new DedupIndex(indexSize(a, 0, 0)), name, keepLast: true };
  const alone = cleanAnalysis(a, o, rules, context);
  const last = context.last ?? { a, decisions: a.units.map(() => null), map: null };
  const la = last.a;
  const keptUnits: number[] = [];
  const number = new Int32Array(la.units.length).fill(-1);
  for (let j = 0; j < la.units.length; j++) {
    if (last.decisions[j] !== null) continue;
    number[j] = keptUnits.length;
    keptUnits.push(j);
  }
  const all = unitArrays(la, last.map);
  const m = keptUnits.length;
  const units: UnitTable = { fpHi: new Uint32Array(m), fpLo: new Uint32Array(m), first: new Int32Array(m), last: new Int32Array(m), raw: new Uint32Array(m) };
  for (let k = 0; k < m; k++) {
    const j = keptUnits[k] ?? 0;
    units.fpHi[k] = all.fpHi[j] ?? 0;
    units.fpLo[k] = all.fpLo[j] ?? 0;
    units.first[k] = all.first[j] ?? 0;
    units.last[k] = all.last[j] ?? 0;
    units.raw[k] = all.raw[j] ?? 0;
  }
  // Each looker of the output is a looker of the file given (the same key on the same last line), or one added.
  const own = lookersOf(a, o);
  const claimOf = new Int32Array(own.length).fill(-1);
  const added: number[] = [];
  if (la === a) {
    for (let k = 0; k < own.length; k++) claimOf[k] = number[own[k] ?? 0] ?? -1;
  } else {
    const ownAt = new Map<number, number>();
    own.forEach((i, k) => ownAt.set(a.units[i]!.last, k));
    for (const j of lookersOf(la, o)) {
      const v = la.units[j]!;
      const k = ownAt.get(last.map ? (last.map[v.last] ?? -1) : v.last);
      const u = k === undefined ? undefined : a.units[own[k]!];
      if (k !== undefined && u && u.fpHi === v.fpHi && u.fpLo === v.fpLo) claimOf[k] = number[j] ?? -1;
      else added.push(j);
    }
  }
  const n = own.length + added.length;
  const fpHi = new Uint32Array(n);
  const fpLo = new Uint32Array(n);
  const claims = new Uint8Array(n);
  const shingleRange = new Int32Array(2 * n);
  let total = 0;
  for (let k = 0; k < n; k++) {
    const u = k < own.length ? a.units[own[k]!]! : la.units[added[k - own.length]!]!;
    total += u.selEnd - u.selStart;
  }
  const shingles = new Uint32Array(total);
  // Claiming looker k's unit of the table, in looker order; sorted by unit below (the added lookers' units come among the others').
  const claimers: number[] = [];
  let at = 0;
  for (let k = 0; k < n; k++) {
    const b = k < own.length ? a : la;
    const i = k < own.length ? own[k]! : added[k - own.length]!;
    const u = b.units[i]!;
    fpHi[k] = u.fpHi;
    fpLo[k] = u.fpLo;
    shingleRange[2 * k] = at;
    for (let s = u.selStart; s < u.selEnd; s++) shingles[at++] = b.selHash[s] ?? 0;
    shingleRange[2 * k + 1] = at;
    const unit = k < own.length ? (claimOf[k] ?? -1) : (number[i] ?? -1);
    if (unit < 0 || unit >= maxUnits || !o.dedupe) continue;
    claims[k] = 1;
    claimers.push(k);
  }
  const unitOf = (k: number): number => (k < own.length ? (claimOf[k] ?? -1) : (number[added[k - own.length] ?? 0] ?? -1));
  if (added.length > 0) claimers.sort((x, y) => unitOf(x) - unitOf(y));
  const markdown = o.format === "markdown" ? unitPlaces(la) : null;
  const claimed = new Int32Array(claimers.length);
  const places = new Int32Array(claimers.length);
  const texts: string[] = [];
  for (let q = 0; q < claimers.length; q++) {
    const unit = unitOf(claimers[q] ?? 0);
    const j = keptUnits[unit] ?? 0;
    claimed[q] = unit;
    texts.push(unitBody(la, la.units[j]!));
    if (markdown) places[q] = placeCode(markdown, j);
  }
  return { units, fpHi, fpLo, shingleRange, shingles, added: added.length, claims, claimed, claimLooker: Int32Array.from(claimers), texts, places, alone };
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

/** The keys of the lookers a file's output added (FileClaims.added): its last ones. */
export function addedLookups(c: Pick<FileClaims, "fpHi" | "fpLo" | "shingleRange" | "shingles" | "added">): LookupKeys {
  const from = c.fpHi.length - c.added;
  const s = c.shingleRange[2 * from] ?? c.shingles.length;
  return { fpHi: c.fpHi.slice(from), fpLo: c.fpLo.slice(from), shingles: c.shingles.slice(s) };
}

/** No keys (a file with no looker). */
export const NO_KEYS: LookupKeys = { fpHi: new Uint32Array(0), fpLo: new Uint32Array(0), shingles: new Uint32Array(0) };

/** Keys `a`, then keys `b`. */
export function withKeys(a: LookupKeys, b: LookupKeys): LookupKeys {
  if (b.fpHi.length === 0 && b.shingles.length === 0) return a;
  const join = <T extends Uint32Array>(x: T, y: T): Uint32Array => {
    const out = new Uint32Array(x.length + y.length);
    out.set(x);
    out.set(y, x.length);
    return out;
  };
  return { fpHi: join(a.fpHi, b.fpHi), fpLo: join(a.fpLo, b.fpLo), shingles: join(a.shingles, b.shingles) };
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

/** Exact keys (a file's lookers' fingerprints). */
export interface ExactKeys {
  fpHi: Uint32Array;
  fpLo: Uint32Array;
}

/**
 * Rounds of phase two at most for one file. A cut against a first copy can glue or split the lines
 * left around it into a unit the file did not have, whose key was not looked up: the file is then
 * decided again with that key too (decideAgainst).
 */
export const DECIDE_ROUNDS = 3;

/**
 * Phase two for an analyzed file: cleaned against the first copies `sources` names. With `looked`
 * (the exact keys looked up for it; not given in the last round), the keys of the lookers its
 * output has and `looked` lacks, when there are any, instead of a result: the caller looks them up
 * too and decides the file again. Exact keys only: every claim of one is kept wherever the claims
 * are (a shingle that one file alone held is not, shared-claims.ts), so that every engine looks up
 * the same first copies.
 */
export function decideAgainst(a: Analysis, o: Options, rules: RuleSet, name: string, sources: SourcePackage, looked?: ExactKeys): { result: CleanResult } | { more: ExactKeys } {
  const context: CleanContext = { index: localIndex(sources, a), name, keepLast: looked !== undefined };
  const result = cleanAnalysis(a, o, rules, context);
  const last = context.last;
  if (!looked || !last || last.a === a) return { result };
  const seen = new U64Map(2 * looked.fpHi.length + 16);
  for (let k = 0; k < looked.fpHi.length; k++) seen.setIfAbsent(looked.fpHi[k] ?? 0, looked.fpLo[k] ?? 0, 0);
  const hi: number[] = [];
  const lo: number[] = [];
  for (const j of lookersOf(last.a, o)) {
    const v = last.a.units[j]!;
    if (last.decisions[j] === null && seen.setIfAbsent(v.fpHi, v.fpLo, 0)) hi.push(v.fpHi), lo.push(v.fpLo);
  }
  return hi.length === 0 ? { result } : { more: { fpHi: Uint32Array.from(hi), fpLo: Uint32Array.from(lo) } };
}
