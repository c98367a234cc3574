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

  // Slots are 8 (U32Map) or 12 (U64Map) bytes and at least 3/8 full once the table has grown.
  test.each([1000, 3000, 7000, 25_000])("a stored key costs at most 8 / (3/8) and 12 / (3/8) bytes with %i keys", (n) => {
    const a = new U32Map(16);
    const b = new U64Map(16);
    for (let i = 0; i < n; i++) {
      a.setIfAbsent(Math.imul(i, 0x9e3779b1) >>> 0, i);
      b.setIfAbsent(i, Math.imul(i, 0x85ebca6b) >>> 0, i);
    }
    expect(a.size).toBe(n);
    expect(a.byteLength / a.size).toBeLessThanOrEqual(8 / (3 / 8));
    expect(b.byteLength / b.size).toBeLessThanOrEqual(12 / (3 / 8));
  });
});

describe("deleting keys (undoing insertions)", () => {
  test("U32Map and U64Map behave like a Map under inserts and deletes, through growth and wrap-around", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.nat({ max: 300 }), fc.nat({ max: 1e6 })), { maxLength: 2000 }), (ops) => {
        const m32 = new U32Map(4);
        const m64 = new U64Map(4);
        const ref = new Map<number, number>();
        for (const [del, k, v] of ops) {
          // Keys that collide on their low bits, so probe runs wrap and interleave.
          const key = Math.imul(k, 64) | 0;
          if (del) {
            expect(m32.delete(key)).toBe(ref.has(key));
            expect(m64.delete(k, key)).toBe(ref.has(key));
            ref.delete(key);
          } else {
            expect(m32.setIfAbsent(key, v)).toBe(!ref.has(key));
            expect(m64.setIfAbsent(k, key, v)).toBe(!ref.has(key));
            if (!ref.has(key)) ref.set(key, v);
          }
        }
        expect(m32.size).toBe(ref.size);
        expect(m64.size).toBe(ref.size);
        for (let k = 0; k <= 300; k++) {
          const key = Math.imul(k, 64) | 0;
          expect(m32.get(key)).toBe(ref.get(key) ?? -1);
          expect(m64.get(k, key)).toBe(ref.get(key) ?? -1);
        }
      }),
      { numRuns: 200 },
    );
  });
});
