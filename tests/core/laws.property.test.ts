// The laws of clean() over generated and mutated text (fast-check), thousands of cases each.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { clean } from "../../src/core/clean.js";
import { DedupIndex } from "../../src/core/dedup-index.js";
import type { Options } from "../../src/core/options.js";
import type { CleanResult } from "../../src/core/types.js";
import { checkLaws } from "../helpers/laws.js";
import { document, gluedDocument, mutated, spacedDocument } from "../helpers/text-arbitraries.js";

const RUNS = 2000;
const VARIANTS: Partial<Options>[] = [{}, { exact: true }, { defaultRules: false }, { dedupe: false }, { minWords: 0, stubMaxWords: 20 }];

describe.each([
  ["generated", document],
  ["mutated", mutated],
])("laws over %s text", (_name, texts) => {
  test("determinism: same input and options, same bytes and report", () => {
    fc.assert(
      fc.property(texts, fc.constantFrom(...VARIANTS), (x, o) => {
        expect(clean(x, o)).toEqual(clean(x, o));
      }),
      { numRuns: RUNS / 2 },
    );
  });

  test("conservation and accounting: output lines are input lines in order, every removed line reported once", () => {
    fc.assert(
      fc.property(texts, fc.constantFrom(...VARIANTS), (x, o) => {
        checkLaws(x, clean(x, o));
      }),
      { numRuns: RUNS },
    );
  });
});

// A cut can change how the lines left around it read (a block glued to an ad line, judged verse,
// hard-wrapped prose or a numbered list anew): clean() cleans the kept text again until nothing more
// goes, so idempotence holds for glued blocks too. Before that loop, glued documents failed it in
// 54 of 5,000 cases (seed 7), generated ones in 1 and mutated ones in 2.
describe.each([
  ["spaced", spacedDocument],
  ["generated", document],
  ["glued", gluedDocument],
  ["mutated", mutated],
])("idempotence over %s text", (_name, texts) => {
  test("cleaning the clean text changes nothing and cuts nothing", () => {
    fc.assert(
      fc.property(texts, fc.constantFrom(...VARIANTS), (x, o) => {
        const once = clean(x, o);
        checkLaws(x, once);
        const twice = clean(once.text, o);
        expect(twice.text).toBe(once.text);
        expect(twice.cuts).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});

// Found by the glued property, each a second cleaning that cut more than the first:
// - seed -713827630: "Related Stories", a rule's match kept over prose, is left out when analyze()
//   judges its block's kinds, so the line beside it, verse while the stub line before it stayed, is
//   a paragraph once that line is cut, and a copy of it goes;
// - a later run's seed 11: "Travel", recorded and then cut as a stub, left its wording noted, so
//   "World" read as a formula of it and its copy stayed; in the kept text nothing spares the copy.
test.each([
  ["a cut changes the kind of a line beside a kept rule's match", "Advertisement\n\nThe wind was in the willows,\nAdvertisement\nThe the the the the the the the.\nRelated Stories\n\nThe the the the. The the the the the. The the the the the the the the the the the.\nThe the the the the the the the.\n\nThe wind was in the willows,\n", {}],
  ["a copy kept as the formula of a unit cut later", "Nothing yet to repeat in this block.\nAdvertisement\n\nTravel\nNothing yet to repeat in this block.\nThe the the. The the the. The the price the could police the the many.\nThe the the. The the the. The the price the could police the the many.\n\nWorld\n- The the winter never the the the council plan the court court north.\n\nWorld\nThe the the. The forest the the season energy the music health report.\n", { minWords: 0, stubMaxWords: 20 }],
])("idempotence where %s", (_name, x, o: Partial<Options>) => {
  const once = clean(x, o);
  checkLaws(x, once);
  const twice = clean(once.text, o);
  expect(twice.text).toBe(once.text);
  expect(twice.cuts).toEqual([]);
});

test("a copy kept as the formula of a unit cut later is cut in the first cleaning, not by a second", () => {
  const x = "Nothing yet to repeat in this block.\nAdvertisement\n\nTravel\nNothing yet to repeat in this block.\nThe the the. The the the. The the price the could police the the many.\nThe the the. The the the. The the price the could police the the many.\n\nWorld\n- The the winter never the the the council plan the court court north.\n\nWorld\nThe the the. The forest the the season energy the music health report.\n";
  const o: Partial<Options> = { minWords: 0, stubMaxWords: 20 };
  const one = clean(x, o, { index: new DedupIndex(), cleanings: 1 });
  expect(one.cuts.filter((c) => c.text === "World").map((c) => c.startLine)).toEqual([12]);
  expect(one.text).toBe(clean(x, o).text);
});

// Across texts (a batch, a resumed --write run): a text already clean and the same text cleaned
// now put the same units in the index, so a later text comes out the same either way. The kept
// copy's line numbers differ (they are the first text's own), so sources are left out.
test("a text cleaned before or now: the next text's result is the same", () => {
  const withoutSources = (r: CleanResult) => ({ text: r.text, cuts: r.cuts.map(({ source: _s, ...c }) => c) });
  fc.assert(
    fc.property(gluedDocument, gluedDocument, fc.constantFrom(...VARIANTS), (x, y, o) => {
      const now = new DedupIndex();
      const before = new DedupIndex();
      const cleaned = clean(x, o, { index: now, name: "x" });
      clean(cleaned.text, o, { index: before, name: "x" });
      const a = clean(y, o, { index: now, name: "y" });
      const b = clean(y, o, { index: before, name: "y" });
      expect(withoutSources(b)).toEqual(withoutSources(a));
    }),
    { numRuns: RUNS },
  );
});
