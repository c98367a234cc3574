// What has been kept so far, across one text or a whole run: exact fingerprints and sampled shingles
// of kept units, and a record of every unit so that a duplicate can name where its kept copy stands.
import { U32Map, U64Map } from "./hash-table.js";

export interface UnitRecord {
  doc: number;
  unit: number;
  /** 0-based line span in its document. */
  first: number;
  last: number;
}

export class DedupIndex {
  readonly exact: U64Map;
  readonly shingles: U32Map;
  private readonly docs: (string | undefined)[] = [];
  // Records of registered units, by id; parallel arrays keep them compact.
  private readonly recDoc: number[] = [];
  private readonly recUnit: number[] = [];
  private readonly recFirst: number[] = [];
  private readonly recLast: number[] = [];
  // Exact fingerprint of every unit of every document, by document, so that neighbours can be compared.
  private readonly docFps: { hi: Uint32Array; lo: Uint32Array; n: number }[] = [];
  // Where the current segment of each document starts (0 unless the text comes in segments).
  private readonly docUnitBase: number[] = [];
  private readonly docLineBase: number[] = [];

  constructor(expectedUnits = 1024) {
    this.exact = new U64Map(expectedUnits);
    this.shingles = new U32Map(expectedUnits * 4);
  }

  /** Starts a document; returns its number. */
  addDocument(name: string | undefined, fpHi: Uint32Array, fpLo: Uint32Array): number {
    this.docs.push(name);
    this.docFps.push({ hi: fpHi, lo: fpLo, n: fpHi.length });
    this.docUnitBase.push(0);
    this.docLineBase.push(0);
    return this.docs.length - 1;
  }

  /**
   * Adds the next segment of a text that is cleaned in segments (a stream): its units and lines
   * are numbered after the ones already added, so records and neighbours read as one text.
   */
  extendDocument(doc: number, fpHi: Uint32Array, fpLo: Uint32Array, lineOffset: number): number {
    const f = this.docFps[doc];
    if (!f) throw new RangeError(`no document ${doc}`);
    const n = f.n + fpHi.length;
    if (n > f.hi.length) {
      const cap = Math.max(n, f.hi.length * 2, 1024);
      const hi = new Uint32Array(cap);
      const lo = new Uint32Array(cap);
      hi.set(f.hi.subarray(0, f.n));
      lo.set(f.lo.subarray(0, f.n));
      f.hi = hi;
      f.lo = lo;
    }
    f.hi.set(fpHi, f.n);
    f.lo.set(fpLo, f.n);
    this.docUnitBase[doc] = f.n;
    this.docLineBase[doc] = lineOffset;
    f.n = n;
    return doc;
  }

  docName(doc: number): string | undefined {
    return this.docs[doc];
  }

  /** Records a kept unit (numbered within its segment) and returns its id (the value stored in the maps). */
  record(doc: number, unit: number, first: number, last: number): number {
    const line = this.docLineBase[doc] ?? 0;
    this.recDoc.push(doc);
    this.recUnit.push(unit + (this.docUnitBase[doc] ?? 0));
    this.recFirst.push(first + line);
    this.recLast.push(last + line);
    return this.recDoc.length - 1;
  }

  get(id: number): UnitRecord {
    return {
      doc: this.recDoc[id] ?? 0,
      unit: this.recUnit[id] ?? 0,
      first: this.recFirst[id] ?? 0,
      last: this.recLast[id] ?? 0,
    };
  }

  /** True when unit `unit` of document `doc` has the fingerprint (hi, lo). */
  unitHasFingerprint(doc: number, unit: number, hi: number, lo: number): boolean {
    const f = this.docFps[doc];
    if (!f || unit < 0 || unit >= f.n) return false;
    return f.hi[unit] === hi && f.lo[unit] === lo && (hi !== 0 || lo !== 0);
  }

  /** Bytes held by the lookup tables. */
  get tableBytes(): number {
    return this.exact.byteLength + this.shingles.byteLength;
  }
}
