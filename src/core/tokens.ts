// Token hashes from a normalized string, in one pass over its char codes.

/**
 * Code points of scripts written without spaces between words (Han, kana, Thai, Lao, Khmer,
 * Myanmar): each character is a token, so such text is never one giant token.
 */
export function isUnspacedScript(c: number): boolean {
  return (
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x31f0 && c <= 0x31ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x0e00 && c <= 0x0eff) ||
    (c >= 0x1000 && c <= 0x109f) ||
    (c >= 0x1780 && c <= 0x17ff) ||
    (c >= 0xd840 && c <= 0xd87f) // high surrogates of the CJK extension planes
  );
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Hashes of the space-separated tokens of `norm` (see normalizeForHash), written into `out`. */
export function tokenHashes(norm: string, out: Uint32Array): number {
  let n = 0;
  let h = FNV_OFFSET;
  let inToken = false;
  const len = norm.length;
  for (let i = 0; i < len; i++) {
    const c = norm.charCodeAt(i);
    if (c === 32) {
      if (inToken) out[n++] = fmix32(h);
      inToken = false;
      h = FNV_OFFSET;
      continue;
    }
    if (c >= 0x0e00 && isUnspacedScript(c)) {
      if (inToken) out[n++] = fmix32(h);
      let g = Math.imul(FNV_OFFSET ^ c, FNV_PRIME);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) g = Math.imul(g ^ norm.charCodeAt(++i), FNV_PRIME);
      out[n++] = fmix32(g);
      inToken = false;
      h = FNV_OFFSET;
      continue;
    }
    h = Math.imul(h ^ c, FNV_PRIME);
    inToken = true;
  }
  if (inToken) out[n++] = fmix32(h);
  return n;
}

/** murmur3's finalizer: spreads the bits so that any slice of the hash is usable. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
