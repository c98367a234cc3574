// One suite for every ClaimStore: the in-memory store, one real redis-server and a real 3-master Redis
// Cluster (started by tests/helpers/redis-server.ts on loopback ports with a password). The Redis
// cases are skipped with a visible reason without redis-server, and fail under CI=true.
import { afterAll, describe, expect, test } from "vitest";
import { BarrierTimeout, type ClaimStore, MemoryClaimStore, MemoryRun } from "../../src/core/claims/claim-store.js";
import { RedisClaimStore } from "../../src/store/redis-store.js";
import { missingRedis, type RedisProc, startCluster, startRedis } from "../helpers/redis-server.js";
import { need, type Skippable } from "../helpers/require-tool.js";

interface Backend {
  name: string;
  redis: boolean;
  /** A store on run `run` (stores of one run share their data). */
  open(ctx: Skippable, run: string, ttlSeconds?: number): Promise<ClaimStore>;
  /** The server, for checks of what it holds (Redis only). */
  server?: () => Promise<RedisProc>;
}

const memoryRuns = new Map<string, MemoryRun>();
const servers: Promise<RedisProc>[] = [];
const opened: ClaimStore[] = [];

function lazyServer(start: () => Promise<RedisProc>): () => Promise<RedisProc> {
  let p: Promise<RedisProc> | undefined;
  return () => {
    if (!p) servers.push((p = start()));
    return p;
  };
}

function redisBackend(name: string, start: () => Promise<RedisProc>): Backend {
  const server = lazyServer(start);
  return {
    name,
    redis: true,
    server,
    async open(ctx, run, ttlSeconds = 600) {
      need(ctx, missingRedis());
      const s = await server();
      const store = await RedisClaimStore.open(s.url, { run, ttlSeconds, expectedKeys: 4096 });
      opened.push(store);
      return store;
    },
  };
}

const BACKENDS: Backend[] = [
  {
    name: "memory",
    redis: false,
    open(_ctx, run) {
      let data = memoryRuns.get(run);
      if (!data) memoryRuns.set(run, (data = new MemoryRun()));
      return Promise.resolve(new MemoryClaimStore(data));
    },
  },
  redisBackend("redis", startRedis),
  redisBackend("redis-cluster", startCluster),
];

afterAll(async () => {
  for (const s of opened.splice(0)) await s.close().catch(() => undefined);
  for (const s of servers.splice(0)) await (await s.catch(() => undefined))?.stop();
});

let runs = 0;
const newRun = (): string => `t${process.pid}-${++runs}`;

/** A deterministic key of `len` bytes from `i` (includes 0x00, "{" and "}" bytes). */
function key(i: number, len = 9, kind = 2): Uint8Array {
  const k = new Uint8Array(len);
  k[0] = kind;
  let x = (i + 1) * 2654435761;
  for (let j = 1; j < len; j++) {
    x = (Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + j) >>> 0;
    k[j] = j === 2 ? 0x7b : j === 4 ? 0x7d : j === 3 ? 0 : x & 255;
  }
  return k;
}

/** A simple generator, so every backend gets the same "random" ranks. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

describe.each(BACKENDS)("ClaimStore contract: $name", (b) => {
  test("claimMin keeps the minimum rank; an unclaimed key is NaN; the order of claims does not matter", async (ctx) => {
    const run = newRun();
    const one = await b.open(ctx, run);
    const two = await b.open(ctx, run);
    const ks = [key(1), key(2), key(3)];
    // Ranks as the engine makes them (file * 2^21 + unit), beyond 2^32.
    const big = 4000 * 2 ** 21 + 7;
    await one.claimMin(ks, new Float64Array([big, 5, 9]));
    await two.claimMin([ks[1]!, ks[0]!, ks[2]!], new Float64Array([3, big + 1, 12]));
    await one.claimMin([ks[2]!], new Float64Array([9]));
    // A networked store may hold phase-one writes until the shard arrives at the barrier.
    await one.arrive("claims", 1, 2);
    expect([...(await two.lookupMin([...ks, key(4)]))]).toEqual([big, 3, 9, NaN]);
    expect([...(await one.lookupMin([ks[1]!, ks[1]!]))]).toEqual([3, 3]);
  });

  test("the run's file list is the first one settled: every later shard, and a store opened again, gets it back; a dropped run takes a new one", async (ctx) => {
    const run = newRun();
    const s = await b.open(ctx, run);
    expect(await s.settlePlan("aaa")).toBe("aaa");
    expect(await s.settlePlan("aaa")).toBe("aaa");
    const other = await b.open(ctx, run);
    expect(await other.settlePlan("bbb")).toBe("aaa");
    expect(await (await b.open(ctx, newRun())).settlePlan("bbb")).toBe("bbb");
    await s.drop();
    expect(await (await b.open(ctx, run)).settlePlan("ccc")).toBe("ccc");
  });

  test("a repeated phase one (a shard run again) changes nothing", async (ctx) => {
    const run = newRun();
    const s = await b.open(ctx, run);
    const ks = Array.from({ length: 500 }, (_, i) => key(i));
    const ranks = Float64Array.from(ks, (_, i) => (i % 37) * 2 ** 21 + i);
    const members = Float64Array.from(ks, (_, i) => (i % 5) * 2 ** 21);
    for (let rep = 0; rep < 3; rep++) {
      await s.claimMin(ks, ranks);
      await s.addMember(ks, members);
      await s.putRecords(ks.slice(0, 50), ks.slice(0, 50).map((k) => Uint8Array.from([...k, 1, 2, 3])));
    }
    await s.arrive("claims", 1, 1);
    const again = await b.open(ctx, run);
    expect([...(await again.lookupMin(ks))]).toEqual([...ranks]);
    expect([...(await again.countMembers(ks, 10))]).toEqual(ks.map(() => 1));
    const recs = await again.getRecords(ks.slice(0, 51));
    expect(recs.slice(0, 50).map((r) => [...(r ?? [])])).toEqual(ks.slice(0, 50).map((k) => [...k, 1, 2, 3]));
    expect(recs[50]).toBeNull();
  });

  test("countMembers counts distinct members per key, capped; keys that are prefixes of others do not mix", async (ctx) => {
    const run = newRun();
    const s = await b.open(ctx, run);
    const short = key(7, 5, 3);
    const long = Uint8Array.from([...short, 0, 0, 0, 0]);
    const other = key(8, 9, 3);
    await s.addMember([short, short, short, long, other], new Float64Array([1, 2 * 2 ** 21, 1, 5, 3]));
    await s.addMember([short, short], new Float64Array([3 * 2 ** 21, 4 * 2 ** 21]));
    expect([...(await s.countMembers([short, long, other, key(99, 9, 3)], 100))]).toEqual([4, 1, 1, 0]);
    expect([...(await s.countMembers([short, long], 2))]).toEqual([2, 1]);
  });

  test("records come back byte for byte (empty, binary, 200 KB); a missing one is null", async (ctx) => {
    const s = await b.open(ctx, newRun());
    const big = Uint8Array.from({ length: 200_000 }, (_, i) => (i * 31) & 255);
    const vals = [new Uint8Array(0), Uint8Array.from([0, 255, 123, 125, 10, 13]), big, new TextEncoder().encode("Ünïcödé, 漢字 and 🙂")];
    const ks = vals.map((_, i) => key(100 + i, 9, 4));
    await s.putRecords(ks, vals);
    const got = await s.getRecords([...ks, key(200, 9, 4)]);
    expect(got.map((g) => (g === null ? null : Buffer.from(g).toString("base64")))).toEqual([...vals.map((v) => Buffer.from(v).toString("base64")), null]);
  });

  test("20,000 claims in random order from two stores equal a plain minimum", async (ctx) => {
    const run = newRun();
    const a = await b.open(ctx, run);
    const c = await b.open(ctx, run);
    const rnd = lcg(42);
    const n = 20_000;
    const ks = Array.from({ length: 4000 }, (_, i) => key(i, 13, 1));
    const want = new Float64Array(ks.length).fill(NaN);
    const batchKeys: Uint8Array[][] = [[], []];
    const batchRanks: number[][] = [[], []];
    for (let i = 0; i < n; i++) {
      const k = Math.floor(rnd() * ks.length);
      const r = Math.floor(rnd() * 3000) * 2 ** 21 + Math.floor(rnd() * 1000);
      if (!(want[k]! <= r)) want[k] = r;
      const side = i % 2;
      batchKeys[side]!.push(ks[k]!);
      batchRanks[side]!.push(r);
    }
    await Promise.all([a.claimMin(batchKeys[0]!, Float64Array.from(batchRanks[0]!)), c.claimMin(batchKeys[1]!, Float64Array.from(batchRanks[1]!))]);
    await Promise.all([a.arrive("claims", 1, 2), c.arrive("claims", 2, 2)]);
    const got = await (await b.open(ctx, run)).lookupMin(ks);
    expect([...got]).toEqual([...want]);
  });

  test("the barrier: waitAll names the missing shards when time runs out, and resolves once all arrived", async (ctx) => {
    const run = newRun();
    const s1 = await b.open(ctx, run);
    const s3 = await b.open(ctx, run);
    await s1.arrive("claims", 1, 3);
    await s3.arrive("claims", 3, 3);
    await s3.arrive("claims", 3, 3);
    const err = await s1.waitAll("claims", 3, 300).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BarrierTimeout);
    expect((err as BarrierTimeout).missing).toEqual([2]);
    expect((err as Error).message).toContain("2/3");
    // Another phase, or another shard count, is another barrier.
    await expect(s1.waitAll("decide", 3, 100)).rejects.toThrow(/1\/3, 2\/3, 3\/3/);
    const waiting = s1.waitAll("claims", 3, 20_000);
    const s2 = await b.open(ctx, run);
    await s2.arrive("claims", 2, 3);
    await expect(waiting).resolves.toBeUndefined();
  });

  test("drop removes everything of the run and nothing of another run", async (ctx) => {
    const run = newRun();
    const keep = newRun();
    const s = await b.open(ctx, run);
    const other = await b.open(ctx, keep);
    const ks = Array.from({ length: 300 }, (_, i) => key(i));
    for (const st of [s, other]) {
      await st.claimMin(ks, Float64Array.from(ks, (_, i) => i));
      await st.addMember(ks, Float64Array.from(ks, () => 1));
      await st.putRecords(ks, ks);
      await st.arrive("claims", 1, 1);
    }
    await s.drop();
    expect([...(await s.lookupMin(ks))].every(Number.isNaN)).toBe(true);
    expect([...(await s.countMembers(ks, 5))].every((n) => n === 0)).toBe(true);
    expect((await s.getRecords(ks)).every((r) => r === null)).toBe(true);
    await expect(s.waitAll("claims", 1, 50)).rejects.toThrow(BarrierTimeout);
    if (b.redis) {
      expect([...(await other.lookupMin(ks))]).toEqual(ks.map((_, i) => i));
      const srv = await b.server!();
      expect(srv.cli("--scan", "--pattern", `winnow:${run}:*`).trim()).toBe("");
    }
  });

  if (b.redis) {
    test("every key of a run carries the run's TTL", async (ctx) => {
      const run = newRun();
      const s = await b.open(ctx, run, 321);
      const ks = Array.from({ length: 200 }, (_, i) => key(i));
      await s.claimMin(ks, Float64Array.from(ks, (_, i) => i));
      await s.addMember(ks, Float64Array.from(ks, () => 2));
      await s.putRecords(ks.slice(0, 20), ks.slice(0, 20));
      await s.arrive("claims", 1, 2);
      await s.lookupMin(ks);
      const srv = await b.server!();
      // On each server (each master of the cluster): how many keys of the run, their least and greatest TTL.
      const script = "local n, lo, hi = 0, 1e9, -9 for _, k in ipairs(redis.call('KEYS', ARGV[1])) do local t = redis.call('TTL', k) n = n + 1 if t < lo then lo = t end if t > hi then hi = t end end return {n, lo, hi}";
      const per = srv.cliEach("eval", script, "0", `winnow:${run}:*`).map((o) => o.trim().split("\n").map(Number));
      const keys = per.reduce((n, p) => n + (p[0] ?? 0), 0);
      expect(keys).toBeGreaterThan(3 * per.length);
      for (const [n = 0, lo = 0, hi = 0] of per) {
        expect(n).toBeGreaterThan(0);
        expect(lo).toBeGreaterThan(300);
        expect(hi).toBeLessThanOrEqual(321);
      }
    });
  }
});
