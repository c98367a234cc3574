// Word n-gram hashes and the winnowing sample of them (Schleimer, Wilkerson and Aiken 2003).
import { fmix32 } from "./tokens.js";
const BASE = 0x9e3779b1;
/** Rolling hash of every n consecutive tokens; returns how many were written to `out`. */
export function shingleHashes(tokens, count, n, out) {
    if (count < n)
        return 0;
    let pow = 1;
    for (let k = 1; k < n; k++)
        pow = Math.imul(pow, BASE);
    let h = 0;
    for (let k = 0; k < n; k++)
        h = (Math.imul(h, BASE) + (tokens[k] ?? 0)) | 0;
    out[0] = fmix32(h);
    const m = count - n + 1;
    for (let j = 1; j < m; j++) {
        h = (Math.imul((h - Math.imul(tokens[j - 1] ?? 0, pow)) | 0, BASE) + (tokens[j + n - 1] ?? 0)) | 0;
        out[j] = fmix32(h);
    }
    return m;
}
/**
 * Winnowing: the minimum of every window of `w` consecutive hashes (the rightmost on ties), each
 * position once. Any run of w + n - 1 shared tokens yields at least one selected hash on both sides.
 * Writes the selected positions to `outPos` and returns their number.
 */
export function winnow(hashes, m, w, outPos) {
    if (m === 0)
        return 0;
    if (w <= 1 || m <= w) {
        if (w <= 1) {
            for (let j = 0; j < m; j++)
                outPos[j] = j;
            return m;
        }
        outPos[0] = argminRight(hashes, 0, m);
        return 1;
    }
    let k = 0;
    let last = -1;
    for (let start = 0; start + w <= m; start++) {
        let p;
        if (last >= start) {
            const newest = start + w - 1;
            p = (hashes[newest] ?? 0) <= (hashes[last] ?? 0) ? newest : last;
        }
        else {
            p = argminRight(hashes, start, start + w);
        }
        if (p !== last) {
            outPos[k++] = p;
            last = p;
        }
    }
    return k;
}
function argminRight(h, a, b) {
    let p = a;
    for (let j = a + 1; j < b; j++)
        if ((h[j] ?? 0) <= (h[p] ?? 0))
            p = j;
    return p;
}
//# sourceMappingURL=shingles.js.map