import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { UnitHasher } from "../../src/core/unit-hash.js";
import { wordingByWords, wordingOf } from "../../src/core/wording.js";

// The hashing pass works out the wording of ASCII units as it makes their token hashes; it must give
// what the reference gives, or say it did not (0), for any text.
describe("the wording from the hashing pass", () => {
  const words = fc.constantFrom(
    "On", "the", "third", "THIRD", "Third", "day", "Nethaneel", "Zuar", "son", "of", "12", "3rd", "x", "I", "A1", "b2c", "fifty", "Hundred", "Washington",
    "Supercalifragilisticexpialidociousnessisimo", "last", "Eleventh", "e.g.", "--", "  ", "\n", "\r\n", ",", "'", "_", "&amp;", "é", "Über", "２", "ﬁve", "e\u0301", "日本", "’", "“", "—", "\u2026", "\u2070", "\u00b2", "\u2000", "\u2126",
  );
  const ascii = fc.array(fc.oneof(fc.integer({ min: 0, max: 127 }), fc.integer({ min: 0x2000, max: 0x2070 })), { maxLength: 80 }).map((cs) => String.fromCharCode(...cs));
  // ASCII words among the characters the hashing pass reads past ASCII: symbols, C1 controls, Latin-1
  // punctuation, letters of Latin, Greek and Cyrillic.
  const table = fc
    .array(fc.oneof(fc.integer({ min: 0x20, max: 127 }), fc.integer({ min: 0x80, max: 0x250 }), fc.integer({ min: 0x370, max: 0x530 }), fc.constantFrom(0x93, 0x94, 0xa3, 0xa0, 0xab, 0xbb, 0xbf, 0xd7, 0x2019)), { maxLength: 80 })
    .map((cs) => String.fromCharCode(...cs));
  const plain = fc.array(fc.constantFrom("On", "the", "THIRD", "Third", "day", "Zuar", "12", "3rd", "I", "A1", "fifty", "Hundred", "Eleventh", "last", "--", ",", " ", "\u2014", "\u201c"), { maxLength: 30 }).map((w) => w.join(" "));
  const hasher = new UnitHasher();

  test("equals the word-by-word reference whenever it is worked out", () => {
    let worked = 0;
    fc.assert(
      fc.property(fc.oneof(ascii, table, plain, fc.array(words, { maxLength: 30 }).map((w) => w.join(" "))), fc.nat(3), (text, pad) => {
        const padded = "x ".repeat(pad) + text;
        hasher.hash(padded, 2 * pad, padded.length);
        if (hasher.skeleton === 0) return;
        worked++;
        expect({ skeleton: hasher.skeleton, words: hasher.words }).toEqual(wordingByWords(text));
      }),
      { numRuns: 3000, seed: 17 },
    );
    expect(worked).toBeGreaterThan(1000);
  });

  test("is worked out for ASCII prose, not for text the ASCII loop does not read", () => {
    hasher.hash("On the third day Eliab the son of Helon did offer 13 rams.", 0, 58);
    expect(hasher.skeleton).not.toBe(0);
    expect({ skeleton: hasher.skeleton, words: hasher.words }).toEqual(wordingOf("On the third day Eliab the son of Helon did offer 13 rams."));
    hasher.hash("Über den Wolken", 0, 15);
    expect(hasher.skeleton).toBe(0);
    // Symbols and C1 controls (text decoded as Latin-1) only part words.
    const pounds = "It cost \u0093five\u0094 pounds, £5 \u00bbin all\u00ab.";
    hasher.hash(pounds, 0, pounds.length);
    expect(hasher.skeleton).not.toBe(0);
    expect({ skeleton: hasher.skeleton, words: hasher.words }).toEqual(wordingByWords(pounds));
  });

  test("the ASCII loop of wordingOf gives what the reference gives", () => {
    fc.assert(
      fc.property(fc.oneof(ascii, fc.array(words, { maxLength: 30 }).map((w) => w.join(" "))), (text) => {
        expect(wordingOf(text)).toEqual(wordingByWords(text));
      }),
      { numRuns: 2000, seed: 23 },
    );
  });
});
