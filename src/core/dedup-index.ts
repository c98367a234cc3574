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

export class DedupIndex {
  readonly exact: U64Map;
  readonly shingles: U32Map;
  private readonly docs: DocUnits[] = [];
  // Registered (kept) units by id: the value stored in the maps.
  private readonly recDoc: number[] = [];
  private readonly recUnit: number[] = [];

  constructor(expectedUnits = 1024) {
    this.exact = new U64Map(expectedUnits);
    this.shingles = new U32Map(expectedUnits * 4);
  }

  /** Starts a text; returns its number. */
  addDocument(name: string | undefined, units: Omit<DocUnits, "name">): number {
    this.docs.push({ name, ...units });
    return this.docs.length - 1;
  }

  docName(doc: number): string | undefined {
    return this.docs[doc]?.name;
  }

  /** Records a kept unit; returns the id the maps store for it. */
  record(doc: number, unit: number): number {
    this.recDoc.push(doc);
    this.recUnit.push(unit);
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
    if (!d || unit < 0 || unit >= d.fpHi.length || (hi === 0 && lo === 0)) return false;
    return d.fpHi[unit] === hi && d.fpLo[unit] === lo;
  }

  /** Bytes held by the lookup tables. */
  get tableBytes(): number {
    return this.exact.byteLength + this.shingles.byteLength;
  }
}
