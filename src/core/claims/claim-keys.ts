// The binary keys of a run's claims and records (see claim-store.ts): a kind byte, then big-endian
// 32-bit words. Exact fingerprints and shingles carry a salt (the file's locale folder, see
// locales.ts), so files of different locales never claim each other's keys.

export const KIND_EXACT = 1;
export const KIND_SHINGLE = 2;
export const KIND_TEMPLATE = 3;
/** A claimed unit's record: its text and place (unit-records.ts). */
export const KIND_UNIT = 4;
/** A file's record: its name and unit table. */
export const KIND_FILE = 5;

function put(k: Uint8Array, at: number, v: number): void {
  k[at] = (v >>> 24) & 255;
  k[at + 1] = (v >>> 16) & 255;
  k[at + 2] = (v >>> 8) & 255;
  k[at + 3] = v & 255;
}

function key(kind: number, ...words: number[]): Uint8Array {
  const k = new Uint8Array(1 + 4 * words.length);
  k[0] = kind;
  words.forEach((w, i) => put(k, 1 + 4 * i, w >>> 0));
  return k;
}

/** 13 bytes: a unit's exact fingerprint under a locale salt. */
export function exactKey(salt: number, hi: number, lo: number): Uint8Array {
  return key(KIND_EXACT, salt, hi, lo);
}

/** 9 bytes: a sampled shingle hash under a locale salt. */
export function shingleKey(salt: number, hash: number): Uint8Array {
  return key(KIND_SHINGLE, salt, hash);
}

/** 9 bytes: a line template (learned-lines.ts). */
export function templateKey(hi: number, lo: number): Uint8Array {
  return key(KIND_TEMPLATE, hi, lo);
}

/** 9 bytes: the record of unit `unit` of file `file`. */
export function unitKey(file: number, unit: number): Uint8Array {
  return key(KIND_UNIT, file, unit);
}

/** 5 bytes: the record of file `file`. */
export function fileKey(file: number): Uint8Array {
  return key(KIND_FILE, file);
}

/** The salt of a locale folder ("" -> 0): FNV-1a of its UTF-16 code units. */
export function localeSalt(locale: string): number {
  if (locale === "") return 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < locale.length; i++) h = Math.imul(h ^ locale.charCodeAt(i), 0x01000193);
  return h >>> 0 || 1;
}

/** Exact and shingle keys as columns of numbers (w2 is 0 for a shingle): what the engine builds. */
export interface PackedKeys {
  n: number;
  kind: Uint8Array;
  w0: Uint32Array;
  w1: Uint32Array;
  w2: Uint32Array;
}

/** Room for `cap` keys; `push` them, then read n. */
export class KeyBuilder {
  private p: PackedKeys;
  constructor(cap = 256) {
    this.p = { n: 0, kind: new Uint8Array(cap), w0: new Uint32Array(cap), w1: new Uint32Array(cap), w2: new Uint32Array(cap) };
  }

  push(kind: number, w0: number, w1: number, w2: number): void {
    let p = this.p;
    if (p.n >= p.kind.length) {
      const cap = p.kind.length * 2;
      const g = <T extends Uint8Array | Uint32Array>(from: T, to: T): T => (to.set(from), to);
      p = this.p = { n: p.n, kind: g(p.kind, new Uint8Array(cap)), w0: g(p.w0, new Uint32Array(cap)), w1: g(p.w1, new Uint32Array(cap)), w2: g(p.w2, new Uint32Array(cap)) };
    }
    p.kind[p.n] = kind;
    p.w0[p.n] = w0 >>> 0;
    p.w1[p.n] = w1 >>> 0;
    p.w2[p.n] = w2 >>> 0;
    p.n++;
  }

  get keys(): PackedKeys {
    return this.p;
  }
}

/** The binary keys of packed ones. */
export function unpackKeys(p: PackedKeys): Uint8Array[] {
  const out: Uint8Array[] = new Array<Uint8Array>(p.n);
  for (let i = 0; i < p.n; i++) out[i] = p.kind[i] === KIND_EXACT ? exactKey(p.w0[i] ?? 0, p.w1[i] ?? 0, p.w2[i] ?? 0) : shingleKey(p.w0[i] ?? 0, p.w1[i] ?? 0);
  return out;
}
