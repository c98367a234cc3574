import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { runCli, ROOT } from "../helpers/run-cli.js";

interface ReportCut {
  kind: string;
  startLine: number;
  endLine: number;
  prefix: boolean;
  rule: string;
  text: string;
  source?: { startLine: number; endLine: number };
}

async function seedReport(): Promise<{ raw: string; cuts: ReportCut[] }> {
  const out = path.join(mkdtempSync(path.join(tmpdir(), "winnow-report-")), "report.json");
  const r = await runCli(["fixtures/seed/input.txt", "--report", out], { cwd: ROOT });
  expect(r.code).toBe(0);
  const raw = readFileSync(out, "utf8");
  return { raw, cuts: (JSON.parse(raw) as { files: { cuts: ReportCut[] }[] }).files[0]?.cuts ?? [] };
}

describe("the seed's report", () => {
  test("names what the issue says: duplicates of 2–4 and 5–20, boilerplate 24–26 and 43, the quote header of line 2", async () => {
    const { cuts } = await seedReport();
    const dups = cuts.filter((c) => c.kind === "duplicate");
    const lines = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
    expect(dups.map((c) => c.startLine)).toEqual([...lines(21, 23), ...lines(27, 42)]);
    expect(dups.map((c) => c.source?.startLine)).toEqual([...lines(2, 4), ...lines(5, 20)]);
    expect(cuts.filter((c) => c.kind === "boilerplate" && !c.prefix).map((c) => c.startLine)).toEqual([24, 25, 26, 43]);
    const header = cuts.filter((c) => c.prefix);
    expect(header).toEqual([expect.objectContaining({ startLine: 2, rule: "forum-quote-header", text: "Quote from Alex bobby on April 26, 2024, 5:26 PM" })]);
  });

  test("matches the golden report byte for byte (format, order, keys)", async () => {
    const { raw } = await seedReport();
    const golden = readFileSync(new URL("../../fixtures/seed/report.json", import.meta.url), "utf8");
    const neutral = (s: string): string => s.replace(/"version": "[^"]+"/, '"version": "X"');
    expect(neutral(raw)).toBe(neutral(golden));
  });
});
