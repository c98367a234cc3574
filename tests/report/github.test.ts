import { Chalk } from "chalk";
import { describe, expect, test } from "vitest";
import { resolveOptions } from "../../src/core/options.js";
import type { CleanResult } from "../../src/core/types.js";
import { escapeData, escapeProperty, githubReport } from "../../src/report/github.js";

describe("GitHub workflow command escaping", () => {
  test.each([
    ["100%", "100%25", "100%25"],
    ["a\r\nb", "a%0D%0Ab", "a%0D%0Ab"],
    ["dir:one,two", "dir:one,two", "dir%3Aone%2Ctwo"],
  ])("%j", (raw, data, prop) => {
    expect(escapeData(raw)).toBe(data);
    expect(escapeProperty(raw)).toBe(prop);
  });

  test("a file name with a comma and a colon cannot break the annotation", () => {
    const result: CleanResult = {
      text: "",
      stats: { bytesIn: 0, bytesOut: 0, linesIn: 3, linesOut: 1, units: 2, cuts: { duplicate: 1, "near-duplicate": 0, boilerplate: 0 } },
      cuts: [{ kind: "duplicate", startLine: 3, endLine: 4, text: "x", prefix: false, rule: "exact", source: { startLine: 1, endLine: 2 } }],
    };
    const out = githubReport([{ file: "a,b:c.md", result }], {
      toolVersion: "0",
      options: resolveOptions(),
      chalk: new Chalk({ level: 0 }),
      written: false,
    });
    expect(out).toBe("::warning file=a%2Cb%3Ac.md,line=3,endLine=4,title=winnow%3A duplicate::repeats lines 1-2\n");
  });
});
