// Batch mode is idempotent: cleaning a batch's output tree again changes no byte, with any --jobs.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { gluedDocument } from "../helpers/text-arbitraries.js";
import { missingPath, need } from "../helpers/require-tool.js";
import { ROOT, runCli } from "../helpers/run-cli.js";
import { readTree, tempTree } from "../helpers/temp-tree.js";
import { generateCorpus } from "./generate-corpus.js";

const DEV_DOCS = path.resolve(ROOT, "../shared/eval/dev/docs");

/** Cleans the tree `dir` into a new directory with --out-dir; returns that directory. */
async function cleanTree(cwd: string, dir: string, jobs: string): Promise<string> {
  const out = mkdtempSync(path.join(tmpdir(), "winnow-idem-"));
  const r = await runCli([dir, "--out-dir", out, "--jobs", jobs, "--no-gitignore", "--no-config"], { cwd });
  expect(r.code, r.stderr).toBe(0);
  return out;
}

async function expectIdempotent(cwd: string, dir: string): Promise<number> {
  const once = await cleanTree(cwd, dir, "1");
  const twice = await cleanTree(once, ".", "2");
  try {
    const a = readTree(once);
    const b = readTree(twice);
    expect([...b.keys()]).toEqual([...a.keys()]);
    const differing = [...a].filter(([k, v]) => !b.get(k)?.equals(v)).map(([k]) => k);
    expect(differing).toEqual([]);
    return a.size;
  } finally {
    rmSync(once, { recursive: true, force: true });
    rmSync(twice, { recursive: true, force: true });
  }
}

describe("cleaning a batch's output again changes nothing", () => {
  test("on the dev set's documents", async (ctx) => {
    need(ctx, missingPath(DEV_DOCS, "the shared evaluation set beside the checkout (../shared/eval/dev)"));
    expect(await expectIdempotent(ROOT, DEV_DOCS)).toBeGreaterThan(50);
  }, 120_000);

  test("on a generated corpus with cross-file copies and site furniture", async () => {
    const cwd = tempTree(generateCorpus(600, 11));
    expect(await expectIdempotent(cwd, "corpus")).toBe(600);
  }, 120_000);

  test("on generated texts of glued blocks, which copy one another across files", async () => {
    const texts = fc.sample(gluedDocument, { numRuns: 400, seed: 5 });
    const cwd = tempTree(Object.fromEntries(texts.map((t, i) => [`glued/${String(i).padStart(3, "0")}.txt`, t])));
    expect(await expectIdempotent(cwd, "glued")).toBe(400);
  }, 120_000);
});
