// A committed text's share of the index, exported alone and imported into a run, finds the same
// copies as the text cleaned in that run; and a changed text's findings are those it adds.
import { describe, expect, test } from "vitest";
import { analyze } from "../../src/core/analyze.js";
import { buildRuleSet } from "../../src/core/boilerplate/ruleset.js";
import { clean, cleanAnalysis } from "../../src/core/clean.js";
import { indexCommittedText, newFindings } from "../../src/core/committed-text.js";
import { DedupIndex } from "../../src/core/dedup-index.js";
import { resolveOptions } from "../../src/core/options.js";
import type { Cut } from "../../src/core/types.js";

const o = resolveOptions({});
const rules = buildRuleSet(o);
const A = "The harbour master keeps a log of every vessel that enters the port, with its tonnage and its captain.";
// Of 20 tokens or more: a shorter copy between two kept units of a text with no chrome is kept as that text's sentence (decide.ts, keepStraySentences).
const B = "Volunteers repaint the lighthouse every spring, a job of three weeks when the weather holds and rather longer when the winds blow from the north.";
const C = "The ferry to the island leaves at seven and at noon, and on Sundays only once, at ten in the morning.";
const committed = `${A}\n\n${B}\n\n${A}\n\nSubscribe to our newsletter for more stories like this!\n`;
// A near copy with a typo (a copy with another number or name is a formula, and one with a word or a phrase of its own says something else: both stay).
const checked = `Our own opening paragraph, which says something nobody else has said before here.\n\n${B}\n\n${C.replace("ferry", "ferrry")}\n\n${C}\n`;

function cutsAgainst(fill: (index: DedupIndex) => void): Cut[] {
  const index = new DedupIndex();
  fill(index);
  return cleanAnalysis(analyze(checked, o, rules), o, rules, { index, name: "checked.txt" }).cuts;
}

describe("indexCommittedText", () => {
  test("imported, it finds what cleaning the committed text in the same run finds, with the same source", () => {
    const direct = cutsAgainst((index) => clean(committed, o, { index, name: "committed.txt" }));
    const imported = cutsAgainst((index) => index.importDocument("committed.txt", indexCommittedText(committed, o, rules).indexed));
    expect(direct.map((c) => [c.kind, c.startLine, c.source])).toEqual([
      ["duplicate", 3, { file: "committed.txt", startLine: 3, endLine: 3 }],
      ["near-duplicate", 7, { startLine: 5, endLine: 5 }],
    ]);
    expect(imported).toEqual(direct);
  });

  test("carries what the first law reads: a copy with a fact its committed source lacks stays, as in one run", () => {
    const said = (v: string) => `Release ${v} of the harbour toolkit supports every platform the project has ever targeted, old and new.`;
    const before = `${said("14.2.1")}\n`;
    const now = `${said("16.0.3")}\n\n${said("14.2.1")}\n`;
    const run = (fill: (index: DedupIndex) => void): Cut[] => {
      const index = new DedupIndex();
      fill(index);
      return cleanAnalysis(analyze(now, o, rules), o, rules, { index, name: "now.txt" }).cuts;
    };
    const direct = run((index) => clean(before, o, { index, name: "before.txt" }));
    const imported = run((index) => index.importDocument("before.txt", indexCommittedText(before, o, rules).indexed));
    expect(direct.map((c) => [c.kind, c.startLine])).toEqual([["duplicate", 3]]);
    expect(imported).toEqual(direct);
  });

  test("keeps the text's line templates", () => {
    expect(indexCommittedText(committed, o, rules).templates.length).toBeGreaterThan(0);
  });
});

describe("newFindings", () => {
  const cut = (kind: Cut["kind"], text: string, rule = kind === "boilerplate" ? "subscribe" : "exact", line = 1): Cut => ({ kind, rule, text, prefix: false, startLine: line, endLine: line });
  test.each([
    ["a copy that stood before is not new, wherever it moved", [cut("duplicate", A, "exact", 9)], [cut("duplicate", A, "near", 3)], []],
    ["a second copy of it is", [cut("duplicate", A), cut("duplicate", A, "exact", 5)], [cut("duplicate", A)], [cut("duplicate", A, "exact", 5)]],
    ["an ad line that stood before is not new, white space aside", [cut("boilerplate", "Subscribe  now ")], [cut("boilerplate", "Subscribe now")], []],
    ["the same line cut by another rule is", [cut("boilerplate", "Subscribe now", "cta-score")], [cut("boilerplate", "Subscribe now")], [cut("boilerplate", "Subscribe now", "cta-score")]],
    ["with no committed version everything is new", [cut("duplicate", B)], [], [cut("duplicate", B)]],
  ])("%s", (_name, now, before, expected) => {
    expect(newFindings(now, before)).toEqual(expected);
  });
});
