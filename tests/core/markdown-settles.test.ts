// The proof that spares authored Markdown its second cleaning (src/core/markdown/settles.ts): where
// it holds, cleaning the kept text again cuts nothing; and clean() stays idempotent on Markdown.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { analyze } from "../../src/core/analyze.js";
import { buildRuleSet } from "../../src/core/boilerplate/ruleset.js";
import { loadRuleEngine } from "../../src/core/boilerplate/user-pattern.js";
import { clean } from "../../src/core/clean.js";
import { decide } from "../../src/core/decide.js";
import { DedupIndex } from "../../src/core/dedup-index.js";
import { markdownSettles } from "../../src/core/markdown/settles.js";
import { placesStay } from "../../src/core/markdown/sections.js";
import { splitMarkdownUnits } from "../../src/core/markdown/split-markdown.js";
import { resolveOptions, type Options } from "../../src/core/options.js";
import { render } from "../../src/core/render.js";
import { registerMarkdownSplitter } from "../../src/core/unit-splitters.js";

registerMarkdownSplitter(splitMarkdownUnits);

/** The first cleaning of `text`: its analysis and decisions, against an index of its own. */
function firstCleaning(text: string, options: Partial<Options> = {}) {
  const o = resolveOptions({ format: "markdown", ...options });
  const rules = buildRuleSet(o);
  const a = analyze(text, o, rules);
  const index = new DedupIndex();
  const u = a.units;
  const doc = index.addDocument("page.md", {
    fpHi: Uint32Array.from(u, (x) => x.fpHi),
    fpLo: Uint32Array.from(u, (x) => x.fpLo),
    first: Int32Array.from(u, (x) => x.first),
    last: Int32Array.from(u, (x) => x.last),
    raw: Uint32Array.from(u, (x) => x.raw),
  });
  const decisions = decide(a, doc, index, o, rules);
  return { a, decisions, o, rules, settles: markdownSettles(a, decisions, o, rules) };
}

// Paragraphs long enough to be cut alone, a few of them, so that copies come often.
const SENTENCES = [
  "The build reads the configuration file once and caches every value it finds there.",
  "Each worker takes one file at a time and writes its result next to the input file.",
  "Run the tests before you open a pull request, and say in it what you changed and why.",
  "A release is tagged on main once the changelog names every change since the last one.",
  "The server answers with the status code and a short message that says what went wrong.",
];
const word = fc.constantFrom("alpha", "beta", "gamma", "delta", "note", "see [the guide](g.md)", "`x`", "12");
const short = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(" "));
const para = fc.constantFrom(...SENTENCES);
const block = fc.oneof(
  { weight: 8, arbitrary: para },
  { weight: 2, arbitrary: fc.tuple(para, para).map(([x, y]) => `${x}\n${y}`) },
  { weight: 2, arbitrary: fc.constantFrom("## Usage", "## Options", "### Notes", "### Returns", "## `run()`") },
  { weight: 2, arbitrary: fc.array(fc.oneof(para, short), { minLength: 1, maxLength: 3 }).map((ls) => ls.map((l) => `- ${l}`).join("\n")) },
  { weight: 1, arbitrary: fc.constantFrom("- see [the guide](g.md) for every option it takes today", "* see [the guide](g.md) for every option it takes today") },
  { weight: 1, arbitrary: fc.tuple(short, para).map(([a, b]) => `- ${a}\n\n  ${b}`) },
  { weight: 1, arbitrary: para.map((p) => `    ${p}`) },
  { weight: 1, arbitrary: para.map((p) => `  ${p}`) },
  { weight: 1, arbitrary: para.map((p) => `> ${p}`) },
  { weight: 1, arbitrary: fc.constantFrom("**Example**", "**Details:**", "What does it do?", "For example:", "![A diagram of the build](build.svg)") },
  { weight: 1, arbitrary: short.map((t) => "```sh\n" + t + "\n```") },
  { weight: 1, arbitrary: short.map((t) => `| ${t} | x |\n| --- | --- |\n| a | b |`) },
  { weight: 1, arbitrary: fc.constantFrom(":::tip", ":::", "<div>", "</div>", ": a definition of the term above it") },
  { weight: 1, arbitrary: short },
);
const markdown = fc
  .array(fc.tuple(block, fc.constantFrom("\n\n", "\n\n", "\n\n", "\n\n\n", "\n")), { minLength: 2, maxLength: 16 })
  .map((blocks) => blocks.map(([b, sep]) => b + sep).join(""));

describe("markdownSettles", () => {
  test("where it holds, a second cleaning of the kept text cuts nothing", () => {
    let cutting = 0;
    let settled = 0;
    let cutAgain = 0;
    fc.assert(
      fc.property(markdown, (md) => {
        const first = firstCleaning(md);
        if (first.decisions.every((d) => d === null)) return;
        cutting++;
        const again = clean(render(first.a, first.decisions), { format: "markdown" }).cuts.length > 0;
        if (again) cutAgain++;
        if (!first.settles) return;
        settled++;
        expect(again).toBe(false);
      }),
      { numRuns: 3000, seed: 15 },
    );
    // The texts exercise both sides: most settle, and some are cut again by a second cleaning
    // (where the proof must not hold).
    expect(settled).toBeGreaterThan(cutting / 3);
    expect(cutAgain).toBeGreaterThan(0);
  });

  test("holds for a paragraph pasted twice near its first copy, and only for authored Markdown without rules", async () => {
    await loadRuleEngine();
    const md = `# Guide\n\n${SENTENCES[0]}\n\n${SENTENCES[1]}\n\n${SENTENCES[0]}\n\nThe end of it.\n`;
    expect(firstCleaning(md).decisions.filter((d) => d !== null)).toHaveLength(1);
    expect(firstCleaning(md).settles).toBe(true);
    expect(firstCleaning(md, { markdownText: "scraped" }).settles).toBe(false);
    expect(firstCleaning(md, { rules: [{ name: "mine", pattern: "^Never$", mode: "line" }] }).settles).toBe(false);
  });

  test("does not hold where the unit after the cut one could be read otherwise", () => {
    // After the cut paragraph, indented text would continue the list item above it.
    const md = `- an item\n\n${SENTENCES[0]}\n\n${SENTENCES[0]}\n\n    ${SENTENCES[1]}\n`;
    const first = firstCleaning(md);
    expect(first.decisions.some((d) => d !== null)).toBe(true);
    expect(first.settles).toBe(false);
  });
});

describe("markdownSettles, where a second cleaning reads otherwise", () => {
  const [A, B1, B2, B3, Q] = SENTENCES as [string, string, string, string, string];
  test("a copy the first cleaning found far, past a unit a repeated block took after, is near in the second", () => {
    // The first walk from Q to its copy counts the second "Short title line" (cut after the walk,
    // with the copy of A below it): four blocks, far. The kept text has three: near, and cut.
    const md = `Short title line\n\n${A}\n\n${Q}\n\n${B1}\n\nShort title line\n\n${A}\n\n${B2}\n\n${B3}\n\n${Q}\n`;
    const first = firstCleaning(md);
    expect(first.decisions.map((d) => d?.rule ?? null)).toEqual([null, null, null, null, "repeated-block", "exact", null, null, null]);
    expect(first.settles).toBe(false);
    const cleaned = clean(md, { format: "markdown" });
    expect(cleaned.cuts.map((c) => c.startLine)).toEqual([9, 11, 17]);
    expect(clean(cleaned.text, { format: "markdown" }).cuts).toEqual([]);
  });

  test("placesStay: a cut paragraph that ended a list leaves later indented text in the list item", () => {
    const md = `${A}\n\n- item one\n\n${A}\n\n| a | b |\n| --- | --- |\n| c | d |\n\n  ${B1}\n`;
    const first = firstCleaning(md);
    expect(first.decisions.map((d) => d?.rule ?? null)).toEqual([null, null, "exact", null, null]);
    expect(placesStay(first.a, (k) => first.decisions[k] !== null)).toBe(false);
    expect(first.settles).toBe(false);
    // Without the indented paragraph, nothing later reads the list item.
    const plain = firstCleaning(`${A}\n\n- item one\n\n${A}\n\n| a | b |\n| --- | --- |\n| c | d |\n`);
    expect(placesStay(plain.a, (k) => plain.decisions[k] !== null)).toBe(true);
  });
});

describe("idempotence over generated Markdown", () => {
  test.each([
    ["authored", {}],
    ["authored, short units count", { minWords: 4 }],
    ["scraped", { markdownText: "scraped" as const }],
  ])("%s: cleaning the clean text cuts nothing", (_name, options: Partial<Options>) => {
    fc.assert(
      fc.property(markdown, (md) => {
        const o = { format: "markdown" as const, ...options };
        const once = clean(md, o);
        const twice = clean(once.text, o);
        expect(twice.text).toBe(once.text);
        expect(twice.cuts).toEqual([]);
      }),
      { numRuns: 1000, seed: 15 },
    );
  });
});
