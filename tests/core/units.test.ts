import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { clean } from "../../src/core/clean.js";
import { splitLines } from "../../src/core/lines.js";
import { splitUnits } from "../../src/core/units.js";
import { isBlank } from "../../src/core/white-space.js";

function units(text: string): [number, number, string][] {
  return splitUnits(text, splitLines(text)).map((u) => [u.first + 1, u.last + 1, u.kind]);
}

describe("splitUnits", () => {
  test.each([
    ["blank-line separated paragraphs", "One paragraph here.\n\nAnother one.\n", [[1, 1, "paragraph"], [3, 3, "paragraph"]]],
    [
      "one paragraph per line (scraped pages)",
      "A long first paragraph that says something complete and ends here with a period at the end.\nA second long paragraph that is also complete on its own line and ends with a period.\n",
      [[1, 1, "paragraph"], [2, 2, "paragraph"]],
    ],
    [
      "a hard-wrapped paragraph stays one unit",
      "It was the best of times, it was the worst of times, it was the age\nof wisdom, it was the age of foolishness, it was the epoch of belief,\nit was the epoch of incredulity, it was the season of Light.\n",
      [[1, 3, "paragraph"]],
    ],
    [
      "verse lines are units of their own",
      "Fling abroad its folds to the cooling breeze,\nLet it float at the mast-head high;\nAnd gather around, all hearts resolved,\nTo sustain it there or die:\n",
      [[1, 1, "verse"], [2, 2, "verse"], [3, 3, "verse"], [4, 4, "verse"]],
    ],
    ["list items, with an indented continuation", "- first item\n  continued here\n- second item\n", [[1, 2, "list-item"], [3, 3, "list-item"]]],
    [
      "a dash the wrap put first, after a line that ends mid-sentence, goes on with the paragraph",
      "The band took over an old courtroom and jail instead, and named it after\nthe castle down the road; forty record labels turned up to one gig in Glasgow\n- which the band thought was totally ridiculous, said the singer later on.\n",
      [[1, 3, "paragraph"]],
    ],
    [
      "an item after a line that ends a sentence, or a numbered one, still starts a unit of its own",
      "The council met on Monday and agreed on the points that follow, which the\nmayor read out to the crowd that had gathered in the square outside the hall.\n- the bridge stays closed until the engineers have checked every one of its\npiers, and the ferry runs for free until then, every hour of the day and\n3. the market moves to the square by the church while the works go on there.\n",
      [[1, 2, "paragraph"], [3, 4, "list-item"], [5, 5, "list-item"]],
    ],
    ["a fenced code block is one code unit", "Text.\n\n```js\nconst a = 1;\n\nconst a = 1;\n```\n", [[1, 1, "paragraph"], [3, 7, "code"]]],
    ["Markdown headings", "## Example\n\nBody text.\n", [[1, 1, "heading"], [3, 3, "paragraph"]]],
    ["table rows", "| a | b |\n|---|---|\n| 1 | 2 |\n", [[1, 1, "table-row"], [2, 2, "table-row"], [3, 3, "table-row"]]],
    ["numbered verses are list items", "1 In the beginning God created the heaven and the earth.\n2 And the earth was without form, and void.\n", [[1, 1, "list-item"], [2, 2, "list-item"]]],
    ["CRLF and CR line endings", "First.\r\n\r\nSecond.\rThird.\r", [[1, 1, "paragraph"], [3, 3, "verse"], [4, 4, "verse"]]],
  ])("%s", (_name, text, expected) => {
    expect(units(text)).toEqual(expected);
  });

  test("YAML front matter opening a text is one code unit: nothing in it is cut", () => {
    expect(units("---\ntitle: Notes\ntags: travel, food\ncategories:\n  - trips\n# a comment\n---\n\nBody text.\n")).toEqual([[1, 7, "code"], [9, 9, "paragraph"]]);
    expect(clean("---\nlayout: post\ntags: news\n---\nShare this article\nThe river rose two metres overnight and the town council closed the bridge until further notice.\n").text).toBe(
      "---\nlayout: post\ntags: news\n---\nThe river rose two metres overnight and the town council closed the bridge until further notice.\n",
    );
  });

  test.each([
    ["a cut brings a block of keys to the start", "Advertisement\n---\ntitle: Notes\ntags: news\n---\n\ntitle: Notes\n\nThe river rose two metres overnight and the council closed the bridge.\n"],
    ["front matter and its copy below", "---\ntitle: Notes\n---\n\n---\ntitle: Notes\n---\n"],
  ])("front matter and idempotence: %s", (_name, x) => {
    for (const o of [{}, { minWords: 0 }]) {
      const once = clean(x, o);
      expect(clean(once.text, o).text).toBe(once.text);
    }
  });

  test.each([
    ["a line that is no key", "---\ntags: news\nShare this article\n---\n"],
    ["no key at all", "---\n- one\n---\n"],
    ["never closed", "---\ntags: news\n\nBody text.\n"],
    ["not on the first line", "Intro.\n---\ntags: news\n---\n"],
  ])("no front matter: %s", (_name, text) => {
    expect(units(text).some(([, , kind]) => kind === "code")).toBe(false);
  });

  test("blank lines belong to no unit", () => {
    expect(units("\n\n  \n")).toEqual([]);
  });
});

describe("isBlank", () => {
  test("is s.trim() === \"\"", () => {
    const ch = fc.constantFrom(" ", "\t", "\u000b", "\f", "\n", "\r", "\u00a0", "\u1680", "\u2000", "\u200a", "\u200b", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff", "\u0085", "\u180e", "a", ".");
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 8 }), (xs) => {
        const s = xs.join("");
        expect(isBlank(s)).toBe(s.trim() === "");
      }),
      { numRuns: 3000 },
    );
  });
});
