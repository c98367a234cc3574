// Exact fingerprints: xxhash64 of the normalized unit, as two 32-bit halves.
import xxhash from "xxhash-wasm";

const hasher = await xxhash();
const MASK32 = 0xffffffffn;

export interface Fingerprint {
  hi: number;
  lo: number;
}

export function fingerprint(norm: string): Fingerprint {
  const h = hasher.h64(norm);
  return { hi: Number((h >> 32n) & MASK32), lo: Number(h & MASK32) };
}
