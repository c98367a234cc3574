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
  private readonly docFps: { hi: Uint32Array; lo: Uint32Array }[] = [];

  constructor(expectedUnits = 1024) {
    this.exact = new U64Map(expectedUnits);
    this.shingles = new U32Map(expectedUnits * 4);
  }

  /** Starts a document; returns its number. */
  addDocument(name: string | undefined, fpHi: Uint32Array, fpLo: Uint32Array): number {
    this.docs.push(name);
    this.docFps.push({ hi: fpHi, lo: fpLo });
    return this.docs.length - 1;
  }

  docName(doc: number): string | undefined {
    return this.docs[doc];
  }

  /** Records a kept unit and returns its id (the value stored in the maps). */
  record(doc: number, unit: number, first: number, last: number): number {
    this.recDoc.push(doc);
    this.recUnit.push(unit);
    this.recFirst.push(first);
    this.recLast.push(last);
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
    if (!f || unit < 0 || unit >= f.hi.length) return false;
    return f.hi[unit] === hi && f.lo[unit] === lo && (hi !== 0 || lo !== 0);
  }

  /** Bytes held by the lookup tables. */
  get tableBytes(): number {
    return this.exact.byteLength + this.shingles.byteLength;
  }
}
