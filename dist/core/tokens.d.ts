/** Hashes of the space-separated tokens of `norm` (see normalizeForHash), written into `out`. */
export declare function tokenHashes(norm: string, out: Uint32Array): number;
/** Upper bound on the number of tokens of a normalized string. */
export declare function maxTokens(norm: string): number;
/** murmur3's finalizer: spreads the bits so that any slice of the hash is usable. */
export declare function fmix32(h: number): number;
