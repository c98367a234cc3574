// Faults of the Redis store against real servers: nobody listening, a wrong or missing password, a
// cluster node named as a server and a server named as a cluster, a server killed mid-run, a cluster
// that lost a master. Each is one StoreError line (exit code 2) that never holds the password.
import { spawnSync } from "node:child_process";
import { afterAll, describe, expect, test } from "vitest";
import { RedisClaimStore } from "../../src/store/redis-store.js";
import { StoreError } from "../../src/store/redis-transport.js";
import { missingRedis, type RedisProc, startCluster, startRedis } from "../helpers/redis-server.js";
import { need } from "../helpers/require-tool.js";
import { ROOT } from "../helpers/run-cli.js";

const started: RedisProc[] = [];
afterAll(async () => {
  for (const s of started.splice(0)) await s.stop();
});

async function server(kind: "redis" | "cluster"): Promise<RedisProc> {
  const s = kind === "redis" ? await startRedis() : await startCluster();
  started.push(s);
  return s;
}

/** The error `p` rejects with, checked to be one StoreError line with exit code 2 that holds none of `secrets`. */
async function storeError(p: Promise<unknown>, secrets: string[]): Promise<string> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(StoreError);
  const err = e as StoreError;
  expect(err.exitCode).toBe(2);
  expect(err.message).not.toContain("\n");
  for (const s of secrets) expect(err.message).not.toContain(s);
  return err.message;
}

const open = (url: string, run = "faults"): Promise<RedisClaimStore> => RedisClaimStore.open(url, { run, ttlSeconds: 60, env: {} });

describe("the Redis store's faults", () => {
  test("nobody listening: cannot connect, at once", async (ctx) => {
    need(ctx, missingRedis());
    const s = await server("redis");
    await s.stop();
    const msg = await storeError(open(`redis://:topsecret@127.0.0.1:${s.port}`), ["topsecret"]);
    expect(msg).toBe(`index redis://***@127.0.0.1:${s.port}: cannot open the index: cannot connect (connection refused)`);
  });

  test("a wrong password, a wrong user, no password; the password from WINNOW_INDEX_PASSWORD", async (ctx) => {
    need(ctx, missingRedis());
    const s = await server("redis");
    expect(await storeError(open(`redis://:wrong-${s.password}@127.0.0.1:${s.port}`), [s.password, "wrong-"])).toMatch(/authentication failed/);
    expect(await storeError(open(`redis://user9:${s.password}@127.0.0.1:${s.port}`), [s.password])).toMatch(/authentication failed/);
    expect(await storeError(open(`redis://127.0.0.1:${s.port}`), [s.password])).toMatch(/asks for a password/);
    // The password from the environment works, and is as secret.
    const ok = await RedisClaimStore.open(`redis://127.0.0.1:${s.port}`, { run: "env", ttlSeconds: 60, env: { WINNOW_INDEX_PASSWORD: s.password } });
    await ok.close();
  });

  test("the wrong topology: a cluster node as redis://, a plain server as redis-cluster://", async (ctx) => {
    need(ctx, missingRedis());
    const c = await server("cluster");
    const plain = await server("redis");
    const node = c.url.replace(/^redis-cluster:/, "redis:").replace(/,.*$/, "");
    expect(await storeError(open(node), [c.password])).toMatch(/is a Redis Cluster node: use redis-cluster:\/\//);
    const asCluster = `redis-cluster://:${plain.password}@127.0.0.1:${plain.port}`;
    expect(await storeError(open(asCluster), [plain.password])).toMatch(/not a Redis Cluster node|no cluster node answered/);
  });

  test("a server lost mid-run: the next batch fails in one line", async (ctx) => {
    need(ctx, missingRedis());
    const s = await server("redis");
    const store = await open(s.url, "lost");
    const keys = Array.from({ length: 100 }, (_, i) => Uint8Array.from([2, i, 1, 2, 3, 4, 5, 6, 7]));
    await store.claimMin(keys, Float64Array.from(keys, (_, i) => i));
    await store.arrive("claims", 1, 2);
    for (const pid of s.pids) process.kill(pid, "SIGKILL");
    await store.claimMin(keys, Float64Array.from(keys, (_, i) => i));
    const msg = await storeError(store.arrive("claims", 1, 2), [s.password]);
    expect(msg).toMatch(/^index redis:\/\/\*\*\*@127\.0\.0\.1:\d+: .*(lost the connection|connection refused)/);
    await store.close().catch(() => undefined);
  });

  test("a cluster that lost a master: one line, no password", async (ctx) => {
    need(ctx, missingRedis());
    const c = await server("cluster");
    const store = await open(c.url, "lost-master");
    const keys = Array.from({ length: 3000 }, (_, i) => Uint8Array.from([1, i & 255, i >> 8, 9, 9, 9, 9, 9, 9]));
    await store.claimMin(keys, Float64Array.from(keys, (_, i) => i));
    await store.arrive("claims", 1, 1);
    process.kill(c.pids[1] ?? -1, "SIGKILL");
    const msg = await storeError(store.lookupMin(keys), [c.password]);
    expect(msg).toMatch(/^index redis-cluster:\/\/\*\*\*@/);
    await store.close().catch(() => undefined);
  });

  test("DEBUG=ioredis:* (the client's own log of every command it writes) shows no password", (ctx) => {
    need(ctx, missingRedis());
    return server("redis").then((s) => {
      const script = `import("./dist/store/redis-store.js").then(async (m) => { const st = await m.openRedisStore(process.argv[1], { run: "dbg", ttlSeconds: 60 }); await st.claimMin([new Uint8Array([1, 2])], new Float64Array([3])); await st.close(); process.stderr.write("closed\\n"); })`;
      const r = spawnSync(process.execPath, ["-e", script, s.url], { cwd: ROOT, encoding: "utf8", env: { ...process.env, DEBUG: "ioredis:*" } });
      expect(r.stderr).toContain("closed");
      expect(r.status).toBe(0);
      expect(`${r.stdout}${r.stderr}`).not.toContain(s.password);
    });
  });
});
