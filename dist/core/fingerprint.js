// Exact fingerprints: xxhash64 of the normalized unit's UTF-8 bytes, as two 32-bit halves.
import xxhash from "xxhash-wasm";
const hasher = await xxhash();
// The 64-bit result is split through a typed array: no BigInt shifts, no garbage per unit.
const wide = new BigUint64Array(1);
const halves = new Uint32Array(wide.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HI = LITTLE_ENDIAN ? 1 : 0;
const LO = LITTLE_ENDIAN ? 0 : 1;
/** Fingerprint of a normalized string (see normalizeForHash). */
export function fingerprint(norm) {
    wide[0] = hasher.h64(norm);
    return { hi: halves[HI] ?? 0, lo: halves[LO] ?? 0 };
}
/** Fingerprint of a normalized string given as its UTF-8 bytes: the same value as fingerprint(). */
export function fingerprintBytes(bytes) {
    wide[0] = hasher.h64Raw(bytes);
    return { hi: halves[HI] ?? 0, lo: halves[LO] ?? 0 };
}
//# sourceMappingURL=fingerprint.js.map