// The hashing pass in WebAssembly (assembly/unit-hash.ts) against the JavaScript pass it stands in
// front of: the same token hashes, fingerprint, wording and stems for every unit, or it steps aside.
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { VOCABULARY_STOPWORDS } from "../../src/core/boilerplate/context.js";
import { codedStopwords, type CodedStopwords } from "../../src/core/stems.js";
import { shingleHashes, winnow } from "../../src/core/shingles.js";
import { UnitHasher } from "../../src/core/unit-hash.js";
import { WASM_MAX_UNIT, WasmUnitHash } from "../../src/core/wasm-unit-hash.js";
import { missingPath, need } from "../helpers/require-tool.js";
import { document, hostileText, mutated, paragraph } from "../helpers/text-arbitraries.js";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Everything a hasher gives for text[from, to). */
function results(h: UnitHasher, text: string, from: number, to: number, stop: CodedStopwords | null) {
  const n = h.hash(text, from, to, stop);
  return {
    n,
    tokens: [...h.tokens.subarray(0, Math.max(0, n))],
    fp: h.fingerprint(),
    skeleton: h.skeleton,
    words: h.words,
    stems: h.stemCount < 0 ? h.stemCount : [...h.stems.subarray(0, h.stemCount)],
  };
}

const VOCABULARY = codedStopwords(VOCABULARY_STOPWORDS);
// Stop words past ASCII, long ones, and ones sharing their first five letters.
const ODD_STOPS = codedStopwords(new Set(["the", "and", "reports", "reporting", "according", "über", "accordingly", "thereabouts"]));
const stops = fc.constantFrom<CodedStopwords | null>(null, VOCABULARY, ODD_STOPS);

// Words the pass treats apart: names, numbers and number words, long stop words, letters past ASCII.
const word = fc.constantFrom(
  "the", "The", "THE", "reports", "Reports", "reporting", "according", "Accordingly", "thereabouts",
  "third", "Third", "THIRTEEN", "thousand", "seventh", "1999", "42", "4th", "x1y2", "Nethaneel", "Zuar", "A", "I", "ab",
  "café", "naïve", "Über", "résumé", "résumés", "Ωmega", "σοφία", "Пример", "€", "£5", "—", "“quoted”", "it’s", "&amp;", "&", "😀", "\u00a0", "\t",
  "Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz", "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
);
const wordy = fc.array(fc.oneof(word, fc.string({ maxLength: 5 }), fc.constantFrom(" ", ", ", ". ", " - ")), { maxLength: 60 }).map((a) => a.join(" "));

describe("the WebAssembly hashing pass", () => {
  test("is what assembly/unit-hash.ts compiles to", async (ctx) => {
    // A devDependency: present after `npm ci`, perhaps not in a checkout installed before it came.
    need(ctx, missingPath(path.join(ROOT, "node_modules", "assemblyscript", "bin", "asc.js"), "the AssemblyScript compiler (devDependency assemblyscript; run npm ci)"));
    // @ts-expect-error: a build script in JavaScript, typed by its use here
    const { compileScanner, SCANNER_MODULE } = (await import("../../scripts/build-scanner.mjs")) as { compileScanner(): string; SCANNER_MODULE: string };
    expect(compileScanner()).toBe(readFileSync(SCANNER_MODULE, "utf8"));
    expect(path.relative(ROOT, SCANNER_MODULE)).toBe(path.join("src", "core", "unit-hash-wasm.ts"));
  });

  test.each([
    ["words of every kind", wordy],
    ["generated documents", document],
    ["mutated documents", mutated],
    ["hostile text", hostileText],
    ["paragraphs", paragraph],
  ])("gives what the JavaScript pass gives over %s", (_name, texts) => {
    const w = new UnitHasher(true);
    const js = new UnitHasher(false);
    fc.assert(
      fc.property(texts, texts, stops, (a, b, stop) => {
        const text = a + b;
        expect(results(w, text, a.length, text.length, stop)).toEqual(results(js, text, a.length, text.length, stop));
        expect(results(w, text, 0, text.length, stop)).toEqual(results(js, text, 0, text.length, stop));
      }),
      { numRuns: 3000 },
    );
  });

  test.each([
    ["words of every kind", wordy],
    ["generated documents", document],
    ["hostile text", hostileText],
  ])("samples shingles as shingles.ts does over %s, tokens left in the module or not", (_name, texts) => {
    const w = new UnitHasher(true);
    const js = new UnitHasher(false);
    const other = new UnitHasher(true);
    const sampled = (h: UnitHasher, text: string, n: number, win: number, forSample: boolean, between?: string) => {
      const count = h.hash(text, 0, text.length, null, forSample);
      // Another hasher using the module between the hash and the sample (its tokens are then gone).
      if (between !== undefined) other.hash(between, 0, between.length);
      const pos = new Int32Array(count + 3).fill(-7);
      const hash = new Uint32Array(count + 3).fill(7);
      const k = h.sample(n, win, pos, hash, 2);
      return { count, k, pos: [...pos], hash: [...hash] };
    };
    // The reference: the token hashes taken out, then shingles.ts.
    const reference = (text: string, n: number, win: number) => {
      const count = js.hash(text, 0, text.length);
      const pos = new Int32Array(count + 3).fill(-7);
      const hash = new Uint32Array(count + 3).fill(7);
      const shingles = new Uint32Array(count + 1);
      const picks = new Int32Array(count + 1);
      const k = winnow(shingles, shingleHashes(js.tokens, count, n, shingles), win, picks);
      for (let j = 0; j < k; j++) {
        pos[2 + j] = picks[j] ?? 0;
        hash[2 + j] = shingles[picks[j] ?? 0] ?? 0;
      }
      return { count, k, pos: [...pos], hash: [...hash] };
    };
    let picked = 0;
    fc.assert(
      fc.property(texts, fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 8 }), fc.boolean(), fc.option(wordy), (text, n, win, forSample, between) => {
        const want = reference(text, n, win);
        picked += want.k;
        expect(sampled(w, text, n, win, forSample, between ?? undefined)).toEqual(want);
      }),
      { numRuns: 2000 },
    );
    expect(picked).toBeGreaterThan(1000);
  });

  test("samples a unit twice alike, another hasher between, and refuses a unit let go", () => {
    const w = new UnitHasher(true);
    const other = new UnitHasher(true);
    const text = "The council approved the plan on Monday, officials said, after a long debate in the chamber.";
    const count = w.hash(text, 0, text.length, null, true);
    const take = () => {
      const pos = new Int32Array(count);
      const hash = new Uint32Array(count);
      const k = w.sample(3, 2, pos, hash, 0);
      return [...pos.subarray(0, k), ...hash.subarray(0, k)];
    };
    const first = take();
    expect(first.length).toBeGreaterThan(4);
    other.hash("Another unit altogether, hashed in between.", 0, 43);
    expect(take()).toEqual(first);
    other.hash("And one more.", 0, 13);
    expect(take()).toEqual(first);
    w.release();
    other.hash("And the last.", 0, 13);
    // The tokens were taken out when the module was asked by another hasher: still the same sample.
    expect(take()).toEqual(first);
    const again = new UnitHasher(true);
    again.hash(text, 0, text.length, null, true);
    again.release();
    other.hash("In between.", 0, 11);
    expect(() => again.sample(3, 2, new Int32Array(count), new Uint32Array(count), 0)).toThrow(/released/);
  });

  test("hashes most units itself, and steps aside where the JavaScript pass must decide", () => {
    const w = new WasmUnitHash();
    const tokens = new Uint32Array(4096);
    const stems = new Int32Array(4096);
    const hash = (s: string, stop: CodedStopwords | null = VOCABULARY): number => w.hash(s, 0, s.length, stop, tokens, stems);
    // ASCII, curly quotes and dashes, letters past ASCII: its own.
    expect(hash("The council approved the plan on Monday, officials said.")).toBe(9);
    // council, approved, plan, Monday, officials ("the", "said" are stop words, "on" too short).
    expect(w.stemCount()).toBe(5);
    expect(w.skeleton()).not.toBe(0);
    // it, s, done, she, said, naïvely: the last word's first five letters are not ASCII, so the
    // unit's stems are given up (-1), as the JavaScript pass gives them up.
    expect(hash("“It’s done” — she said, naïvely.")).toBe(6);
    expect(w.stemCount()).toBe(-1);
    // An entity, a character off the table (U+2070 and up), a lone surrogate: the JavaScript pass.
    expect(hash("Fish &amp; chips")).toBe(-1);
    expect(hash("A smile 😀 here")).toBe(-1);
    expect(hash("half \ud800 pair")).toBe(-1);
    // A word past ASCII where some stop word is not ASCII: the JavaScript pass compares them.
    expect(hash("the café", ODD_STOPS)).toBe(-1);
    expect(hash("the cafe", ODD_STOPS)).toBe(2);
  });

  test("grows its buffers for a long unit, and leaves a longer one to the JavaScript pass", () => {
    const w = new UnitHasher(true);
    const js = new UnitHasher(false);
    const tokens = new Uint32Array(WASM_MAX_UNIT + 1);
    const stems = new Int32Array(WASM_MAX_UNIT);
    const direct = new WasmUnitHash();
    for (const long of ["Word after word of a paragraph. ".repeat(WASM_MAX_UNIT / 32), "Word after word of a paragraph. ".repeat(WASM_MAX_UNIT / 32 + 1)]) {
      expect(results(w, long, 0, long.length, VOCABULARY)).toEqual(results(js, long, 0, long.length, VOCABULARY));
      expect(direct.hash(long, 0, long.length, VOCABULARY, tokens, stems) >= 0).toBe(long.length <= WASM_MAX_UNIT);
    }
  });
});
