// The page model reads a text as it reads alone: a unit cut as a copy of another text's is kept to
// it (decide.ts, applyModelAlone). A stand-in engine records what the model is shown and cuts every
// kept unit that opens with "Menu" in a text of three units or more, so that what it is shown and what it may cut are seen directly.
import { expect, test } from "vitest";
import { clean } from "../../src/core/clean.js";
import { DedupIndex } from "../../src/core/dedup-index.js";
import { registerPageModel, type PageModel, type UnitDecisions } from "../../src/core/boilerplate/page-model-shape.js";
import { unitBody } from "../../src/core/analyze.js";

const WEIGHTS = { features: [], threshold: 0.9, maxWords: 40, kind: 0, base: 0 } as unknown as PageModel;
const shown: (string | null)[][] = [];
registerPageModel({
  weights: WEIGHTS,
  problem: () => null,
  apply(a, out: UnitDecisions) {
    shown.push(out.map((d) => (d === null ? null : d.kind)));
    // A text of one or two units is no page to it (the first text below keeps its line).
    if (a.units.length < 3) return 0;
    let n = 0;
    a.units.forEach((u, i) => {
      if (out[i] === null && unitBody(a, u).startsWith("Menu")) {
        out[i] = { kind: "boilerplate", rule: "page-model", match: "stand-in" };
        n++;
      }
    });
    return n;
  },
});

const SHARED = "Menu of the harbour council: the night ferry route runs across the river until spring, the council said.";
const OWN = "Menu items of this page alone: tide tables, timetables and the fares for the winter crossings this year.";
const PROSE = "The council will meet again in March to hear from the operators about the cost of running the boats.";

test("a copy of another text's unit is kept to the model, and stays a copy; the text's own units are the model's as before", () => {
  const index = new DedupIndex();
  clean(`${SHARED}\n`, { pageModel: WEIGHTS }, { index, name: "first.txt" });
  shown.length = 0;
  const r = clean(`${SHARED}\n\n${OWN}\n\n${PROSE}\n`, { pageModel: WEIGHTS }, { index, name: "second.txt" });
  // The model was shown the copy as kept, as it is when the text is cleaned alone.
  expect(shown[0]).toEqual([null, null, null]);
  // Its cut of the copy is not taken: the copy names its first copy; its cut of the text's own line is.
  expect(r.cuts.map((c) => [c.startLine, c.kind, c.rule])).toEqual([
    [1, "duplicate", "exact"],
    [3, "boilerplate", "page-model"],
  ]);
  expect(r.text).toBe(`${PROSE}\n`);
});

test("a copy inside the text is shown to the model as cut, as when the text is cleaned alone", () => {
  shown.length = 0;
  clean(`${PROSE}\n\n${OWN}\n\n${PROSE}\n`, { pageModel: WEIGHTS });
  expect(shown[0]).toEqual([null, null, "duplicate"]);
});
