import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { shingleHashes, winnow } from "../../src/core/shingles.js";

function selected(tokens: number[], n: number, w: number): Set<number> {
  const t = Uint32Array.from(tokens);
  const h = new Uint32Array(t.length);
  const m = shingleHashes(t, t.length, n, h);
  const pos = new Int32Array(Math.max(1, m));
  const k = winnow(h, m, w, pos);
  return new Set(Array.from(pos.subarray(0, k), (p) => h[p] ?? 0));
}

describe("winnowing", () => {
  test("any shared run of w + n - 1 tokens yields a shared selected hash", () => {
    const n = 5;
    const w = 4;
    const word = fc.integer({ min: 1, max: 50_000 });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), fc.array(word, { minLength: w + n - 1, maxLength: 40 }), fc.array(word, { maxLength: 30 }), fc.array(word, { maxLength: 30 }), (pa, shared, pb, tail) => {
        const a = selected([...pa, ...shared, ...tail], n, w);
        const b = selected([...pb, ...shared], n, w);
        expect([...a].some((x) => b.has(x))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test("keeps about 2/(w+1) of the hashes", () => {
    const tokens = Array.from({ length: 5000 }, (_, i) => (i * 2654435761) >>> 0);
    const share = selected(tokens, 5, 4).size / 4996;
    expect(share).toBeGreaterThan(0.3);
    expect(share).toBeLessThan(0.5);
  });

  test("units shorter than the n-gram have no shingles", () => {
    expect(shingleHashes(Uint32Array.from([1, 2, 3]), 3, 5, new Uint32Array(3))).toBe(0);
  });
});
