import { readFileSync, writeFileSync } from "node:fs";
import { Chalk } from "chalk";
import { describe, expect, test } from "vitest";
import { clean } from "../../src/core/clean.js";
import { DedupIndex } from "../../src/core/dedup-index.js";
import { resolveOptions } from "../../src/core/options.js";
import { loadFormat } from "../../src/core/unit-splitters.js";
import { REPORTERS } from "../../src/reporters/index.js";
import type { FileResult, ReportContext } from "../../src/reporters/types.js";

const dir = new URL("../../fixtures/reporters/", import.meta.url);
const names = ["notes.txt", "guide.md"]; // fed in path order below, as a batch run would

async function results(): Promise<FileResult[]> {
  await loadFormat("markdown");
  const index = new DedupIndex();
  return [...names].sort().map((file) => {
    const input = readFileSync(new URL(file, dir), "utf8");
    const result = clean(input, { format: file.endsWith(".md") ? "markdown" : "text" }, { index, name: `docs/${file}` });
    return { file: `docs/${file}`, input, result };
  });
}

const ctx = (level: 0 | 1): ReportContext => ({ toolVersion: "0.0.0-test", options: resolveOptions(), chalk: new Chalk({ level }), written: false });

/** Golden files are compared byte for byte; UPDATE_GOLDEN=1 rewrites them (review the diff). */
function golden(name: string, actual: string): void {
  const file = new URL(name, dir);
  if (process.env.UPDATE_GOLDEN === "1") writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, "utf8"));
}

describe("reporters on the same run", () => {
  test.each([
    ["stylish", "expected-stylish.txt"],
    ["json", "expected.json"],
    ["github", "expected-github.txt"],
    ["sarif", "expected.sarif"],
  ] as const)("%s matches its golden file", async (name, file) => {
    golden(file, REPORTERS[name](await results(), ctx(0)));
  });

  test("stylish in colour differs from plain only by escape codes", async () => {
    const r = await results();
    const coloured = REPORTERS.stylish(r, ctx(1));
    expect(coloured).toContain("\u001b[");
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, "")).toBe(REPORTERS.stylish(r, ctx(0)));
  });

  test("a clean run says so", () => {
    const input = "Nothing repeats here.\n";
    const out = REPORTERS.stylish([{ file: "a.txt", input, result: clean(input) }], ctx(0));
    expect(out).toBe("✔ nothing to cut in 1 file\n");
    expect(REPORTERS.github([{ file: "a.txt", input, result: clean(input) }], ctx(0))).toBe("");
  });
});
