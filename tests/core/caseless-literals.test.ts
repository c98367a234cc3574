// The phrase-first search (src/core/caseless-literals.ts) against the expression it stands for.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { CaselessLiterals } from "../../src/core/caseless-literals.js";
import { LICENCE, LICENCE_SEARCH } from "../../src/core/boilerplate/standing.js";

// The licence words cut at odd places, in both cases, with the characters that share a bucket of
// the table with theirs ("\r" with "-", "\u0002" with '"', "ſ" with nothing: its capital is "S") and
// characters past ASCII whose low bits are those of letters.
const PIECES = [
  "permission", "is", "hereby", "granted", "licensed", "under", "redistribution", "and", "use", "in", "source",
  "this", "program", "library", "free", "software", "provided", "as", '"', "“", "”", "spdx", "-license", "-identifier",
  "licen", "sed", "PERMISSION IS HEREBY GRANTED", "Licensed Under", "SPDX-License-Identifier", "pro", "vided",
  "creative", "commons", "attribution", "gnu", "affero", "lesser", "general", "public", "license", "licence", "apache", "mozilla", "ce",
  " ", " ", " ", "\n", "\r", "\u0002", "\u0000", "ſ", "\u212A", "\u0170", "\u00e9", "\u2019", "x", "E", "-", "\uD83D",
];
const piece = fc.constantFrom(...PIECES).chain((p) => fc.boolean().map((up) => (up ? p.toUpperCase() : p)));
const text = fc.array(piece, { maxLength: 30 }).map((p) => p.join(""));

describe("CaselessLiterals", () => {
  test("the licence search says what the licence expression says", () => {
    let found = 0;
    let notFound = 0;
    fc.assert(
      fc.property(text, (t) => {
        const want = LICENCE.test(t);
        if (want) found++;
        else notFound++;
        expect(LICENCE_SEARCH.test(t)).toBe(want);
      }),
      { numRuns: 20000 },
    );
    // Both answers were asked for (the generator is not one-sided).
    expect(found).toBeGreaterThan(100);
    expect(notFound).toBeGreaterThan(100);
  });

  test("phrases at the very start and end of a long text, and a text shorter than every phrase", () => {
    const prose = "A long paragraph of the text’s own words, none of them a licence’s. ".repeat(2000);
    expect(LICENCE_SEARCH.test(prose)).toBe(false);
    expect(LICENCE_SEARCH.test("Licensed under" + prose)).toBe(true);
    expect(LICENCE_SEARCH.test(prose + "THE SOFTWARE IS PROVIDED “AS IS”")).toBe(true);
    expect(LICENCE_SEARCH.test(prose + "provided as i")).toBe(false);
    expect(LICENCE_SEARCH.test("as is")).toBe(false);
    // The expression's own case rule: "ſ" (whose capital is S) is no s.
    expect(LICENCE.test("\u017Fpdx-license-identifier")).toBe(false);
    expect(LICENCE_SEARCH.test("\u017Fpdx-license-identifier")).toBe(false);
  });

  test("another expression: its matches found wherever they start, and the pattern's flags checked", () => {
    const pattern = /ab+c|x?yz/i;
    const search = new CaselessLiterals(pattern, ["abc", "abb", "xyz", "yz"]);
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", "B", "b", "c", "X", "y", "Z", " ", "\u00e1"), { maxLength: 25 }), (p) => {
        const t = p.join("");
        expect(search.test(t)).toBe(pattern.test(t));
      }),
      { numRuns: 5000 },
    );
    expect(() => new CaselessLiterals(/abc/u, ["abc"])).toThrow();
    expect(() => new CaselessLiterals(/abc/, ["abc"])).toThrow();
  });
});
