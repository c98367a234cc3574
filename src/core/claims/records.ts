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
