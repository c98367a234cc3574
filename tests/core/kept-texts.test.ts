import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { DedupIndex } from "../../src/core/dedup-index.js";
import { KeptTexts, pairedEnds } from "../../src/core/kept-texts.js";

// Texts of every kind a unit can be: ASCII, Latin-1, curly quotes, CJK, emoji (surrogate pairs),
// a leading U+FEFF, lone surrogates (which UTF-8 cannot hold), and the empty text.
const piece = fc.constantFrom("a", "The ", "caf\u00e9 ", "\u201cquoted\u201d", "\u6f22\u5b57", "\ud83d\ude00", "\ufeff", "\ud800", "\udc00", " ", "\u00a0", "\n", "42");
const text = fc.array(piece, { maxLength: 40 }).map((a) => a.join(""));

describe("kept texts (UTF-8 blocks outside the heap)", () => {
  test("every text comes back as it went in, lone surrogates and a leading U+FEFF too", () => {
    fc.assert(
      // Held as strings up to `limit` characters, in blocks after.
      fc.property(fc.array(text, { maxLength: 200 }), fc.constantFrom(0, 100, 1 << 16), (texts, limit) => {
        const k = new KeptTexts(limit);
        texts.forEach((t, i) => expect(k.push(t)).toBe(i));
        expect(k.length).toBe(texts.length);
        texts.forEach((t, i) => expect(k.get(i)).toBe(t));
        expect(k.get(texts.length)).toBe("");
      }),
      { numRuns: 300 },
    );
  });

  test("slices of a well-formed text come back as they went in, a pair cut at either end too", () => {
    // Pieces with no lone surrogate: the text is what a segment decoded from UTF-8 can be.
    const whole = fc.array(fc.constantFrom("a", "caf\u00e9 ", "\u201cq\u201d", "\u6f22", "\ud83d\ude00", "\ud83c\udf89x", "\ufeff", " ", "\n"), { minLength: 1, maxLength: 40 }).map((a) => a.join(""));
    fc.assert(
      fc.property(whole, fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 30 }), (w, cuts) => {
        const k = new KeptTexts(0);
        const slices = cuts.map(([x, y]) => w.slice(Math.min(x, y) % (w.length + 1), Math.max(x, y) % (w.length + 1)));
        for (const t of slices) k.push(t, true);
        slices.forEach((t, i) => expect(k.get(i)).toBe(t));
      }),
      { numRuns: 500 },
    );
    // A pair cut in two: each half is held as a string.
    expect(pairedEnds("x\ud83d")).toBe(false);
    expect(pairedEnds("\ude00x")).toBe(false);
    expect(pairedEnds("\ud83d\ude00")).toBe(true);
    expect(pairedEnds("")).toBe(true);
  });

  test("texts larger than a block, and texts that fill a block's end, stay whole", () => {
    const k = new KeptTexts(0);
    const big = "\u201c" + "x".repeat((1 << 20) + 17) + "\u201d";
    const texts: string[] = [];
    // Enough 3-byte characters to run past the first block's end mid-text.
    for (let i = 0; i < 1200; i++) texts.push(`${i} ` + "\u2014".repeat(300 + (i % 7)));
    texts.splice(500, 0, big);
    for (const t of texts) k.push(t);
    texts.forEach((t, i) => expect(k.get(i)).toBe(t));
    expect(k.byteLength).toBeGreaterThan(1 << 21);
  });

  test("a few short texts hold kilobytes, not a block of the largest size", () => {
    const k = new KeptTexts(0);
    for (let i = 0; i < 20; i++) k.push(`Line ${i} of a small text.`);
    expect(k.byteLength).toBeLessThan(64 * 1024);
  });

  test("a small index holds its texts as strings, a large one takes blocks", () => {
    const k = new KeptTexts();
    const line = "A paragraph of a small text, \u201cquoted\u201d. ".repeat(4);
    for (let i = 0; i < 100; i++) k.push(line);
    expect(k.byteLength).toBe(0);
    for (let i = 0; i < 1000; i++) k.push(line);
    expect(k.byteLength).toBeGreaterThan(0);
    for (let i = 0; i < 1100; i++) expect(k.get(i)).toBe(line);
  });

  test("truncate takes back the texts past n, and later pushes reuse their room", () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 80 }), fc.array(text, { maxLength: 80 }), fc.nat(), fc.array(text, { maxLength: 80 }), fc.constantFrom(0, 50), (a, b, cut, c, limit) => {
        const k = new KeptTexts(limit);
        for (const t of [...a, ...b]) k.push(t);
        const n = a.length + (b.length === 0 ? 0 : cut % b.length);
        k.truncate(n);
        expect(k.length).toBe(n);
        for (const t of c) k.push(t);
        const want = [...a, ...b].slice(0, n).concat(c);
        expect(k.length).toBe(want.length);
        want.forEach((t, i) => expect(k.get(i)).toBe(t));
      }),
      { numRuns: 300 },
    );
  });

  test("truncating drops the blocks after the first text taken back, and reuses its room", () => {
    const k = new KeptTexts(0);
    k.push("first");
    const base = k.byteLength;
    // More than the first block has left: a block of its own, which its three bytes a character fill.
    const t = "\u2014".repeat((1 << 20) - 4);
    k.push(t);
    k.push(t); // a third block
    expect(k.byteLength).toBe(base + 6 * t.length);
    k.truncate(1);
    expect(k.byteLength).toBe(base + 3 * t.length);
    k.push(t); // into the block kept for reuse
    expect(k.byteLength).toBe(base + 3 * t.length);
    k.push("after");
    expect([k.get(0), k.get(1), k.get(2)]).toEqual(["first", t, "after"]);
  });
});

describe("the index reads its kept texts back", () => {
  test("keptText, factsLost and exportDocument see the recorded texts; rollback forgets them", () => {
    const index = new DedupIndex().journal();
    const doc = index.addDocument("a", { fpHi: new Uint32Array(3), fpLo: new Uint32Array(3), first: new Int32Array(3), last: new Int32Array(3), raw: new Uint32Array(3) });
    const kept = "Version 2.4.1 ships on \u201cMay 3\u201d, see https://example.com/notes.";
    const id = index.record(doc, 0, kept);
    expect(index.keptText(id)).toBe(kept);
    expect(index.factsLost(id, kept)).toEqual([]);
    // A copy with a version the kept text lacks loses a fact.
    expect(index.factsLost(id, "Version 2.4.2 ships on \u201cMay 3\u201d, see https://example.com/notes.").length).toBeGreaterThan(0);
    const mark = index.begin();
    const lone = "broken \ud800 text";
    const id2 = index.record(doc, 1, lone);
    expect(index.keptText(id2)).toBe(lone);
    expect(index.exportDocument(doc).recText).toEqual([kept, lone]);
    index.rollback(mark);
    expect(index.keptText(id2)).toBe("");
    expect(index.exportDocument(doc).recText).toEqual([kept]);
    const id3 = index.record(doc, 2, "third");
    expect(id3).toBe(id2);
    expect(index.keptText(id3)).toBe("third");
  });
});
