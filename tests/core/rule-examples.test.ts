// Every rule's own examples (src/core/boilerplate/rules.ts, context.ts, cta-score.ts): each line it
// must cut is cut by it, and nothing of a text it must keep is cut by any rule.
import { beforeAll, describe, expect, test } from "vitest";
import { CONTEXT_RULE_EXAMPLES, PAGE_HEAD_RULE, PAGE_TAIL_RULE } from "../../src/core/boilerplate/context.js";
import { CTA_EXAMPLES } from "../../src/core/boilerplate/cta-score.js";
import { CONTEXT_RULES } from "../../src/core/boilerplate/ruleset.js";
import { BUILTIN_RULES, CTA_SCORE_RULE, type RuleExamples } from "../../src/core/boilerplate/rules.js";
import { clean } from "../../src/core/clean.js";
import { loadFormat } from "../../src/core/unit-splitters.js";

beforeAll(() => loadFormat("markdown"));

// Four paragraphs of a scraped news page: long lines of prose, one to a line.
const BODY = [
  "The council said on Tuesday that the new library would open in the spring, after two years of delays caused by rising costs and a shortage of builders in the region.",
  "Officials blamed the delays on a dispute with the original contractor, which walked away from the site last autumn after a row over payments for additional foundation work.",
  "Local residents have campaigned for a larger reading room since the old branch closed, and a petition with four thousand signatures was handed to the mayor in June.",
  "The building will also house a small cafe, meeting rooms for community groups and a digital lab where pupils from nearby schools can learn to code after lessons.",
];

/** A line a built-in line rule cuts: the page shows itself a page. */
const SHARE = "Share on Facebook";
const CONTEXT: ReadonlySet<string> = new Set(CONTEXT_RULES);

/**
 * The example set between the second and third paragraphs (after the last, for the page-tail
 * rule, which reads only what follows the prose; before the first, for the page-head rule); the
 * 1-based lines of its non-blank lines.
 */
function inProse(example: string, rule = "", over = ""): { text: string; lines: number[] } {
  const at = rule === PAGE_TAIL_RULE ? 9 : rule === PAGE_HEAD_RULE ? 1 : 5; // BODY[0], blank, BODY[1], blank: the example starts on line 5
  const lines = example.split("\n").flatMap((l, k) => (l.trim() === "" ? [] : [at + k]));
  // Before the first paragraph, over the article's kicker and title, for the page-head rule. The
  // context rules read a text that names no chrome (a writer's) only before its first paragraph,
  // and the edge rules only a text that shows itself a page elsewhere: a sharing line ends theirs.
  if (rule === PAGE_HEAD_RULE) return { text: `${example}\n\nLibraries\n\nNew library to open in the spring\n\n${BODY.join("\n\n")}\n\n${SHARE}\n`, lines };
  if (rule === PAGE_TAIL_RULE) return { text: `${BODY[0]}\n\n${BODY[1]}\n\n${BODY[2]}\n\n${BODY[3]}\n\n${example}\n\n${SHARE}\n`, lines };
  const page = CONTEXT.has(rule) ? `\n${SHARE}\n` : "";
  // A box's heading over the box's lines (RuleExamples.over), then the prose goes on.
  const box = over ? `\n\n${over}` : "";
  return { text: `${BODY[0]}\n\n${BODY[1]}\n\n${example}${box}\n\n${BODY[2]}\n\n${BODY[3]}\n${page}`, lines };
}

const ALL: [string, RuleExamples][] = [
  ...BUILTIN_RULES.map((r): [string, RuleExamples] => [r.name, r.examples]),
  ...CONTEXT_RULES.map((r): [string, RuleExamples] => [r, CONTEXT_RULE_EXAMPLES[r] ?? { cut: [], keep: [] }]),
  [CTA_SCORE_RULE, CTA_EXAMPLES],
];

describe.each(ALL)("rule %s", (rule, examples) => {
  test("has examples it must cut and examples it must keep", () => {
    expect(examples.cut.length).toBeGreaterThan(0);
    expect(examples.keep.length).toBeGreaterThan(0);
  });

  test.each(examples.cut)("cuts %j", (line) => {
    const { text, lines } = inProse(line, rule, examples.over);
    const cuts = clean(text, { dedupe: false }).cuts;
    for (const l of lines) expect(cuts.find((c) => c.startLine === l)?.rule, `line ${l}`).toBe(rule);
  });

  test.each(examples.keep.map((k) => [typeof k === "string" ? k : k.markdown, typeof k !== "string"] as const))("keeps %j", (example, markdown) => {
    const text = markdown ? example : inProse(example, rule).text;
    // Markdown read as scraped pages, where the built-in rules run (in authored Markdown none does).
    const r = clean(text, { dedupe: false, format: markdown ? "markdown" : "text", markdownText: "scraped" });
    if (!markdown && CONTEXT.has(rule)) {
      // The sharing line that shows the page a page is cut; nothing else is, and the example stays whole.
      expect(r.cuts.map((c) => c.text.trim()).filter((t) => t !== SHARE)).toEqual([]);
      expect(r.text).toContain(example);
      return;
    }
    expect(r.cuts).toEqual([]);
    expect(r.text).toBe(text);
  });
});
