// The bytes of the records a run's store holds (claim-store.ts): a claimed unit's text and place,
// a file's name and unit table. Little-endian; texts as UTF-8.
import type { SourceFile, UnitTable } from "./file-claims.js";

const enc = new TextEncoder();
const dec = new TextDecoder();

/** [place: i32][text: UTF-8] */
export function encodeUnitRecord(text: string, place: number): Uint8Array {
  const t = enc.encode(text);
  const out = new Uint8Array(4 + t.length);
  new DataView(out.buffer).setInt32(0, place, true);
  out.set(t, 4);
  return out;
}

export function decodeUnitRecord(b: Uint8Array): { text: string; place: number } {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return { place: v.getInt32(0, true), text: dec.decode(b.subarray(4)) };
}

/** [name length: u32][name][units: u32][fpHi][fpLo][first][last][raw] (u32/i32 each) */
export function encodeFileRecord(name: string, u: UnitTable): Uint8Array {
  const nm = enc.encode(name);
  const n = u.fpHi.length;
  const head = 8 + nm.length;
  const pad = (4 - (head % 4)) % 4;
  const out = new Uint8Array(head + pad + 20 * n);
  const v = new DataView(out.buffer);
  v.setUint32(0, nm.length, true);
  out.set(nm, 4);
  v.setUint32(4 + nm.length, n, true);
  let at = head + pad;
  for (const col of [u.fpHi, u.fpLo, u.first, u.last, u.raw]) {
    for (let i = 0; i < n; i++) v.setUint32(at + 4 * i, (col[i] ?? 0) >>> 0, true);
    at += 4 * n;
  }
  return out;
}

export function decodeFileRecord(file: number, b: Uint8Array): SourceFile {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const len = v.getUint32(0, true);
  const name = dec.decode(b.subarray(4, 4 + len));
  const n = v.getUint32(4 + len, true);
  const head = 8 + len;
  let at = head + ((4 - (head % 4)) % 4);
  const col = (): Uint32Array => {
    const out = new Uint32Array(n);
    for (let i = 0; i < n; i++) out[i] = v.getUint32(at + 4 * i, true);
    at += 4 * n;
    return out;
  };
  const fpHi = col();
  const fpLo = col();
  const first = new Int32Array(col().buffer);
  const last = new Int32Array(col().buffer);
  const units: UnitTable = { fpHi, fpLo, first, last, raw: col() };
  return { file, name, units };
}

/**
 * A file's records in one blob (shared-claims.ts): its file record, then per claiming unit, in
 * unit order, its index, place and where its UTF-8 text ends.
 * [file record length: u32][file record][pad][count: u32][unit: i32 × count][place: i32 × count][text end: u32 × count][texts]
 */
export function encodeFileBlob(name: string, u: UnitTable, claimed: ArrayLike<number>, places: ArrayLike<number>, texts: readonly string[]): Uint8Array {
  const rec = encodeFileRecord(name, u);
  const bodies = texts.map((t) => enc.encode(t));
  const n = claimed.length;
  const head = (4 + rec.length + 3) & ~3;
  const textAt = head + 4 + 12 * n;
  const out = new Uint8Array(textAt + bodies.reduce((s, b) => s + b.length, 0));
  const v = new DataView(out.buffer);
  v.setUint32(0, rec.length, true);
  out.set(rec, 4);
  v.setUint32(head, n, true);
  let end = 0;
  for (let k = 0; k < n; k++) {
    v.setInt32(head + 4 + 4 * k, claimed[k] ?? 0, true);
    v.setInt32(head + 4 + 4 * (n + k), places[k] ?? 0, true);
    const b = bodies[k] ?? new Uint8Array(0);
    out.set(b, textAt + end);
    end += b.length;
    v.setUint32(head + 4 + 4 * (2 * n + k), end, true);
  }
  return out;
}

/** The file record of a blob. */
export function blobFile(file: number, blob: Uint8Array): SourceFile {
  const len = new DataView(blob.buffer, blob.byteOffset, blob.byteLength).getUint32(0, true);
  return decodeFileRecord(file, blob.subarray(4, 4 + len));
}

/** The text and place of claiming unit `unit` in a blob; null when the unit claims nothing. */
export function blobUnit(blob: Uint8Array, unit: number): { text: string; place: number } | null {
  const v = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  const head = (4 + v.getUint32(0, true) + 3) & ~3;
  const n = v.getUint32(head, true);
  let lo = 0;
  let hi = n - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const u = v.getInt32(head + 4 + 4 * mid, true);
    if (u < unit) lo = mid + 1;
    else if (u > unit) hi = mid - 1;
    else {
      const textAt = head + 4 + 12 * n;
      const from = mid === 0 ? 0 : v.getUint32(head + 4 + 4 * (2 * n + mid - 1), true);
      const to = v.getUint32(head + 4 + 4 * (2 * n + mid), true);
      return { place: v.getInt32(head + 4 + 4 * (n + mid), true), text: dec.decode(blob.subarray(textAt + from, textAt + to)) };
    }
  }
  return null;
}
