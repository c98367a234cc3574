// keptAnalysis() against analyze() of the same kept text, over generated, glued and mutated texts.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { analyze, type Analysis } from "../../src/core/analyze.js";
import { buildRuleSet } from "../../src/core/boilerplate/ruleset.js";
import type { Decision, Decisions } from "../../src/core/decide.js";
import { blocksSplitAsKept, keptAnalysis } from "../../src/core/kept-analysis.js";
import { resolveOptions } from "../../src/core/options.js";
import { render } from "../../src/core/render.js";
import { document, gluedDocument, mutated } from "../helpers/text-arbitraries.js";

const CUT: Decision = { kind: "boilerplate", rule: "test" };

/** Each unit as analyze() gives it, its shingles and stems read out of the shared arrays. */
function view(a: Analysis) {
  return {
    text: a.text,
    lines: a.lines,
    units: a.units.map((u) => {
      const { selStart, selEnd, stemStart, stemEnd, ...rest } = u;
      return { ...rest, sel: [...a.selHash.subarray(selStart, selEnd)], pos: [...a.selPos.subarray(selStart, selEnd)], stems: stemStart < 0 ? null : [...a.stems.subarray(stemStart, stemEnd)] };
    }),
  };
}

/** Which units to cut: the ones a line rule matched (as a cleaning does), or any, by the flags. */
const plan = fc.tuple(fc.boolean(), fc.array(fc.boolean(), { minLength: 1, maxLength: 64 }));

function decisionsOf(a: Analysis, [byRules, flags]: [boolean, boolean[]]): Decisions {
  return a.units.map((u, i) => ((byRules ? u.boiler !== null && flags[i % flags.length] !== false : flags[i % flags.length]) ? CUT : null));
}

describe.each([
  ["generated", document],
  ["glued", gluedDocument],
  ["mutated", mutated],
])("keptAnalysis over %s text", (_name, texts) => {
  test.each([{}, { exact: true }, { minWords: 0 }])("is analyze() of the kept text wherever the blocks split as kept (%o)", (options) => {
    const o = resolveOptions(options);
    const rules = buildRuleSet(o);
    let made = 0;
    let withRule = 0;
    fc.assert(
      fc.property(texts, plan, (text, p) => {
        const a = analyze(text, o, rules, true);
        const decisions = decisionsOf(a, p);
        if (!blocksSplitAsKept(a, decisions, rules)) return;
        const kept = render(a, decisions);
        const derived = keptAnalysis(a, decisions, kept, o);
        // It gives up (null: the caller analyzes the kept text) where a U+FEFF opens either text,
        // and where a CR line ending meets a gap that opens with LF (lines that no longer line up).
        if (text.charCodeAt(0) !== 0xfeff && kept.charCodeAt(0) !== 0xfeff && !text.includes("\r")) expect(derived).not.toBeNull();
        if (!derived) return;
        made++;
        if (derived.units.some((u) => u.boiler !== null)) withRule++;
        expect(view(derived)).toEqual(view(analyze(kept, o, rules, true)));
      }),
      { numRuns: 1500 },
    );
    // The property is asked often enough, also of kept units a rule matched.
    expect(made).toBeGreaterThan(300);
    expect(withRule).toBeGreaterThan(20);
  });
});

test("a U+FEFF that a cut brings to the start of the kept text is a BOM there: analyzed anew", () => {
  const o = resolveOptions({});
  const rules = buildRuleSet(o);
  const a = analyze("he from the.\n\n\uFEFFThe rest", o, rules, true);
  const decisions: Decisions = [CUT, null];
  expect(blocksSplitAsKept(a, decisions, rules)).toBe(true);
  expect(keptAnalysis(a, decisions, render(a, decisions), o)).toBeNull();
});

test("a unit whose kind its block's re-judging changes in the kept text is weighed for facts by its new kind", () => {
  const o = resolveOptions({ minWords: 0 });
  const rules = buildRuleSet(o);
  const a = analyze("Quote from admin on January 1\n, 1999, 1:00 AMPolice the the the.\nSubscribe to our newsletter", o, rules, true);
  const decisions: Decisions = a.units.map((_, i) => (i === 1 ? CUT : null));
  const kept = render(a, decisions);
  expect(view(keptAnalysis(a, decisions, kept, o) ?? a)).toEqual(view(analyze(kept, o, rules, true)));
});

test("a line ended by CR before a gap that opens with LF joins two blocks in the kept text: analyzed anew", () => {
  const o = resolveOptions({ exact: true });
  const rules = buildRuleSet(o);
  const text = "The north music the energy police. Film always music film.\nAdvertisement\rQuote from admin on January 1, 1999, 1:00 AMThe river.\n\nAdvertisement\rLast";
  const a = analyze(text, o, rules, true);
  const decisions: Decisions = a.units.map((u) => (u.prefix || (u.first > 3 && u.boiler) ? CUT : null));
  const kept = render(a, decisions);
  expect(kept).toContain("Advertisement\r\nLast"); // the blank line is gone
  expect(keptAnalysis(a, decisions, kept, o)).toBeNull();
});

describe("blocksSplitAsKept", () => {
  const o = resolveOptions({});
  const rules = buildRuleSet(o);
  test.each([
    ["a cut between two paragraphs of one block", "First paragraph of some length here.\nAdvertisement\nSecond paragraph of some length here.\n", [false, true, false], true],
    [
      "lines an ad line kept apart join as one hard-wrapped paragraph",
      "The river council said the market team would put the plan for energy to a vote\nAdvertisement\nand the forest study would show that the city health plan was well under way\n",
      [false, true, false],
      false,
    ],
    ["blocks cut or kept whole", "A paragraph standing alone here.\n\nAnother one standing alone.\n", [true, false], true],
    [
      // Verse with the first line, a paragraph without it: "Related Stories" (a rule's match, kept)
      // has no say in its block's kinds, so the kept line left alone is judged anew.
      "a kept line a rule matched leaves its block's kinds to the other kept lines",
      "The wind was in the willows,\nAdvertisement\nThe the the the the the the the.\nRelated Stories\n",
      [true, true, false, false],
      false,
    ],
  ])("%s", (_name, text, cut, expected) => {
    const a = analyze(text, o, rules, true);
    expect(a.units.length).toBe(cut.length);
    expect(blocksSplitAsKept(a, cut.map((c) => (c ? CUT : null)), rules)).toBe(expected);
  });
});
