// What has been kept so far, across one text or a whole run: exact fingerprints and sampled shingles
// of kept units, plus the fingerprint and line span of every unit of every text, so that a duplicate
// can name where its kept copy stands and neighbours can be compared.
import { factsOf, lostFacts, mayHoldFacts } from "./facts.js";
import { U32Map, U64Map } from "./hash-table.js";
import { KeptTexts } from "./kept-texts.js";
import { normalizeForHash } from "./normalize.js";

const NO_FACTS: ReadonlySet<string> = new Set();

/** A unit of a text of the run. */
export interface UnitRef {
  doc: number;
  unit: number;
}

interface DocUnits {
  name: string | undefined;
  fpHi: Uint32Array;
  fpLo: Uint32Array;
  first: Int32Array;
  last: Int32Array;
  /** UnitInfo.raw of each unit. */
  raw: Uint32Array;
}

/** A text cleaned in segments: arrays grown with room to spare, `n` units in use. */
interface Segmented {
  n: number;
  /** Where the current segment's units start. */
  base: number;
}

/** A text's share of an index, as exportDocument() gives it and importDocument() takes it. */
export interface IndexedText {
  fpHi: Uint32Array;
  fpLo: Uint32Array;
  first: Int32Array;
  last: Int32Array;
  /** UnitInfo.raw of each unit. */
  raw: Uint32Array;
  /** Per record: its text when it may hold a fact (the first law reads it), else undefined. */
  recText: (string | undefined)[];
  /** Per record: the unit (among `fpHi`...), the exact key it holds (0, 0: none) and its shingles. */
  recUnit: Int32Array;
  recHi: Uint32Array;
  recLo: Uint32Array;
  recShingles: ArrayLike<number>[];
}

/** What the index held when a cleaning began (see begin()). */
export interface IndexMark {
  docs: number;
  records: number;
  /** The segmented state of every segmented text then. */
  segmented: Map<number, Segmented>;
}

export class DedupIndex {
  readonly exact: U64Map;
  readonly shingles: U32Map;
  private readonly docs: DocUnits[] = [];
  // Registered (kept) units by id: the value stored in the maps.
  private readonly recDoc: number[] = [];
  private readonly recUnit: number[] = [];
  // Where each record's unit stands in its text (see markdown/sections.ts); 0: not known.
  private readonly recPlace: number[] = [];
  // Skeletons (doc-salted) of kept units -> their words hash; keys added since begin(), for rollback().
  private readonly skeletons = new Map<number, number>();
  // The skeleton keys noted since begin(): a set, since formulaLapsed() asks whether a note is new.
  private readonly skeletonLog = new Set<number>();
  // The text of each kept unit, as UTF-8 outside the heap (kept-texts.ts): a duplicate of it is cut
  // only when this text holds every fact of the duplicate, and a near copy's report reads it.
  private readonly recText = new KeptTexts();
  // Facts of kept texts that were hit, by record id: a popular kept copy is read once.
  private readonly factCache = new Map<number, Set<string>>();
  // Kept texts that were hit, decoded, by record id: a popular kept copy (a footer every page of a
  // site repeats) is decoded once, not at every copy of it.
  private readonly textCache = new Map<number, string>();
  private readonly segmented = new Map<number, Segmented>();
  // Keys inserted since begin(), so that rollback() can take them out again.
  private exactLog: number[] = [];
  private shingleLog: number[] = [];

  // With journal(): the exact key and the shingles each record inserted, so that a text's share of
  // the index can be exported (exportDocument) and added to another index later (importDocument).
  private journaled: { hi: number[]; lo: number[]; sh: (number[] | undefined)[] } | null = null;

  constructor(expectedUnits = 1024) {
    this.exact = new U64Map(expectedUnits);
    this.shingles = new U32Map(expectedUnits * 4);
  }

  /** Keeps, from now on, the keys each record inserts: needed by exportDocument(). */
  journal(): this {
    this.journaled = { hi: [], lo: [], sh: [] };
    return this;
  }

  /**
   * A text's units and its records with the keys they hold, as plain arrays: what cleaning the text
   * alone put in the index (journal() must have been called before).
   */
  exportDocument(doc: number): IndexedText {
    const d = this.docs[doc];
    const j = this.journaled;
    if (!d || !j) throw new RangeError(`no journaled document ${doc}`);
    const n = this.segmented.get(doc)?.n ?? d.fpHi.length;
    const recUnit: number[] = [];
    const recHi: number[] = [];
    const recLo: number[] = [];
    const recShingles: number[][] = [];
    const recText: (string | undefined)[] = [];
    for (let r = 0; r < this.recDoc.length; r++) {
      if (this.recDoc[r] !== doc) continue;
      recText.push(this.recText.get(r));
      const hi = j.hi[r] ?? 0;
      const lo = j.lo[r] ?? 0;
      const held = (hi !== 0 || lo !== 0) && this.exact.get(hi, lo) === r;
      recUnit.push(this.recUnit[r] ?? 0);
      recHi.push(held ? hi : 0);
      recLo.push(held ? lo : 0);
      recShingles.push((j.sh[r] ?? []).filter((h) => this.shingles.get(h) === r));
    }
    return {
      fpHi: d.fpHi.slice(0, n),
      fpLo: d.fpLo.slice(0, n),
      first: d.first.slice(0, n),
      last: d.last.slice(0, n),
      raw: d.raw.slice(0, n),
      recText,
      recUnit: Int32Array.from(recUnit),
      recHi: Uint32Array.from(recHi),
      recLo: Uint32Array.from(recLo),
      recShingles,
    };
  }

  /** Adds a text exported by exportDocument(): its kept units become sources, first holder of a key wins. */
  importDocument(name: string | undefined, t: IndexedText): number {
    const doc = this.addDocument(name, t);
    for (let i = 0; i < t.recUnit.length; i++) {
      const id = this.record(doc, t.recUnit[i] ?? 0, t.recText[i] ?? "");
      const hi = t.recHi[i] ?? 0;
      const lo = t.recLo[i] ?? 0;
      if (hi !== 0 || lo !== 0) this.exact.setIfAbsent(hi, lo, id);
      const sh = t.recShingles[i] ?? [];
      for (let k = 0; k < sh.length; k++) this.shingles.setIfAbsent(sh[k] ?? 0, id);
    }
    return doc;
  }

  /** Starts a text; returns its number. */
  addDocument(name: string | undefined, units: Omit<DocUnits, "name">): number {
    // Wordings are compared within one text only: the last text's are of no more use.
    this.skeletons.clear();
    this.skeletonLog.clear();
    this.docs.push({ name, ...packed(units, units.fpHi.length, units.fpHi.length) });
    return this.docs.length - 1;
  }

  /**
   * Adds the next segment of a text cleaned in segments (a stream): its units are numbered after
   * those already in, its line spans shifted by `lineOffset`, so that records, spans and
   * neighbours read as one text. record() then takes unit numbers within the segment.
   */
  extendDocument(doc: number, units: Omit<DocUnits, "name">, lineOffset: number): number {
    const d = this.docs[doc];
    if (!d) throw new RangeError(`no document ${doc}`);
    const seg = this.segmented.get(doc) ?? { n: d.fpHi.length, base: 0 };
    const n = seg.n + units.fpHi.length;
    if (n > d.fpHi.length) {
      Object.assign(d, packed(d, Math.max(n, d.fpHi.length * 2, 1024), seg.n));
    }
    d.fpHi.set(units.fpHi, seg.n);
    d.fpLo.set(units.fpLo, seg.n);
    d.raw.set(units.raw, seg.n);
    for (let i = 0; i < units.fpHi.length; i++) {
      d.first[seg.n + i] = (units.first[i] ?? 0) + lineOffset;
      d.last[seg.n + i] = (units.last[i] ?? 0) + lineOffset;
    }
    this.segmented.set(doc, { n, base: seg.n });
    return doc;
  }

  /** Stores a kept unit's fingerprint for record `id`, unless one is there. */
  addExact(hi: number, lo: number, id: number): void {
    if (!this.exact.setIfAbsent(hi, lo, id)) return;
    this.exactLog.push(hi, lo);
    if (this.journaled) {
      this.journaled.hi[id] = hi;
      this.journaled.lo[id] = lo;
    }
  }

  /** Stores a kept unit's shingle for record `id`, unless one is there. */
  addShingle(hash: number, id: number): void {
    if (!this.shingles.setIfAbsent(hash, id)) return;
    this.shingleLog.push(hash);
    if (this.journaled) (this.journaled.sh[id] ??= []).push(hash);
  }

  /** Starts a cleaning that rollback() can undo until commit(). */
  begin(): IndexMark {
    this.exactLog = [];
    this.shingleLog = [];
    this.skeletonLog.clear();
    const segmented = new Map<number, Segmented>();
    for (const [doc, seg] of this.segmented) segmented.set(doc, { ...seg });
    return { docs: this.docs.length, records: this.recDoc.length, segmented };
  }

  /** Takes back every text, unit and key added since `mark`. */
  rollback(mark: IndexMark): void {
    const ex = this.exactLog;
    for (let i = ex.length - 2; i >= 0; i -= 2) this.exact.delete(ex[i] ?? 0, ex[i + 1] ?? 0);
    const sh = this.shingleLog;
    for (let i = sh.length - 1; i >= 0; i--) this.shingles.delete(sh[i] ?? 0);
    this.exactLog = [];
    this.shingleLog = [];
    for (const key of this.skeletonLog) this.skeletons.delete(key);
    this.skeletonLog.clear();
    this.docs.length = mark.docs;
    this.recDoc.length = mark.records;
    this.recUnit.length = mark.records;
    this.recPlace.length = Math.min(this.recPlace.length, mark.records);
    if (this.journaled) for (const a of [this.journaled.hi, this.journaled.lo, this.journaled.sh]) a.length = Math.min(a.length, mark.records);
    this.recText.truncate(mark.records);
    for (const id of this.factCache.keys()) if (id >= mark.records) this.factCache.delete(id);
    for (const id of this.textCache.keys()) if (id >= mark.records) this.textCache.delete(id);
    this.segmented.clear();
    for (const [doc, seg] of mark.segmented) if (doc < mark.docs) this.segmented.set(doc, { ...seg });
  }

  /** Ends the cleaning begun at the last begin(): its additions stay. */
  commit(): void {
    this.exactLog = [];
    this.shingleLog = [];
    this.skeletonLog.clear();
  }

  /** Units of `doc` recorded (kept and registered) since `mark`, in order. */
  recordedSince(mark: IndexMark, doc: number): number[] {
    const out: number[] = [];
    const base = this.segmented.get(doc)?.base ?? 0;
    for (let r = mark.records; r < this.recDoc.length; r++) if (this.recDoc[r] === doc) out.push((this.recUnit[r] ?? 0) - base);
    return out;
  }

  /** Record id of each unit of `doc` (numbered in the last segment) recorded since `mark`. */
  recordIds(mark: IndexMark, doc: number): Map<number, number> {
    const out = new Map<number, number>();
    const base = this.segmented.get(doc)?.base ?? 0;
    for (let r = mark.records; r < this.recDoc.length; r++) if (this.recDoc[r] === doc) out.set((this.recUnit[r] ?? 0) - base, r);
    return out;
  }

  /**
   * Takes back the keys record `id` (made since begin()) holds among its unit's fingerprint
   * `hi:lo` and shingles `hashes`, as if it had never been made: only exact, since a key it holds
   * was inserted by it. The record points nowhere after.
   */
  forget(id: number, hi: number, lo: number, hashes: ArrayLike<number>): void {
    if (this.exact.get(hi, lo) === id) this.exact.delete(hi, lo);
    for (let i = 0; i < hashes.length; i++) if (this.shingles.get(hashes[i] ?? 0) === id) this.shingles.delete(hashes[i] ?? 0);
    this.recDoc[id] = -1;
  }

  /**
   * Keeps only the units of `doc`'s last segment (its whole text when not segmented) for which
   * `kept` holds, numbered among the kept ones, so that a neighbour of a kept copy is the unit a
   * later run over the clean text sees beside it. No unit recorded since `mark` may be dropped.
   */
  keepOnly(doc: number, kept: (unit: number) => boolean, mark: IndexMark): void {
    const d = this.docs[doc];
    if (!d) throw new RangeError(`no document ${doc}`);
    const seg = this.segmented.get(doc);
    const base = seg?.base ?? 0;
    const n = seg?.n ?? d.fpHi.length;
    const renumber = new Int32Array(n - base);
    let w = base;
    for (let u = base; u < n; u++) {
      if (!kept(u - base)) {
        renumber[u - base] = -1;
        continue;
      }
      renumber[u - base] = w;
      d.fpHi[w] = d.fpHi[u] ?? 0;
      d.fpLo[w] = d.fpLo[u] ?? 0;
      d.raw[w] = d.raw[u] ?? 0;
      d.first[w] = d.first[u] ?? 0;
      d.last[w] = d.last[u] ?? 0;
      w++;
    }
    if (seg) seg.n = w;
    else Object.assign(d, packed(d, w, w));
    for (let r = mark.records; r < this.recDoc.length; r++) {
      if (this.recDoc[r] !== doc) continue;
      const to = renumber[(this.recUnit[r] ?? 0) - base] ?? -1;
      if (to < 0) throw new Error("keepOnly: a recorded unit was dropped");
      this.recUnit[r] = to;
    }
  }

  /** Texts in the index. */
  get documents(): number {
    return this.docs.length;
  }

  docName(doc: number): string | undefined {
    return this.docs[doc]?.name;
  }

  /**
   * Set while the texts record() is given are slices of one text known to hold no lone surrogate
   * (cleanAnalysis() sets it for a segment decoded from UTF-8, around the calls that record its
   * units): the kept texts then read only a slice's ends for half a pair (KeptTexts.push()).
   */
  slicesOfWellFormed = false;

  /** Records a kept unit whose text (prefix stripped) is `text`; returns the id the maps store for it. */
  record(doc: number, unit: number, text: string): number {
    this.recDoc.push(doc);
    this.recUnit.push(unit + (this.segmented.get(doc)?.base ?? 0));
    // Every kept text is kept, for the facts of a copy and for what differs in a near copy.
    this.recText.push(text, this.slicesOfWellFormed);
    const id = this.recDoc.length - 1;
    // A number taken back by rollback() and given again: nothing read of the old text stays.
    this.textCache.delete(id);
    this.factCache.delete(id);
    return id;
  }

  /** The text of the kept unit of record `id` (prefix stripped). */
  keptText(id: number): string {
    let t = this.textCache.get(id);
    if (t === undefined) {
      if (id < 0 || id >= this.recText.length) return "";
      if (this.textCache.size >= 4096) this.textCache.clear();
      this.textCache.set(id, (t = this.recText.get(id)));
    }
    return t;
  }

  /** Notes where record `id`'s unit stands in its text (a place code, see markdown/places.ts). */
  setPlace(id: number, place: number): void {
    this.recPlace[id] = place;
  }

  /** The place code of record `id`, 0 when none was noted. */
  placeOf(id: number): number {
    return this.recPlace[id] ?? 0;
  }

  /** Notes the wording of record `id`'s unit (two non-zero hashes, see authored-copies.ts). */
  setWording(id: number, skeleton: number, words: number): void {
    const key = saltedSkeleton(skeleton, this.recDoc[id] ?? 0);
    if (!this.skeletons.has(key)) {
      this.skeletons.set(key, words);
      this.skeletonLog.add(key);
    }
  }

  /**
   * Takes back the note of this skeleton in `doc` where it was made in the cleaning begun last
   * with these words (by a record forget() takes back, or by a kept one with the same words, which
   * its caller notes again); returns whether it did.
   */
  dropWording(doc: number, skeleton: number, words: number): boolean {
    const key = saltedSkeleton(skeleton, doc);
    if (!this.skeletonLog.has(key) || this.skeletons.get(key) !== words) return false;
    this.skeletons.delete(key);
    this.skeletonLog.delete(key);
    return true;
  }

  /** Whether the note of this skeleton in `doc` was made in the cleaning begun last (begin()): rollback() takes it back. */
  notedSinceBegin(doc: number, skeleton: number): boolean {
    return this.skeletonLog.has(saltedSkeleton(skeleton, doc));
  }

  /** The words of the first unit of `doc` noted with this skeleton (setWording), if any. */
  notedWords(doc: number, skeleton: number): number | undefined {
    return this.skeletons.get(saltedSkeleton(skeleton, doc));
  }

  /** True when a kept unit of `doc` has this skeleton with other words (see authored-copies.ts). */
  hasOtherWording(doc: number, skeleton: number, words: number): boolean {
    const w = this.skeletons.get(saltedSkeleton(skeleton, doc));
    return w !== undefined && w !== words;
  }

  /**
   * Whether record `id` reads as `text` does once normalized (what their exact fingerprints hash):
   * an exact copy is cut only when its kept copy is the same text, not on the fingerprint alone (two
   * texts of one 64-bit fingerprint, or a first copy named wrongly, would lose a paragraph).
   */
  sameText(id: number, text: string): boolean {
    const kept = this.keptText(id);
    return kept === text || normalizeForHash(kept) === normalizeForHash(text);
  }

  /** The facts of `text` that the kept unit of record `id` lacks (none: a cut loses nothing); `mine`: the facts of `text`, when known. */
  factsLost(id: number, text: string, mine?: ReadonlySet<string>): string[] {
    if (id < 0 || id >= this.recText.length) return lostFacts(text, NO_FACTS, mine);
    const kept = this.keptText(id);
    if (kept === text) return [];
    if (!mayHoldFacts(kept)) return lostFacts(text, NO_FACTS, mine);
    let facts = this.factCache.get(id);
    if (!facts) {
      if (this.factCache.size >= 4096) this.factCache.clear();
      this.factCache.set(id, (facts = factsOf(kept)));
    }
    return lostFacts(text, facts, mine);
  }

  /** The number in `doc` of its last segment's first unit (0 for a text not segmented): unitOf() numbers units in the whole text. */
  segmentBase(doc: number): number {
    return this.segmented.get(doc)?.base ?? 0;
  }

  unitOf(id: number): UnitRef {
    return { doc: this.recDoc[id] ?? 0, unit: this.recUnit[id] ?? 0 };
  }

  /** 0-based line span of a unit. */
  span(ref: UnitRef): { first: number; last: number } {
    const d = this.docs[ref.doc];
    return { first: d?.first[ref.unit] ?? 0, last: d?.last[ref.unit] ?? 0 };
  }

  /** True when unit `unit` of text `doc` exists and has the (non-zero) fingerprint hi:lo. */
  unitHasFingerprint(doc: number, unit: number, hi: number, lo: number): boolean {
    const d = this.docs[doc];
    if (!d || unit < 0 || unit >= (this.segmented.get(doc)?.n ?? d.fpHi.length) || (hi === 0 && lo === 0)) return false;
    return d.fpHi[unit] === hi && d.fpLo[unit] === lo;
  }

  /** UnitInfo.raw of a unit (0 when it has none or does not exist). */
  unitRaw(ref: UnitRef): number {
    return this.docs[ref.doc]?.raw[ref.unit] ?? 0;
  }

  /** Bytes held by the lookup tables. */
  get tableBytes(): number {
    return this.exact.byteLength + this.shingles.byteLength;
  }

  /** Bytes reserved for the kept units' texts. */
  get textBytes(): number {
    return this.recText.byteLength;
  }
}

/**
 * The five columns of a text's units in one buffer of room for `cap` units, the first `n` copied
 * from `from`: one ArrayBuffer a text instead of five. Over 20,000 texts, the 60,000 buffers fewer,
 * each with its own allocation and V8 object, took 12 MB off the peak of a batch run.
 */
function packed(from: Omit<DocUnits, "name">, cap: number, n: number): Omit<DocUnits, "name"> {
  const buf = new ArrayBuffer(20 * cap);
  const to = { fpHi: new Uint32Array(buf, 0, cap), fpLo: new Uint32Array(buf, 4 * cap, cap), first: new Int32Array(buf, 8 * cap, cap), last: new Int32Array(buf, 12 * cap, cap), raw: new Uint32Array(buf, 16 * cap, cap) };
  to.fpHi.set(from.fpHi.subarray(0, n));
  to.fpLo.set(from.fpLo.subarray(0, n));
  to.first.set(from.first.subarray(0, n));
  to.last.set(from.last.subarray(0, n));
  to.raw.set(from.raw.subarray(0, n));
  return to;
}

/**
 * The key of a skeleton in a text: a signed 32-bit number, a small integer to V8, which a `Map`
 * hashes at once (as an unsigned number, half the keys were heap numbers, hashed and compared as
 * doubles: setWording was 1.7 % of `--exact`'s profile on 10 MB).
 */
function saltedSkeleton(skeleton: number, doc: number): number {
  return Math.imul(doc + 1, 0x9e3779b1) ^ skeleton;
}
