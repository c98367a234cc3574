// Counting lines over pieces gives the count over the whole text, however it is cut.
import fc from "fast-check";
import { expect, test } from "vitest";
import { LineCounter } from "../../src/core/line-counter.js";
import { splitLines } from "../../src/core/lines.js";

const text = fc.array(fc.constantFrom("\n", "\r", "\r\n", "a", "bc ", "\u00e9"), { maxLength: 30 }).map((xs) => xs.join(""));

const utf8 = new TextEncoder();
const feeds: [string, (c: LineCounter, piece: string) => void][] = [
  ["the pieces", (c, piece) => c.add(piece)],
  ["the UTF-8 of the pieces", (c, piece) => c.addBytes(utf8.encode(piece))],
];

test.each(feeds)("lines counted over %s are the lines of the whole text", (_, feed) => {
  fc.assert(
    fc.property(text, fc.array(fc.nat(), { maxLength: 5 }), (s, cuts) => {
      const at = [...new Set(cuts.map((c) => c % (s.length + 1)))].sort((a, b) => a - b);
      const c = new LineCounter();
      let from = 0;
      for (const p of [...at, s.length]) {
        feed(c, s.slice(from, p));
        from = p;
      }
      expect(c.total()).toBe(splitLines(s).start.length);
    }),
    { numRuns: 3000 },
  );
});
