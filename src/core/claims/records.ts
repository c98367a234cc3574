// The bytes of the records a run's store holds (claim-store.ts): a claimed unit's text and place,
// a file's name and unit table. Little-endian; texts as UTF-8.
import { NO_KEYS, type LookupKeys, type SourceFile, type UnitTable } from "./file-claims.js";

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
 * Where a blob's texts are: 0 in the file at its path (UTF-8: a spill file of the run, written in
 * phase one); 3 in the blob itself (UTF-8), when no spill file could be written.
 */
export type TextCoding = 0 | 3;

export const INLINE: TextCoding = 3;

/**
 * A file's records in one blob (shared-claims.ts): its file record, the path its claiming texts
 * are read from (a spill file of the run) and where they are, then per claiming unit, in unit
 * order, its index, place, and where its text stands there ([from, to), UTF-8 bytes) with a hash of
 * that text. The texts themselves are not kept in memory (they were 192 of the 207 MB of records on
 * the 213 MB bench tree): phase two reads each first copy back, and the hash tells a text that did
 * not come back whole.
 * Then the keys of the lookers the file's output added (file-claims.ts, addedLookups), which phase
 * two looks up with those of the file's own units.
 * With `texts` (coding INLINE) the texts follow, as UTF-8, and the spans are where they stand there.
 * [file record length: u32][file record][pad][path length: u32][path][pad][coding: u32][count: u32]
 * [unit: i32 × count][place: i32 × count][from: u32 × count][to: u32 × count][hash: u32 × count]
 * [added: u32][shingles: u32][fpHi: u32 × added][fpLo: u32 × added][shingle: u32 × shingles][texts]
 */
export function encodeFileBlob(name: string, path: string, coding: TextCoding, u: UnitTable, claimed: ArrayLike<number>, places: ArrayLike<number>, spans: ArrayLike<number>, hashes: ArrayLike<number>, texts?: readonly string[], added: LookupKeys = NO_KEYS): Uint8Array {
  const rec = encodeFileRecord(name, u);
  const p = enc.encode(path);
  const n = claimed.length;
  const at = (4 + rec.length + 3) & ~3;
  const head = (at + 4 + p.length + 3) & ~3;
  const bodies = texts?.map((t) => enc.encode(t)) ?? [];
  const inline = bodies.reduce((s, b) => s + b.length, 0);
  const keysFrom = head + 8 + 20 * n;
  const textsAt = keysFrom + 8 + 4 * (2 * added.fpHi.length + added.shingles.length);
  const out = new Uint8Array(textsAt + inline);
  if (texts) {
    coding = INLINE;
    let end = 0;
    const own: number[] = [];
    for (const b of bodies) {
      out.set(b, textsAt + end);
      own.push(end, end + b.length);
      end += b.length;
    }
    spans = own;
  }
  const v = new DataView(out.buffer);
  v.setUint32(0, rec.length, true);
  out.set(rec, 4);
  v.setUint32(at, p.length, true);
  out.set(p, at + 4);
  v.setUint32(head, coding, true);
  v.setUint32(head + 4, n, true);
  const cols = head + 8;
  for (let k = 0; k < n; k++) {
    v.setInt32(cols + 4 * k, claimed[k] ?? 0, true);
    v.setInt32(cols + 4 * (n + k), places[k] ?? 0, true);
    v.setUint32(cols + 4 * (2 * n + k), spans[2 * k] ?? 0, true);
    v.setUint32(cols + 4 * (3 * n + k), spans[2 * k + 1] ?? 0, true);
    v.setUint32(cols + 4 * (4 * n + k), hashes[k] ?? 0, true);
  }
  v.setUint32(keysFrom, added.fpHi.length, true);
  v.setUint32(keysFrom + 4, added.shingles.length, true);
  let put = keysFrom + 8;
  for (const col of [added.fpHi, added.fpLo, added.shingles]) {
    for (let i = 0; i < col.length; i++) v.setUint32(put + 4 * i, col[i] ?? 0, true);
    put += 4 * col.length;
  }
  return out;
}

/** Where a blob's added lookers' keys begin (after its claiming units' columns). */
function keysAt(v: DataView): number {
  const head = blobHead(v);
  return head + 8 + 20 * v.getUint32(head + 4, true);
}

/** The keys of the lookers a blob's file added (encodeFileBlob). */
export function blobAdded(blob: Uint8Array): LookupKeys {
  const v = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  const at = keysAt(v);
  const n = v.getUint32(at, true);
  const s = v.getUint32(at + 4, true);
  if (n === 0 && s === 0) return NO_KEYS;
  let from = at + 8;
  const col = (len: number): Uint32Array => {
    const out = new Uint32Array(len);
    for (let i = 0; i < len; i++) out[i] = v.getUint32(from + 4 * i, true);
    from += 4 * len;
    return out;
  };
  return { fpHi: col(n), fpLo: col(n), shingles: col(s) };
}

/** The file record of a blob. */
export function blobFile(file: number, blob: Uint8Array): SourceFile {
  const len = new DataView(blob.buffer, blob.byteOffset, blob.byteLength).getUint32(0, true);
  return decodeFileRecord(file, blob.subarray(4, 4 + len));
}

function blobHead(v: DataView): number {
  const at = (4 + v.getUint32(0, true) + 3) & ~3;
  return (at + 4 + v.getUint32(at, true) + 3) & ~3;
}

/** The path a blob's file is read from, and how its bytes decode. */
export function blobPath(blob: Uint8Array): { path: string; coding: TextCoding } {
  const v = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  const at = (4 + v.getUint32(0, true) + 3) & ~3;
  return { path: dec.decode(blob.subarray(at + 4, at + 4 + v.getUint32(at, true))), coding: v.getUint32(blobHead(v), true) as TextCoding };
}

/** The texts a blob holds itself (coding INLINE); null when they are to be read from its file. */
export function blobTexts(blob: Uint8Array): Uint8Array | null {
  const v = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  if (v.getUint32(blobHead(v), true) !== INLINE) return null;
  const at = keysAt(v);
  return blob.subarray(at + 8 + 4 * (2 * v.getUint32(at, true) + v.getUint32(at + 4, true)));
}

/** Where the text of a claiming unit stands among its file's bytes, and its place. */
export interface UnitSpan {
  place: number;
  from: number;
  to: number;
  /** spanHash of the text. */
  hash: number;
}

/** The place and byte span of claiming unit `unit` in a blob; null when the unit claims nothing. */
export function blobUnit(blob: Uint8Array, unit: number): UnitSpan | null {
  const v = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  const head = blobHead(v);
  const n = v.getUint32(head + 4, true);
  const cols = head + 8;
  let lo = 0;
  let hi = n - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const u = v.getInt32(cols + 4 * mid, true);
    if (u < unit) lo = mid + 1;
    else if (u > unit) hi = mid - 1;
    else {
      const col = (c: number): number => v.getUint32(cols + 4 * (c * n + mid), true);
      return { place: v.getInt32(cols + 4 * (n + mid), true), from: col(2), to: col(3), hash: col(4) };
    }
  }
  return null;
}

/** FNV-1a of the UTF-16 units of text[from, to): tells a unit's text from what its file holds later. */
export function spanHash(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** The text of UTF-8 bytes `b` (a span a blob names); null when they do not decode. */
export function decodeSpan(b: Uint8Array): string | null {
  try {
    return utf8.decode(b);
  } catch {
    return null;
  }
}
