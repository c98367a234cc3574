import { Chalk } from "chalk";
import { describe, expect, test } from "vitest";
import { clean } from "../../src/core/clean.js";
import { resolveOptions } from "../../src/core/options.js";
import { wordDiff } from "../../src/core/word-diff.js";
import { htmlReport } from "../../src/report/html.js";
import { jsonReport } from "../../src/report/json.js";
import { stylishReport } from "../../src/report/stylish.js";

describe("wordDiff", () => {
  test.each([
    ["a changed word", "The plan was approved on Tuesday by the board.", "The plan was approved on Wednesday by the board.", [{ kept: "Tuesday", cut: "Wednesday" }], 0],
    ["a dropped and an added word", "They said the transport plan works.", "They said the plan works well.", [{ kept: "transport", cut: "" }, { kept: "", cut: "well" }], 0],
    ["spacing only", "a  b c", "a b   c", [], 0],
    ["a long change is clipped", "x.", "one two three four five six seven eight nine ten.", [{ kept: "x", cut: "one two three four five six seven eight …" }], 0],
    ["past three changes, a count", "a b c d e f g h", "a B c D e F g H", [{ kept: "b", cut: "B" }, { kept: "d", cut: "D" }, { kept: "f", cut: "F" }], 1],
  ])("%s", (_name, kept, cut, changes, more) => {
    expect(wordDiff(kept, cut)).toEqual({ changes, more });
  });
});

const P = "The city council voted on Tuesday to expand the bus network into the northern suburbs, a plan that transport officials say will cut commuting times.";
const OTHER = "Other text stands here, different from the first and long enough to count as a paragraph.";
const NEAR = "The city council voted on Tuesday to extend the bus network into the northern suburbs, a plan that officials say will cut commuting times sharply.";
const input = `${P}\n\n${OTHER}\n\n${NEAR}\n`;

describe("a near duplicate says what differs", () => {
  const result = clean(input);
  const options = resolveOptions();

  test("as data in the cut and the JSON report", () => {
    const near = result.cuts.find((c) => c.kind === "near-duplicate");
    expect(near?.source).toEqual({ startLine: 1, endLine: 1 });
    expect(near?.differs).toEqual({ changes: [{ kept: "expand", cut: "extend" }, { kept: "transport", cut: "" }, { kept: "", cut: "sharply" }], more: 0 });
    const json = JSON.parse(jsonReport([{ file: "a.txt", result }], { toolVersion: "t", options })) as { files: { cuts: { differs?: unknown }[] }[] };
    expect(json.files[0]?.cuts[0]?.differs).toEqual(near?.differs);
  });

  test("worked out when read, and carried by a copy of the cut (spread, structured clone: batch workers post cuts)", () => {
    const near = clean(input).cuts.find((c) => c.kind === "near-duplicate");
    const expected = wordDiff(P, NEAR);
    expect(Object.keys(near ?? {})).toContain("differs");
    expect(structuredClone(near)?.differs).toEqual(expected);
    expect({ ...near }.differs).toEqual(expected);
    expect(near?.differs).toBe(near?.differs); // worked out once
  });

  test("in the stylish reporter, with the kept copy's line", () => {
    const out = stylishReport([{ file: "a.txt", result }], { toolVersion: "t", options, chalk: new Chalk({ level: 0 }), written: false });
    expect(out).toContain(`a.txt:5:1  near-duplicate  92% the same as line 1; differs: "expand" → "extend", − "transport", + "sharply"`);
  });

  test("in the HTML report, the kept copy's words struck and the copy's marked", () => {
    const page = htmlReport([{ file: "a.txt", input, result }], { toolVersion: "t", options });
    expect(page).toContain(`<span class="wd">differs: <del>expand</del><ins>extend</ins> · <del>transport</del> · <ins>sharply</ins></span>`);
  });
});
