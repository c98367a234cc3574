import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ensureTable, LOWER, TABLE_END } from "../../src/core/char-table.js";
import { fingerprint } from "../../src/core/fingerprint.js";
import { normalizeForHash } from "../../src/core/normalize.js";
import { codedStopwords, contentStems } from "../../src/core/stems.js";
import { pairTokens, UNSPACED_FACTOR } from "../../src/core/near-duplicate.js";
import { isUnspacedScript, tokenHashes } from "../../src/core/tokens.js";
import { UnitHasher } from "../../src/core/unit-hash.js";

/** What the reference path gives: tokens and fingerprint of normalizeForHash(body). */
function reference(body: string): { tokens: number[]; hi: number; lo: number } {
  const norm = normalizeForHash(body);
  const out = new Uint32Array(norm.length + 1);
  const n = tokenHashes(norm, out);
  return { tokens: [...out.subarray(0, n)], ...fingerprint(norm) };
}

function fast(text: string, from = 0, to = text.length): { tokens: number[]; hi: number; lo: number } {
  const h = new UnitHasher();
  const n = h.hash(text, from, to);
  return { tokens: [...h.tokens.subarray(0, n)], ...h.fingerprint() };
}

// Characters the fast path must get right, and ones it must hand to the reference.
const TRICKY = [
  ..."aZ09 .,;:!?'\"-()|#&;xX\t\n\r",
  "://", "http://x.org/a?b=1", "WWW.", "www.a.b", "ww.", ":/", "&amp;", "&AMP;", "&#123;", "&#12345678;", "&#x1f;", "&#xABCDEF0;", "&a;", "&#;", "&;", "&nbsp",
  "’", "“", "—", "£", "é", "É", "æ", "Œ", "ß", "ẞ", "İ", "ı", "Σ", "ς", "ﬁ", "½", "²", "\u00a0", "\u2009", "…",
  "Ａ", "１", "e\u0301", "\u0301", "\u1100\u1161", "한", "漢", "ก", "😀", "٣", "\u0093", "\u00ad", "\u200b",
  "\u2028", "Ǆ", "ǅ", "Ⅻ", "ŉ", "ǰ", "\ufeff", "Ϊ", "ΐ", "K", "Å", "Ω", "Ⴀ", "Ꭰ", "\ud800", "ΑΣ ", "ΑΣ", "σΣσ",
];
const textArb = fc.array(fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 6 }), fc.constantFrom("word", "Words", "  ")), { maxLength: 40 }).map((a) => a.join(""));

const STOPS = new Set(["the", "and", "words", "about", "according", "über"]);
const WORDY = fc
  .array(fc.oneof(fc.constantFrom(...TRICKY), fc.constantFrom("word", "Words", "WORDS", "the", "According", "accord", "Über", "café", "naïve", "x1y2z3", "ab", "abc", " "), fc.string({ maxLength: 6 })), { maxLength: 40 })
  .map((a) => a.join(""));

describe("UnitHasher", () => {
  test("with stop words, gives the content stems of the span, or gives them up", () => {
    let given = 0;
    fc.assert(
      fc.property(WORDY, WORDY, WORDY, (a, b, c) => {
        const h = new UnitHasher();
        h.hash(a + b + c, a.length, a.length + b.length, codedStopwords(STOPS));
        if (h.stemCount < 0) return;
        given++;
        expect([...h.stems.subarray(0, h.stemCount)]).toEqual(contentStems(b, STOPS));
      }),
      { numRuns: 3000 },
    );
    expect(given).toBeGreaterThan(300);
  });

  test("gives stems up where one is not ASCII, and finds none unless asked", () => {
    const h = new UnitHasher();
    h.hash("Reporting from the café", 0, 23, codedStopwords(STOPS));
    expect(h.stemCount).toBe(-1);
    h.hash("Reporting from the harbour", 0, 26, codedStopwords(STOPS));
    expect([...h.stems.subarray(0, h.stemCount)]).toEqual(contentStems("Reporting from the harbour", STOPS));
    h.hash("Reporting from the harbour", 0, 26);
    expect(h.stemCount).toBe(-1);
  });

  test("gives the reference's tokens and fingerprint for any text", () => {
    fc.assert(
      fc.property(textArb, (t) => {
        expect(fast(t)).toEqual(reference(t));
      }),
      { numRuns: 3000 },
    );
  });

  test("reads only the span it is given", () => {
    fc.assert(
      fc.property(textArb, textArb, textArb, (a, b, c) => {
        expect(fast(a + b + c, a.length, a.length + b.length)).toEqual(reference(b));
      }),
      { numRuns: 500 },
    );
  });

  test.each([
    ["runs of spaces", "a  b 12 "],
    ["a URL", "see https://Example.com/x?y=1 now"],
    ["a bare www address", "at WWW.example.com."],
    ["punctuation collapses runs", "a  b, 12."],
    ["an entity turns plain text's run longer", "fish &amp; chips"],
    ["entities in upper case", "Fish &AMP; Chips &#X1F; &#12;"],
    ["curly quotes and accents", "“Café” — £5, naïve"],
    ["empty", ""],
    ["only punctuation", " ... ,,, "],
  ])("%s", (_, t) => {
    expect(fast(t)).toEqual(reference(t));
  });

  // The table's safety claim is what lets the fast path skip NFKC: any two safe characters side
  // by side are still in NFKC form. Checked over every pair of safe non-ASCII characters and ASCII.
  test("safe characters stay NFKC-stable next to each other", () => {
    ensureTable();
    const safe: string[] = [];
    for (let c = 0x20; c < TABLE_END; c++) if ((LOWER[c] ?? -1) >= 0 && (c < 0x7f || c >= 0xa0)) safe.push(String.fromCharCode(c));
    const nonAscii = safe.filter((s) => s.charCodeAt(0) >= 0x80);
    let bad = "";
    for (const a of nonAscii) {
      for (const b of safe) {
        if ((a + b).normalize("NFKC") !== a + b) bad += a + b + " ";
        if ((b + a).normalize("NFKC") !== b + a) bad += b + a + " ";
      }
    }
    expect(bad).toBe("");
  });
});

// Near copies are weighed by pairTokens, which reads a text through the hasher: the tokens and the
// script count must be those of the reference, normalizeForHash then tokenHashes.
describe("pairTokens through the hasher", () => {
  const UNSPACED = ["漢字かなカナ", "ภาษาไทย", "我们今天讨论", "𠀀𠀁", "日本語 text", "설정"];
  const mixed = fc.array(fc.oneof(textArb, fc.constantFrom(...UNSPACED)), { maxLength: 4 }).map((a) => a.join(" "));
  test("gives the reference's tokens and shingle length for any text", () => {
    fc.assert(
      fc.property(mixed, fc.constantFrom(1, 5), (t, ngram) => {
        const norm = normalizeForHash(t);
        const ref = reference(t).tokens;
        let unspaced = 0;
        for (let i = 0; i < norm.length; i++) if (isUnspacedScript(norm.charCodeAt(i))) unspaced++;
        const got = pairTokens(t, ngram);
        expect([...got.hashes]).toEqual(ref);
        expect(got.n).toBe(2 * unspaced > ref.length ? ngram * UNSPACED_FACTOR : ngram);
      }),
      { numRuns: 3000 },
    );
  });
});
