// End to end with real parts: three concurrent `winnow --shard K/3` processes against one redis-server,
// and against a 3-master Redis Cluster, write the output tree and JSON reports of one in-memory run,
// byte for byte; also when a shard is killed in its phase one and run again, and after the store was
// lost mid-run. Faults end in one line, exit 2, nothing half-written, no password anywhere.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { generateCorpus } from "../batch/generate-corpus.js";
import { missingRedis, type RedisProc, startCluster, startRedis } from "../helpers/redis-server.js";
import { need } from "../helpers/require-tool.js";
import { BIN } from "../helpers/run-cli.js";
import { readTree, tempTree } from "../helpers/temp-tree.js";

interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

const children = new Set<ChildProcess>();
const servers: RedisProc[] = [];
afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
  for (const s of servers.splice(0)) await s.stop();
});

/** Runs winnow as its own process; `started` gets the child (to kill it). */
function winnow(cwd: string, args: string[], started?: (c: ChildProcess) => void): Promise<Ran> {
  return new Promise((resolve) => {
    const c = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: "1" } });
    children.add(c);
    let stdout = "";
    let stderr = "";
    c.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    c.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    c.on("close", (code, signal) => {
      children.delete(c);
      resolve({ code, signal, stdout, stderr });
    });
    started?.(c);
  });
}

const FILES = 300;

/** The corpus and one in-memory run of it (out-dir "one", report one.json). */
async function corpus(): Promise<string> {
  const cwd = tempTree(generateCorpus(FILES, 23));
  const r = await winnow(cwd, ["corpus", "--out-dir", "one", "--report", "one.json", "--jobs", "1"]);
  expect(r.stderr).not.toMatch(/failed: [1-9]/);
  expect(r.code).toBe(0);
  return cwd;
}

function shardArgs(out: string, k: number, url: string, run: string): string[] {
  return ["corpus", "--out-dir", out, "--report", `${out}-${k}.json`, "--shard", `${k}/3`, "--index", url, "--run", run, "--jobs", "1", "--barrier-timeout", "120"];
}

/** The shards' reports, put together: the same header, and their files in shard order. */
function joinedReport(cwd: string, out: string): string {
  const parts = [1, 2, 3].map((k) => JSON.parse(readFileSync(path.join(cwd, `${out}-${k}.json`), "utf8")) as { files: unknown[] });
  const first = parts[0] ?? { files: [] };
  for (const p of parts) expect({ ...p, files: [] }).toEqual({ ...first, files: [] });
  return JSON.stringify({ ...first, files: parts.flatMap((p) => p.files) }, null, 2);
}

/** The tree and the report of a sharded run equal the in-memory run's, byte for byte. */
function expectSameAsOne(cwd: string, out: string): void {
  const one = readTree(path.join(cwd, "one"));
  const got = readTree(path.join(cwd, out));
  expect(one.size).toBe(FILES);
  expect([...got.keys()]).toEqual([...one.keys()]);
  expect([...one].filter(([k, v]) => !got.get(k)?.equals(v)).map(([k]) => k)).toEqual([]);
  const report = readFileSync(path.join(cwd, "one.json"), "utf8");
  const oneReport = JSON.stringify(JSON.parse(report), null, 2);
  expect(joinedReport(cwd, out)).toBe(oneReport);
  // The corpus exercises what a store carries between shards, or the comparison proves little.
  expect(report).toContain('"rule": "learned"');
  expect(report).toContain('"kind": "near-duplicate"');
  expect(report).toMatch(/"source": \{[^}]*"file": "corpus\//);
}

async function threeShards(cwd: string, out: string, url: string, run: string): Promise<Ran[]> {
  const runs = await Promise.all([1, 2, 3].map((k) => winnow(cwd, shardArgs(out, k, url, run))));
  for (const r of runs) expect(r.stderr).not.toContain("winnow: index");
  expect(runs.map((r) => r.code)).toEqual([0, 0, 0]);
  return runs;
}

async function waitUntil(what: string, ok: () => boolean, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** No temporary file of an atomic write is left in `dir`, and every file there is whole (as one run wrote it). */
function expectNothingHalfWritten(cwd: string, out: string): void {
  const dir = path.join(cwd, out);
  if (!existsSync(dir)) return;
  const one = readTree(path.join(cwd, "one"));
  for (const [name, bytes] of readTree(dir)) {
    expect(one.has(name), `${name} is not an output of the run`).toBe(true);
    expect(bytes.equals(one.get(name) ?? Buffer.alloc(0)), `${name} is not whole`).toBe(true);
  }
  const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [e.name]));
  expect(walk(dir).filter((n) => !n.endsWith(".txt") && !n.endsWith(".md"))).toEqual([]);
}

describe.each([
  ["one redis-server", startRedis],
  ["a 3-master Redis Cluster", startCluster],
] as const)("three shard processes against %s", (_name, start) => {
  test("give the tree and the report of one in-memory run; a shard killed in phase one runs again to the same result", async (ctx) => {
    need(ctx, missingRedis());
    const server = await start();
    servers.push(server);
    const cwd = await corpus();

    await threeShards(cwd, "sharded", server.url, "e2e");
    expectSameAsOne(cwd, "sharded");

    // Shard 3 alone: killed once it is past the template barrier's arrival, in its claims phase.
    let child: ChildProcess | undefined;
    const dying = winnow(cwd, shardArgs("again", 3, server.url, "killed"), (c) => (child = c));
    await waitUntil("shard 3 arriving at the template barrier", () => server.cli("smembers", "winnow:killed:arrived:templates/3").includes("3"));
    child?.kill("SIGKILL");
    expect((await dying).signal).toBe("SIGKILL");
    expectNothingHalfWritten(cwd, "again");
    await threeShards(cwd, "again", server.url, "killed");
    expectSameAsOne(cwd, "again");

    // `winnow index drop` removes every key of a run.
    const dropped = await winnow(cwd, ["index", "drop", "--run", "e2e", "--index", server.url]);
    expect(dropped.code).toBe(0);
    expect(dropped.stderr).not.toContain(server.password);
    expect(server.cliEach("--scan", "--pattern", "winnow:e2e:*").join("").trim()).toBe("");
  }, 600_000);
});

describe("faults of a sharded run, end to end", () => {
  test("a store nobody listens on: exit 2 at start, one line without the password, nothing written", async (ctx) => {
    need(ctx, missingRedis());
    const cwd = tempTree(generateCorpus(20, 5));
    const s = await startRedis();
    await s.stop();
    const r = await winnow(cwd, ["corpus", "--out-dir", "out", "--report", "r.json", "--shard", "1/2", "--index", s.url, "--run", "x", "--verbose"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`winnow: index redis://***@127.0.0.1:${s.port}: cannot open the index: cannot connect (connection refused)\n`);
    expect(existsSync(path.join(cwd, "out"))).toBe(false);
    expect(existsSync(path.join(cwd, "r.json"))).toBe(false);
    const wrong = await winnow(cwd, ["corpus", "--out-dir", "out", "--index", `redis://:${s.password}@127.0.0.1:${s.port}`]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).not.toContain(s.password);
  });

  test("the store lost mid-run: exit 2, nothing half-written; a rerun against a store that is back finishes with the output of one run", async (ctx) => {
    need(ctx, missingRedis());
    const cwd = await corpus();
    const lost = await startRedis();
    servers.push(lost);
    // Shards 1 and 2 learn their templates and wait at the barrier for shard 3, which never comes: then the store dies.
    const waiting = [1, 2].map((k) => winnow(cwd, shardArgs("out", k, lost.url, "lost")));
    await waitUntil("shards 1 and 2 at the template barrier", () => lost.cli("scard", "winnow:lost:arrived:templates/3").trim() === "2");
    for (const pid of lost.pids) process.kill(pid, "SIGKILL");
    const ended = await Promise.all(waiting);
    for (const r of ended) {
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toMatch(/^winnow: index redis:\/\/\*\*\*@127\.0\.0\.1:\d+: .*(lost the connection|connection refused)/);
      expect(r.stderr).not.toContain(lost.password);
    }
    expectNothingHalfWritten(cwd, "out");
    const back = await startRedis();
    servers.push(back);
    await threeShards(cwd, "out", back.url, "lost");
    expectSameAsOne(cwd, "out");
  }, 600_000);

  test("--verbose, the report and the summary never show the password", async (ctx) => {
    need(ctx, missingRedis());
    const s = await startRedis();
    servers.push(s);
    const cwd = tempTree(generateCorpus(30, 9));
    const r = await winnow(cwd, ["corpus", "--out-dir", "out", "--report", "r.json", "--index", s.url, "--run", "v", "--verbose"]);
    expect(r.code).toBe(0);
    expect(`${r.stdout}${r.stderr}`).not.toContain(s.password);
    expect(readFileSync(path.join(cwd, "r.json"), "utf8")).not.toContain(s.password);
    const bad = await winnow(cwd, ["corpus", "--out-dir", "out2", "--index", `redis://:${s.password}x@127.0.0.1:${s.port}`, "--run", "v", "--verbose"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/authentication failed/);
    expect(bad.stderr).not.toContain(s.password);
  });
});
