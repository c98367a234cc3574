import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { U32Map, U64Map } from "../../src/core/hash-table.js";

describe("typed-array hash maps", () => {
  test("U32Map behaves like a Map that keeps the first value, through growth", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: 5000 }), fc.nat({ max: 1e6 })), { maxLength: 3000 }), (pairs) => {
        const m = new U32Map(4);
        const ref = new Map<number, number>();
        for (const [k, v] of pairs) {
          m.setIfAbsent(k, v);
          if (!ref.has(k)) ref.set(k, v);
        }
        expect(m.size).toBe(ref.size);
        for (const [k, v] of ref) expect(m.get(k)).toBe(v);
        expect(m.get(5001)).toBe(-1);
      }),
      { numRuns: 50 },
    );
  });

  test("U64Map tells keys apart by both halves", () => {
    const m = new U64Map(2);
    for (let i = 0; i < 1000; i++) m.setIfAbsent(i, 7, i);
    for (let i = 0; i < 1000; i++) m.setIfAbsent(7, i, 5000 + i);
    expect(m.get(3, 7)).toBe(3);
    expect(m.get(7, 3)).toBe(5003);
    expect(m.get(7, 7)).toBe(7);
    expect(m.get(1001, 1001)).toBe(-1);
    expect(m.size).toBe(1999);
  });
});
