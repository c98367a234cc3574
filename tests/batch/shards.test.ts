// N shard runs sharing one claim store give the files, outputs and cuts of one run; a shard whose
// phase one ran before (and died at the barrier) runs again with the same result.
import { appendFileSync, existsSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { BarrierTimeout, MemoryClaimStore, MemoryRun, PlanMismatch } from "../../src/core/claims/claim-store.js";
import { parseShard, shardRange } from "../../src/batch/order-free.js";
import { runFiles, type FilesResult } from "../../src/lib/files.js";
import { loadSettings } from "../../src/lib/settings.js";
import { readTree, tempTree } from "../helpers/temp-tree.js";
import { generateCorpus } from "./generate-corpus.js";

async function shardRun(cwd: string, out: string, shard: { index: number; count: number } | null, run: MemoryRun, barrierMs = 60_000): Promise<FilesResult> {
  const settings = await loadSettings({ cwd, options: {}, config: false, gitignore: false });
  return runFiles(["corpus"], settings, {
    cwd,
    mode: "out-dir",
    outDir: out,
    keep: "results",
    jobs: 1,
    ...(shard ? { engine: { store: new MemoryClaimStore(run), shard, barrierMs } } : {}),
  });
}

/** What a JSON report holds of each file: its name, status, clean text and every cut. */
function reported(r: FilesResult[]): string[] {
  return r.flatMap((x) => x.files.map((o) => JSON.stringify([o.file, o.status, o.result?.text, o.result?.cuts, o.result?.stats])));
}

describe("sharded runs", () => {
  test("K/N slices the sorted list into N contiguous parts that cover it once", () => {
    expect(parseShard("2/8")).toEqual({ index: 2, count: 8 });
    for (const bad of ["0/3", "4/3", "1/0", "x/2", "1/2/3", ""]) expect(parseShard(bad)).toBeNull();
    for (const [total, n] of [[10, 3], [3, 5], [3000, 7]] as const) {
      const parts = Array.from({ length: n }, (_, k) => shardRange(total, { index: k + 1, count: n }));
      expect(parts[0]?.[0]).toBe(0);
      expect(parts[n - 1]?.[1]).toBe(total);
      for (let k = 1; k < n; k++) expect(parts[k]?.[0]).toBe(parts[k - 1]?.[1]);
    }
  });

  test("three shards sharing one store give the tree and the cuts of one run, also when one shard's phase one ran twice", async () => {
    const cwd = tempTree(generateCorpus(300, 11));
    const one = await shardRun(cwd, "one", null, new MemoryRun());
    const all = reported([one]);
    // The corpus exercises cross-file copies and learned lines, or the comparison proves little.
    expect(all.join("\n")).toContain('"rule":"learned"');
    expect(all.join("\n")).toMatch(/"source":\{[^}]*"file":"corpus\//);
    expect(all.join("\n")).toContain('"kind":"near-duplicate"');

    const store = new MemoryRun();
    // Shard 2 alone: it finishes its first phase, then the barrier gives up naming the other two.
    const dead = await shardRun(cwd, "sharded", { index: 2, count: 3 }, store, 200).catch((e: unknown) => e);
    expect(dead).toBeInstanceOf(BarrierTimeout);
    expect((dead as Error).message).toMatch(/^shards 1\/3, 3\/3 did not finish \w+ in time$/);
    const shards = await Promise.all([1, 2, 3].map((index) => shardRun(cwd, "sharded", { index, count: 3 }, store)));
    expect(shards.map((s) => s.files.length)).toEqual([100, 100, 100]);
    const got = reported(shards);
    expect(got.length).toBe(all.length);
    expect(got.filter((x, i) => x !== all[i]).slice(0, 2)).toEqual([]);
    const a = readTree(path.join(cwd, "one"));
    const b = readTree(path.join(cwd, "sharded"));
    expect(a.size).toBe(300);
    expect([...b.keys()]).toEqual([...a.keys()]);
    expect([...a].filter(([k, v]) => !b.get(k)?.equals(v)).map(([k]) => k)).toEqual([]);
  }, 120_000);
});

test("a shard that planned other files than the run's, or the same files changed since, is refused before it claims anything (exit 2)", async () => {
  const cwd = tempTree(generateCorpus(30, 5));
  const store = new MemoryRun();
  // Shard 1 settles the run's list and claims, then gives up waiting for shard 2 (run here after it).
  await expect(shardRun(cwd, "one", { index: 1, count: 2 }, store, 100)).rejects.toBeInstanceOf(BarrierTimeout);
  writeFileSync(path.join(cwd, "corpus", "added.txt"), "A file the first shard never planned, long enough to hold a paragraph of its own words.\n");
  const refused = await shardRun(cwd, "two", { index: 2, count: 2 }, store).catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(PlanMismatch);
  expect((refused as PlanMismatch).exitCode).toBe(2);
  expect((refused as Error).message).toMatch(/other files than this shard planned \(31 files\)/);
  expect(existsSync(path.join(cwd, "two"))).toBe(false);
  // The same names, one file's bytes changed: refused too.
  rmSync(path.join(cwd, "corpus", "added.txt"));
  const dir = path.join(cwd, "corpus", readdirSync(path.join(cwd, "corpus")).sort()[0]!);
  appendFileSync(path.join(dir, readdirSync(dir).sort()[0]!), "One more line.\n");
  await expect(shardRun(cwd, "two", { index: 2, count: 2 }, store)).rejects.toBeInstanceOf(PlanMismatch);
});

test("a shard whose barrier times out is an exit-2 error naming the missing shards, with nothing written; --shard without a shared store is refused", async () => {
  const { runCli } = await import("../helpers/run-cli.js");
  const { existsSync } = await import("node:fs");
  const cwd = tempTree(generateCorpus(6, 5));
  // The memory store cannot be shared, so the CLI refuses --shard with it; the barrier is reached
  // through the library here, and the CLI's one-line error through a WinnowError's exit code.
  const r = await runCli(["corpus", "--out-dir", "out", "--shard", "1/2"], { cwd });
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/^winnow: --shard 1\/2: shards share their claims through a store both reach: add --index redis:\/\/host:port[^\n]*\n$/);
  expect(existsSync(path.join(cwd, "out"))).toBe(false);
  const err = await shardRun(cwd, "out", { index: 1, count: 2 }, new MemoryRun(), 50).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(BarrierTimeout);
  expect((err as BarrierTimeout).exitCode).toBe(2);
  expect((err as Error).message).toBe("shard 2/2 did not finish templates in time");
  expect(existsSync(path.join(cwd, "out"))).toBe(false);
});
