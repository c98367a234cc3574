import { describe, expect, test } from "vitest";
import { roomyBuffer, roomyInt32, roomyUint32 } from "../../src/core/roomy.js";
import { seenFilter } from "../../src/core/claims/shared-claims.js";
import { TemplateCounts } from "../../src/core/learned-lines.js";
import { U32Map, U64Map } from "../../src/core/hash-table.js";

const MB = 1048576;

describe("roomy buffers (memory a run drops, made past glibc's 32 MB)", () => {
  test("a buffer of 1 MB or more stands in more than 32 MB; a smaller one is its own size", () => {
    expect(roomyBuffer(MB).byteLength).toBeGreaterThan(32 * MB);
    expect(roomyBuffer(5 * MB, true)).toBeInstanceOf(SharedArrayBuffer);
    expect(roomyBuffer(5 * MB, true).byteLength).toBeGreaterThan(32 * MB);
    expect(roomyBuffer(MB - 4).byteLength).toBe(MB - 4);
    expect(roomyBuffer(40 * MB).byteLength).toBe(40 * MB);
  });

  test("the arrays are as long as asked and zeroed", () => {
    const a = roomyInt32(MB);
    const b = roomyUint32(3);
    expect(a.length).toBe(MB);
    expect(a.buffer.byteLength).toBeGreaterThan(32 * MB);
    expect(b.length).toBe(3);
    expect(a.every((x) => x === 0)).toBe(true);
  });

  test("phase one's filter of shingles held (freed at the barrier) is roomy, its words as many as before", () => {
    const bytes = 213 * MB;
    for (const shared of [false, true]) {
      const seen = seenFilter(bytes, shared);
      expect(seen.length).toBe(Math.ceil(bytes / 64));
      expect(seen.buffer.byteLength).toBeGreaterThan(32 * MB);
    }
    expect(seenFilter(1000, false).buffer.byteLength).toBe(4096);
  });

  test("a template count's scratch table is roomy; the table handed to other threads (copied) is not", () => {
    const counts = new TemplateCounts();
    const n = 200_000;
    const hashes = new Uint32Array(2 * n);
    for (let i = 0; i < n; i++) {
      hashes[2 * i] = i;
      hashes[2 * i + 1] = i * 7 + 1;
    }
    counts.addFile(hashes);
    counts.addFile(hashes);
    const scratch = counts.frequent(1, 0, true);
    const kept = counts.frequent(1, 0);
    expect(scratch.counts.length).toBe(n);
    expect(scratch.hashes.buffer.byteLength).toBeGreaterThan(32 * MB);
    expect(kept.hashes.buffer.byteLength).toBe(8 * n);
    expect(kept.counts.buffer.byteLength).toBe(4 * n);
    expect(Array.from(scratch.hashes)).toEqual(Array.from(kept.hashes));
    expect(Array.from(scratch.counts)).toEqual(Array.from(kept.counts));
  });

  test("a hash table's slots of 1 MB and more, made or grown, are roomy (bigger ones grow in WebAssembly memory)", () => {
    const slots = (m: U64Map | U32Map): Int32Array => (m as unknown as { slots: Int32Array }).slots;
    expect(slots(new U64Map(100_000)).buffer.byteLength).toBeGreaterThan(32 * MB);
    expect(slots(new U64Map(1000)).buffer.byteLength).toBeLessThan(MB);
    const grown = new U32Map(16);
    for (let k = 1; k <= 150_000; k++) grown.setIfAbsent(k, k);
    expect(slots(grown).byteLength).toBeGreaterThanOrEqual(MB);
    expect(slots(grown).buffer.byteLength).toBeGreaterThan(32 * MB);
    for (let k = 1; k <= 150_000; k++) expect(grown.get(k)).toBe(k);
  });
});
