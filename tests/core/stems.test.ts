import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { addContentStems, contentStems, StemSet, type Stem } from "../../src/core/stems.js";

/** The definition: lower case, split on anything but letters and numbers, drop short and stop words, cut to 5. */
function reference(s: string, stop: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const w of s.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w.length >= 3 && !stop.has(w)) out.push(w.slice(0, 5));
  return out;
}

/** A numeric stem back to its characters (6 bits each: a-z 1..26, 0-9 27..36). */
function asString(s: Stem): string {
  if (typeof s === "string") return s;
  let out = "";
  for (let n = s; n > 0; n = Math.floor(n / 64)) out = String.fromCharCode(n % 64 <= 26 ? 96 + (n % 64) : 48 + (n % 64) - 27) + out;
  return out;
}

const SHORT_STOPS = new Set(["the", "and", "about", "report", "reports", "a1b2"]);
const MIXED_STOPS = new Set(["the", "according", "über", "naïve"]);
const WORDS = ["The", "and", "REPORT", "reportage", "A1B2", "a1b2c3", "z9", "0000000", "ABOUT", "reports", "Reporter", "according", "Über", "über", "naïve", "café", "Σοφία", "İstanbul", "ﬁsh", "1999", "x", "ab", "e\u0301té", "漢字", "a-b", "it's", "ÆSIR"];
const textArb = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(" ", ", ", "—", "\n"), fc.string({ maxLength: 8 })), { maxLength: 30 }).map((a) => a.join(""));

describe("contentStems", () => {
  test.each([
    ["short ASCII stop words", SHORT_STOPS],
    ["long and non-ASCII stop words", MIXED_STOPS],
  ])("gives the definition's stems with %s", (_, stop) => {
    fc.assert(
      fc.property(textArb, (t) => {
        expect(contentStems(t, stop).map(asString)).toEqual(reference(t, stop));
      }),
      { numRuns: 2000 },
    );
  });

  test("ASCII stems are small integers (unboxed in V8)", () => {
    for (const s of contentStems("Zzzzz 99999 zz9zz reports", SHORT_STOPS)) expect(Number.isInteger(s) && (s as number) < 2 ** 30).toBe(true);
  });

  test("the same stem takes the same form from any text", () => {
    const a = contentStems("Reporting from the harbour", SHORT_STOPS);
    const b = contentStems("REPORTED: harbours", SHORT_STOPS);
    expect(new Set(a).has(b[0] ?? "")).toBe(true);
    expect(new Set(a).has(b[1] ?? "")).toBe(true);
  });
});

describe("StemSet", () => {
  const stem = fc.oneof(fc.integer({ min: 1, max: 2 ** 30 - 1 }), fc.integer({ min: 1, max: 64 }).map((n) => n * 4096), fc.string({ maxLength: 5 }));
  test("holds what a Set of the same stems holds", () => {
    fc.assert(
      fc.property(fc.array(stem, { maxLength: 600 }), fc.array(stem, { maxLength: 50 }), (added, probes) => {
        const set = new StemSet();
        for (const s of added) set.push(s);
        const want = new Set(added);
        expect(set.size).toBe(want.size);
        for (const s of [...added, ...probes]) expect(set.has(s)).toBe(want.has(s));
      }),
      { numRuns: 300 },
    );
  });

  test("addContentStems adds the stems contentStems gives, also for text the fast pass hands over", () => {
    fc.assert(
      fc.property(textArb, textArb, (a, b) => {
        const set = new StemSet();
        addContentStems(a, MIXED_STOPS, set);
        addContentStems(b, MIXED_STOPS, set);
        const want = new Set([...contentStems(a, MIXED_STOPS), ...contentStems(b, MIXED_STOPS)]);
        expect(set.size).toBe(want.size);
        for (const s of want) expect(set.has(s)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
