import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { wordingByWords, wordingOf } from "../../src/core/authored-copies.js";

describe("wordingOf", () => {
  const words = fc.constantFrom("On", "the", "third", "Third", "day", "Nethaneel", "Zuar", "son", "of", "12", "3rd", "x", "I", "A1", "b2c", "fifty", "Hundred", "Washington", "last", "e.g.", "--", "  ", "\n", ",", "'", "_", "é", "Über", "２", "ｆｕｌｌ", "ﬁve", "e\u0301", "日本", "’", "“", "”", "—", "\u2026", "\u2070", "\u00b2", "\u2000", "\u2126");
  const ascii = fc.array(fc.oneof(fc.integer({ min: 0, max: 127 }), fc.integer({ min: 0x2000, max: 0x2070 })), { maxLength: 80 }).map((cs) => String.fromCharCode(...cs));

  test("the ASCII loop gives what the word-by-word reference gives", () => {
    fc.assert(
      fc.property(fc.oneof(ascii, fc.array(words, { maxLength: 30 }).map((w) => w.join(" "))), (text) => {
        expect(wordingOf(text)).toEqual(wordingByWords(text));
      }),
      { numRuns: 2000, seed: 5 },
    );
  });

  test("masks names and numbers, not other words", () => {
    const a = wordingOf("On the second day Nethaneel the son of Zuar did offer 12 rams");
    const b = wordingOf("On the third day Eliab the son of Helon did offer 13 rams");
    const c = wordingOf("On the third day Eliab the son of Helon did bring 13 rams");
    expect(a.skeleton).toBe(b.skeleton);
    expect(a.words).not.toBe(b.words);
    expect(c.skeleton).not.toBe(b.skeleton);
    // A misspelt name is the same name (first two letters, rough length).
    expect(wordingOf("Go to Washington now").words).toBe(wordingOf("Go to Washingotn now").words);
  });
});
