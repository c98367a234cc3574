import { describe, expect, test } from "vitest";
import { exactKey, fileKey, localeSalt, shingleKey, templateKey, unitKey } from "../../../src/core/claims/claim-keys.js";
import { BarrierTimeout, earlierRanks, fileOfRank, MemoryClaimStore, MemoryRun, rankOf } from "../../../src/core/claims/claim-store.js";

const keys = [exactKey(0, 1, 2), shingleKey(0, 7), shingleKey(localeSalt("docs/fr"), 7)];

describe("MemoryClaimStore", () => {
  test("claims keep the minimum rank whatever their order, and a rerun changes nothing", async () => {
    const orders = [
      [5, 3, 9],
      [9, 5, 3],
      [3, 9, 5, 3, 9],
    ];
    const seen: number[][] = [];
    for (const order of orders) {
      const s = new MemoryClaimStore();
      for (const r of order) await s.claimMin([keys[0]!, keys[1]!], Float64Array.of(r, r + 100));
      seen.push([...(await s.lookupMin(keys))]);
    }
    expect(seen[0]).toEqual([3, 103, NaN]);
    expect(seen[1]).toEqual(seen[0]);
    expect(seen[2]).toEqual(seen[0]);
  });

  test("a salt keeps two locales' keys apart; keys of other kinds never meet", () => {
    expect(localeSalt("")).toBe(0);
    expect(localeSalt("docs/fr")).not.toBe(0);
    const all = [exactKey(0, 1, 2), shingleKey(0, 1), templateKey(0, 1), unitKey(0, 1), fileKey(1)];
    expect(new Set(all.map((k) => Buffer.from(k).toString("hex"))).size).toBe(all.length);
    expect([...exactKey(0, 0x01020304, 0xfffffffe)]).toEqual([1, 0, 0, 0, 0, 1, 2, 3, 4, 255, 255, 255, 254]);
  });

  test("members count distinct files, capped", async () => {
    const s = new MemoryClaimStore();
    const t = templateKey(1, 1);
    await s.addMember([t, t, t], Float64Array.of(1, 2, 1));
    await s.addMember([t], Float64Array.of(2));
    expect([...(await s.countMembers([t, templateKey(2, 2)], 10))]).toEqual([2, 0]);
    await s.addMember([t, t], Float64Array.of(3, 4));
    expect([...(await s.countMembers([t], 3))]).toEqual([3]);
  });

  test("records come back as put, null when absent, and drop() empties the run", async () => {
    const s = new MemoryClaimStore();
    await s.putRecords([unitKey(1, 2)], [Uint8Array.of(9, 8)]);
    await s.claimMin([keys[0]!], Float64Array.of(1));
    expect(await s.getRecords([unitKey(1, 2), unitKey(1, 3)])).toEqual([Uint8Array.of(9, 8), null]);
    await s.drop();
    expect(await s.getRecords([unitKey(1, 2)])).toEqual([null]);
    expect([...(await s.lookupMin([keys[0]!]))]).toEqual([NaN]);
  });

  test("records of every size and kind come back byte for byte: many across the store's chunks, one larger than a chunk, a rewrite, a file record beside a unit record of the same number", async () => {
    const s = new MemoryClaimStore();
    const bytesOf = (seed: number, n: number): Uint8Array => Uint8Array.from({ length: n }, (_, i) => (seed * 31 + i * 7) & 255);
    const keysPut: Uint8Array[] = [];
    const recs: Uint8Array[] = [];
    // ~6 MB in records of 1-3,000 bytes: more than one chunk of the store.
    for (let f = 0; f < 4000; f++) {
      keysPut.push(unitKey(f, f % 5), fileKey(f));
      recs.push(bytesOf(f, 1 + ((f * 733) % 3000)), bytesOf(f + 1, 20));
    }
    keysPut.push(unitKey(9999, 1), templateKey(1, 2));
    recs.push(bytesOf(7, 5_000_000), bytesOf(8, 3));
    const input = recs.map((r) => r.slice());
    await s.putRecords(keysPut, input);
    input.forEach((r) => r.fill(0)); // the store keeps its own copy
    const got = await s.getRecords(keysPut);
    expect(got.length).toBe(recs.length);
    // Buffer.equals: toEqual walks a 5 MB array element by element.
    got.forEach((g, i) => expect(g !== null && Buffer.from(g.buffer, g.byteOffset, g.byteLength).equals(recs[i]!), `record ${i}`).toBe(true));
    await s.putRecords([unitKey(3, 3)], [Uint8Array.of(1, 2, 3)]);
    expect(await s.getRecords([unitKey(3, 3), unitKey(3, 4), fileKey(4000)])).toEqual([Uint8Array.of(1, 2, 3), null, null]);
    await s.putRecords([unitKey(3, 3)], [Uint8Array.of(4)]);
    expect(await s.getRecords([unitKey(3, 3)])).toEqual([Uint8Array.of(4)]);
    await s.drop();
    expect(await s.getRecords([unitKey(0, 0), fileKey(0), templateKey(1, 2)])).toEqual([null, null, null]);
    await s.putRecords([fileKey(0)], [Uint8Array.of(5)]);
    expect(await s.getRecords([fileKey(0), unitKey(0, 0)])).toEqual([Uint8Array.of(5), null]);
  });

  test("the barrier opens when every shard arrived, and names the missing ones when it times out", async () => {
    const run = new MemoryRun();
    const a = new MemoryClaimStore(run);
    const b = new MemoryClaimStore(run);
    const waiting = a.waitAll("claims", 2, 5000);
    await a.arrive("claims", 1, 2);
    await b.arrive("claims", 2, 2);
    await expect(waiting).resolves.toBeUndefined();
    await a.arrive("other", 2, 3);
    const err = await a.waitAll("other", 3, 20).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BarrierTimeout);
    expect((err as BarrierTimeout).missing).toEqual([1, 3]);
    expect((err as Error).message).toBe("shards 1/3, 3/3 did not finish other in time");
  });

  test("ranks order files first, then units", () => {
    expect(rankOf(1, 0)).toBeGreaterThan(rankOf(0, 2 ** 21 - 1));
    expect(fileOfRank(rankOf(123456, 789))).toBe(123456);
    expect(Number.isSafeInteger(rankOf(2 ** 32 - 1, 2 ** 21 - 1))).toBe(true);
  });

  test("a file names as first copies only the distinct ranks of earlier files, lowest first", () => {
    const ranks = [rankOf(2, 0), rankOf(0, 5), Infinity, rankOf(1, 3), rankOf(0, 5), rankOf(3, 1), rankOf(1, 0)];
    expect(earlierRanks(ranks, 2)).toEqual([rankOf(0, 5), rankOf(1, 0), rankOf(1, 3)]);
    expect(earlierRanks(new Float64Array(ranks), 0)).toEqual([]);
  });
});
