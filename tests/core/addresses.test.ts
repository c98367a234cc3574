// Addresses found from each "@" (src/core/addresses.ts) against the patterns they stand for.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { addressSpans } from "../../src/core/addresses.js";
import { lineTemplate } from "../../src/core/boilerplate/templates.js";

const PIECES = ["a", "Z", "9", "_", ".", "+", "-", "@", " ", ",", "é", "𝐀", "\u{1F600}", "\uD800", "x.org", "b@c.de", "@@"];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(""));

function spansOf(t: string, pattern: RegExp): number[] {
  return [...t.matchAll(pattern)].flatMap((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
}

describe("addressSpans", () => {
  test("ASCII local parts: the spans of /[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+/g", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(addressSpans(t, false, /[\w-]+(?:\.[\w-]+)+/y)).toEqual(spansOf(t, /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g));
      }),
      { numRuns: 3000 },
    );
  });

  test("Unicode local parts: the spans of the first law's pattern", () => {
    fc.assert(
      fc.property(text, (t) => {
        const domain = /(?:[\p{L}\p{N}_]|-)+\.(?:[\p{L}\p{N}_]|[.-])+/uy;
        expect(addressSpans(t, true, domain)).toEqual(spansOf(t, /(?:[\p{L}\p{N}_]|[.+-])+@(?:[\p{L}\p{N}_]|-)+\.(?:[\p{L}\p{N}_]|[.-])+/gu));
      }),
      { numRuns: 3000 },
    );
  });

  test("a line template masks the address of a line of long words, read to its end", () => {
    const long = `${"b".repeat(40000)} ${"c".repeat(40000)} write to ${"d".repeat(40000)}@example.org`;
    expect(lineTemplate(long)).toBe(`${"b".repeat(40000)} ${"c".repeat(40000)} write to <email>`);
  });
});
