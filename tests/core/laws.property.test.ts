// The laws of clean() over generated and mutated text (fast-check), thousands of cases each.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { clean } from "../../src/core/clean.js";
import type { Options } from "../../src/core/options.js";
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
