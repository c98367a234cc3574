// The content stems analyze works out while hashing are those the context rules would take from
// each unit's text.
import fc from "fast-check";
import { expect, test } from "vitest";
import { analyze, unitBody } from "../../src/core/analyze.js";
import { VOCABULARY_STOPWORDS } from "../../src/core/boilerplate/context.js";
import { buildRuleSet } from "../../src/core/boilerplate/ruleset.js";
import { resolveOptions } from "../../src/core/options.js";
import { contentStems } from "../../src/core/stems.js";
import { document, hostileText, mutated } from "../helpers/text-arbitraries.js";

test("stems worked out in the hashing pass are the contentStems of the unit's body", () => {
  const o = resolveOptions({});
  const rules = buildRuleSet(o);
  let checked = 0;
  fc.assert(
    fc.property(fc.oneof(document, mutated, hostileText), (x) => {
      const a = analyze(x, o, rules, true);
      for (const u of a.units) {
        if (u.stemStart < 0) continue;
        checked++;
        expect(u.kind === "paragraph" || u.kind === "verse").toBe(true);
        expect([...a.stems.subarray(u.stemStart, u.stemEnd)]).toEqual(contentStems(unitBody(a, u), VOCABULARY_STOPWORDS));
      }
      expect(analyze(x, o, rules).stems.length).toBe(0);
    }),
    { numRuns: 400 },
  );
  expect(checked).toBeGreaterThan(400);
});
