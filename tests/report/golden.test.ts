import { readFileSync, writeFileSync } from "node:fs";
import { Chalk } from "chalk";
import { describe, expect, test } from "vitest";
import { clean } from "../../src/core/clean.js";
import { resolveOptions } from "../../src/core/options.js";
import { REPORTERS } from "../../src/report/reporters.js";
import type { FileFindings, ReportContext } from "../../src/report/reporter-types.js";
import { makeResults } from "./make-results.js";

const dir = new URL("../../fixtures/reporters/", import.meta.url);

/**
 * The results the reporters render are frozen in results.json (made once from guide.md and
 * notes.txt), so that tuning the engine never changes a reporter's golden output.
 */
if (process.env.UPDATE_RESULTS === "1") await makeResults(dir);

function results(): FileFindings[] {
  return JSON.parse(readFileSync(new URL("results.json", dir), "utf8")) as FileFindings[];
}

const ctx = (level: 0 | 1): ReportContext => ({ toolVersion: "0.0.0-test", options: resolveOptions({ ngram: 5, window: 4, threshold: 0.6, minWords: 8, stubMaxWords: 6 }), chalk: new Chalk({ level }), written: false });

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
  ] as const)("%s matches its golden file", (name, file) => {
    golden(file, REPORTERS[name](results(), ctx(0)));
  });

  test("stylish in colour differs from plain only by escape codes", () => {
    const r = results();
    const coloured = REPORTERS.stylish(r, ctx(1));
    expect(coloured).toContain("\u001b[");
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, "")).toBe(REPORTERS.stylish(r, ctx(0)));
  });

  test("a clean run says so", () => {
    const input = "Nothing repeats here.\n";
    const out = REPORTERS.stylish([{ file: "a.txt", result: clean(input) }], ctx(0));
    expect(out).toBe("✔ nothing to cut in 1 file\n");
    expect(REPORTERS.github([{ file: "a.txt", result: clean(input) }], ctx(0))).toBe("");
  });
});
