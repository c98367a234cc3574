// The development set's targets, scored by the shared scorer beside the checkout.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { missingPath, need } from "../helpers/require-tool.js";
import { ROOT } from "../helpers/run-cli.js";

const SET = path.resolve(ROOT, "../shared/eval/dev");
const SCORER = path.resolve(ROOT, "../shared/eval/score.py");

interface Figures {
  removal: { F1: number };
  duplicate: { R: number };
  false_removal_rate: number;
  false_removal_rate_hard_lines: number;
  false_removal_rate_hardneg_docs: number;
  glued_header_stripped_rate: number;
}

describe("the dev set", () => {
  test("reaches the pipe-mode targets", (ctx) => {
    need(ctx, missingPath(SCORER, "the shared evaluation set beside the checkout (../shared/eval)"));
    const json = path.join(mkdtempSync(path.join(tmpdir(), "winnow-eval-")), "scores.json");
    const r = spawnSync("python3", [SCORER, "--cmd", `node ${path.join(ROOT, "bin/winnow.js")} {in} -o {out}`, "--json", json, SET], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    // Python writes NaN for figures with nothing to count.
    const s = JSON.parse(readFileSync(json, "utf8").replace(/\bNaN\b/g, "null")) as { all_docs: Figures; by_kind: Record<string, Figures> };
    const kind = (k: string): Figures => s.by_kind[k] as Figures;
    const all = s.all_docs;
    expect(kind("inject").removal.F1).toBeGreaterThanOrEqual(0.95);
    expect(kind("forum").removal.F1).toBeGreaterThanOrEqual(0.95);
    expect(all.glued_header_stripped_rate).toBeGreaterThanOrEqual(0.9);
    expect(all.duplicate.R).toBeGreaterThanOrEqual(0.95);
    expect(all.false_removal_rate_hard_lines).toBeLessThanOrEqual(0.01);
    expect(all.false_removal_rate_hardneg_docs).toBeLessThanOrEqual(0.01);
    expect(all.false_removal_rate).toBeLessThanOrEqual(0.02);
    expect(kind("crop").removal.F1).toBeGreaterThanOrEqual(0.6);
  }, 180_000);
});
