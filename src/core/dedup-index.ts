// What has been kept so far, across one text or a whole run: exact fingerprints and sampled shingles
// of kept units, plus the fingerprint and line span of every unit of every text, so that a duplicate
// can name where its kept copy stands and neighbours can be compared.
import { U32Map, U64Map } from "./hash-table.js";

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
}

/** A text cleaned in segments: arrays grown with room to spare, `n` units in use. */
interface Segmented {
  n: number;
  /** Where the current segment's units start. */
  base: number;
}

export class DedupIndex {
  readonly exact: U64Map;
  readonly shingles: U32Map;
  private readonly docs: DocUnits[] = [];
  // Registered (kept) units by id: the value stored in the maps.
  private readonly recDoc: number[] = [];
  private readonly recUnit: number[] = [];
  private readonly segmented = new Map<number, Segmented>();

  constructor(expectedUnits = 1024) {
    this.exact = new U64Map(expectedUnits);
    this.shingles = new U32Map(expectedUnits * 4);
  }

  /** Starts a text; returns its number. */
  addDocument(name: string | undefined, units: Omit<DocUnits, "name">): number {
    this.docs.push({ name, ...units });
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
      const cap = Math.max(n, d.fpHi.length * 2, 1024);
      d.fpHi = grown(d.fpHi, new Uint32Array(cap), seg.n);
      d.fpLo = grown(d.fpLo, new Uint32Array(cap), seg.n);
      d.first = grown(d.first, new Int32Array(cap), seg.n);
      d.last = grown(d.last, new Int32Array(cap), seg.n);
    }
    d.fpHi.set(units.fpHi, seg.n);
    d.fpLo.set(units.fpLo, seg.n);
    for (let i = 0; i < units.fpHi.length; i++) {
      d.first[seg.n + i] = (units.first[i] ?? 0) + lineOffset;
      d.last[seg.n + i] = (units.last[i] ?? 0) + lineOffset;
    }
    this.segmented.set(doc, { n, base: seg.n });
    return doc;
  }

  docName(doc: number): string | undefined {
    return this.docs[doc]?.name;
  }

  /** Records a kept unit; returns the id the maps store for it. */
  record(doc: number, unit: number): number {
    this.recDoc.push(doc);
    this.recUnit.push(unit + (this.segmented.get(doc)?.base ?? 0));
    return this.recDoc.length - 1;
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

  /** Bytes held by the lookup tables. */
  get tableBytes(): number {
    return this.exact.byteLength + this.shingles.byteLength;
  }
}

function grown<T extends Uint32Array | Int32Array>(from: T, to: T, n: number): T {
  to.set(from.subarray(0, n));
  return to;
}
