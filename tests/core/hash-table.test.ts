import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { U32Map, U64Map } from "../../src/core/hash-table.js";

/**
 * A U32Map (keyed by `key`) and a U64Map (keyed by `hi`, `key`) driven by the same inserts and
 * deletes as a Map, each answer checked against the Map's.
 */
function mirrored(expected: number, inPlaceBytes?: number) {
  const m32 = new U32Map(expected, inPlaceBytes);
  const m64 = new U64Map(expected, inPlaceBytes);
  const ref = new Map<number, number>();
  return {
    apply(del: boolean, hi: number, key: number, v: number): void {
      if (del) {
        expect(m32.delete(key)).toBe(ref.has(key));
        expect(m64.delete(hi, key)).toBe(ref.has(key));
        ref.delete(key);
      } else {
        expect(m32.setIfAbsent(key, v)).toBe(!ref.has(key));
        expect(m64.setIfAbsent(hi, key, v)).toBe(!ref.has(key));
        if (!ref.has(key)) ref.set(key, v);
      }
    },
    /** Sizes, and every key `key(k)` for hi = k from 0 to `last`, present or not. */
    check(last: number, key: (k: number) => number): void {
      expect(m32.size).toBe(ref.size);
      expect(m64.size).toBe(ref.size);
      for (let k = 0; k <= last; k++) {
        expect(m32.get(key(k))).toBe(ref.get(key(k)) ?? -1);
        expect(m64.get(k, key(k))).toBe(ref.get(key(k)) ?? -1);
      }
    },
  };
}

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
        const maps = mirrored(4);
        // Keys that collide on their low bits, so probe runs wrap and interleave.
        const key = (k: number): number => Math.imul(k, 64) | 0;
        for (const [del, k, v] of ops) maps.apply(del, k, key(k), v);
        maps.check(300, key);
      }),
      { numRuns: 200 },
    );
  });
});

describe("tables that grow in place (big tables, in WebAssembly memory)", () => {
  // inPlaceBytes 0: every growth after the first is in place, from 16 slots up.
  const key = (kind: number, k: number): number => {
    if (kind === 0) return Math.imul(k, 64) | 0; // collide on their low bits
    if (kind === 1) return (-1 - k) | 0; // homes at the top of the table
    // At most 400 keys, each homed in the top 8 slots of every table up to 2^16 slots: one run that
    // wraps around the end, and keys whose home moves up and runs into the end in a growth.
    if (kind === 3) return (k << 16) | (0xffff - (k & 7));
    return Math.imul(k, 0x9e3779b1) | 0; // spread
  };

  test.each([0, 1, 2, 3])("U32Map and U64Map behave like a Map under inserts and deletes (keys of kind %i)", (kind) => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: 9 }), fc.nat({ max: 3000 }), fc.nat({ max: 1e6 })), { maxLength: 4000 }), (ops) => {
        const maps = mirrored(4, 0);
        for (const [op, k0, v] of ops) {
          const k = kind === 3 ? k0 % 400 : k0;
          // One delete to four inserts, so that the tables grow while keys come and go.
          maps.apply(op < 2, k, key(kind, k), v);
        }
        maps.check(3000, (k) => key(kind, k));
      }),
      { numRuns: 40 },
    );
    // Seconds on a quiet machine; past 30 s when the cores are shared with other runs.
  }, 120_000);

  test.each([0, 1, 2])("every key is found after 500,000 inserts with the default threshold (keys of kind %i)", (kind) => {
    const n = 500_000;
    const m32 = new U32Map(16);
    const m64 = new U64Map(16);
    for (let i = 0; i < n; i++) {
      m32.setIfAbsent(key(kind, i), i);
      m64.setIfAbsent(i >>> 3, key(kind, i), i);
    }
    // Both went past 4 MB and then grew in place: 2^19 to 2^20 slots.
    expect(m32.byteLength).toBe(8 << 20);
    expect(m64.byteLength).toBe(12 << 20);
    let wrong = 0;
    for (let i = 0; i < n; i++) {
      if (m32.get(key(kind, i)) !== i) wrong++;
      if (m64.get(i >>> 3, key(kind, i)) !== i) wrong++;
    }
    expect(wrong).toBe(0);
    expect(m32.get(key(kind, n))).toBe(-1);
    expect(m64.get(n, key(kind, n))).toBe(-1);
    // Deleting half keeps the rest reachable across the runs the growths left.
    for (let i = 0; i < n; i += 2) expect(m32.delete(key(kind, i))).toBe(true);
    for (let i = 1; i < n; i += 2) if (m32.get(key(kind, i)) !== i) wrong++;
    expect(wrong).toBe(0);
    expect(m32.size).toBe(n / 2);
  }, 120_000);
});
