// Hostile Unicode through the core, whole and streamed: no crash, and the laws hold.
import fc from "fast-check";
import { expect, test } from "vitest";
import { clean } from "../../src/core/clean.js";
import { StreamCleaner } from "../../src/core/stream-clean.js";
import { checkLaws } from "../helpers/laws.js";
import { hostileText, mutated } from "../helpers/text-arbitraries.js";

const texts = fc.oneof(hostileText, fc.tuple(mutated, hostileText, fc.nat()).map(([d, h, at]) => d.slice(0, at % (d.length + 1)) + h + d.slice(at % (d.length + 1))));

test("combining marks, emoji, RTL, CJK, lone surrogates, controls: clean keeps the laws", () => {
  fc.assert(
    fc.property(texts, (x) => {
      checkLaws(x, clean(x));
    }),
    { numRuns: 2000 },
  );
});

test("the same, streamed in small pieces with forced cuts and over-long lines", () => {
  fc.assert(
    fc.property(texts, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 60 }), (x, step, size) => {
      const s = new StreamCleaner({}, undefined, { segmentChars: size, maxSegmentChars: size * 2, maxLineChars: size });
      let out = "";
      const cuts = [];
      for (let i = 0; i < x.length; i += step) {
        const p = s.push(x.slice(i, i + step));
        out += p.text;
        cuts.push(...p.cuts);
      }
      const end = s.end();
      checkLaws(x, { text: out + end.text, cuts: [...cuts, ...end.cuts], stats: end.stats });
      expect(end.stats.linesIn).toBe(clean(x).stats.linesIn);
    }),
    { numRuns: 1000 },
  );
});
