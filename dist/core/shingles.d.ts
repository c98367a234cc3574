/** Rolling hash of every n consecutive tokens; returns how many were written to `out`. */
export declare function shingleHashes(tokens: Uint32Array, count: number, n: number, out: Uint32Array): number;
/**
 * Winnowing: the minimum of every window of `w` consecutive hashes (the rightmost on ties), each
 * position once. Any run of w + n - 1 shared tokens yields at least one selected hash on both sides.
 * Writes the selected positions to `outPos` and returns their number.
 */
export declare function winnow(hashes: Uint32Array, m: number, w: number, outPos: Int32Array): number;
