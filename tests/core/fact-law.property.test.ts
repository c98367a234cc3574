// The first law over generated text: a duplicate is cut only when its kept copy holds every fact
// it holds. A paragraph repeated with one fact changed anywhere stays; one repeated with only its
// spelling changed (spacing, case, entities) goes.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { clean } from "../../src/core/clean.js";
import { DedupIndex } from "../../src/core/dedup-index.js";

const WORDS = ["guide", "setup", "river", "api", "release", "data", "court"];

/** Kinds of fact, each written from a word and a number; a fact changes when its number does. */
const FACTS: ((w: string, n: number) => string)[] = [
  (_w, n) => `${n}`,
  (_w, n) => `${n % 30}.${n % 7}.${n}`,
  (_w, n) => `${(n % 40) + 1}.x`,
  (_w, n) => `2021-0${(n % 9) + 1}-1${n % 10}`,
  (_w, n) => `$${n},${String(n % 1000).padStart(3, "0")}`,
  (_w, n) => `CVE-2022-${10000 + n}`,
  (_w, n) => `#${n}`,
  (w, n) => `https://example.org/${w}/${n}`,
  (w, n) => `[the ${w} page](../${w}/page-${n}.md)`,
  (w, n) => `${w}${n}@example.com`,
  (w, n) => `\`npm install ${w}@${n}\``,
  (w, n) => `@${w}_${n}`,
];

interface Fact {
  kind: number;
  word: string;
  n: number;
}

const fact: fc.Arbitrary<Fact> = fc.record({ kind: fc.nat(FACTS.length - 1), word: fc.constantFrom(...WORDS), n: fc.integer({ min: 1, max: 99999 }) });

const VOCABULARY = (
  "council river market season film music school water energy plan price vote court police health study " +
  "forest winter summer north south harbour bridge station museum library garden village office county " +
  "budget tunnel report engine signal network voter farmer teacher doctor pilot driver author editor " +
  "judge miner baker sailor"
).split(" ");

/** A sentence of distinct words (repeated words would make every shingle alike). */
const sentence = fc.shuffledSubarray(VOCABULARY, { minLength: 9, maxLength: 16 }).map((ws) => `${ws.join(" ")}.`.replace(/^./, (c) => c.toUpperCase()));

/** Sentences with facts put between their words. */
function withFacts(sentences: number): fc.Arbitrary<Shaped> {
  return fc.tuple(fc.array(sentence, { minLength: sentences, maxLength: sentences }), fc.array(fact, { minLength: 1, maxLength: 5 }), fc.array(fc.nat(), { minLength: 5, maxLength: 5 })).map(([ss, facts, at]) => {
    const words = ss.join(" ").split(" ");
    const places = facts.map((_, k) => ((at[k] ?? 0) % words.length) + 1);
    return { words, facts, places };
  });
}
type Shaped = { words: string[]; facts: Fact[]; places: number[] };

function write(s: Shaped, facts = s.facts): string {
  const words = s.words.slice();
  // From the back, so that earlier places stay where they were.
  const order = facts.map((f, k) => ({ f, at: s.places[k] ?? 0 })).sort((x, y) => y.at - x.at);
  for (const { f, at } of order) words.splice(at, 0, (FACTS[f.kind] ?? FACTS[0]!)(f.word, f.n));
  return words.join(" ");
}

const OTHER = "The first new routes are expected to open next spring, with the remaining lines following over the next three years as new vehicles arrive.";

describe("the first law over generated paragraphs", () => {
  test("a paragraph repeated with one fact changed anywhere is kept, in the same text and across texts", () => {
    fc.assert(
      fc.property(withFacts(2), fc.nat(), fc.integer({ min: 1, max: 500 }), (s, which, delta) => {
        const k = which % s.facts.length;
        const changed = s.facts.map((f, j) => (j === k ? { ...f, n: f.n + delta } : f));
        const first = write(s);
        const second = write(s, changed);
        // A change to a fact the paragraph also holds elsewhere changes nothing a reader loses.
        const said = (f: Fact): string => (FACTS[f.kind] ?? FACTS[0]!)(f.word, f.n);
        const now = changed[k];
        fc.pre(now !== undefined && !s.facts.some((f) => said(f) === said(now)));
        const r = clean(`${first}\n\n${OTHER}\n\n${second}\n`);
        expect(r.text.split("\n")).toContain(second);
        const index = new DedupIndex();
        clean(`${first}\n`, {}, { index, name: "a.txt" });
        expect(clean(`${second}\n`, {}, { index, name: "b.txt" }).cuts).toEqual([]);
      }),
      { numRuns: 600 },
    );
  });

  test("a copy that differs only in spelling, or drops a sentence, is still cut", () => {
    // Spacing inside a code span is part of the code: spaces are doubled outside code spans only.
    const outsideCode = (t: string, f: (s: string) => string): string => t.split("`").map((part, i) => (i % 2 === 0 ? f(part) : part)).join("`");
    const respell = [
      (t: string) => outsideCode(t, (s) => s.replace(/ /g, "  ")),
      (t: string) => t.toLowerCase(),
      (t: string) => t.replace(/,/g, "&#44;").replace(/\.(?= |$)/g, " .").replace(/'/g, "&#39;"),
    ];
    fc.assert(
      fc.property(withFacts(2), fc.nat(respell.length - 1), (s, how) => {
        const first = write(s);
        const copy = (respell[how] ?? respell[0]!)(first);
        const r = clean(`${first}\n\n${OTHER}\n\n${copy}\n`);
        expect(r.cuts).toEqual([expect.objectContaining({ kind: expect.stringMatching(/duplicate/), startLine: 5, source: { startLine: 1, endLine: 1 } })]);
      }),
      { numRuns: 400 },
    );
  });

  // Winnowing samples the kept paragraph: a copy's last few tokens may miss a sampled shingle, so a
  // copy under 30 tokens (which must then be 0.9 covered) can fall short. Copies of 30 tokens and more.
  test("a copy that drops its last sentence is still cut", () => {
    fc.assert(
      fc.property(withFacts(3), (s) => {
        const first = write(s);
        const cut = first.lastIndexOf(". ", first.length - 3);
        const shorter = first.slice(0, cut + 1);
        fc.pre(cut > 0 && shorter.split(/[^\p{L}\p{N}]+/u).length > 32);
        const r = clean(`${first}\n\n${OTHER}\n\n${shorter}\n`);
        expect(r.cuts).toEqual([expect.objectContaining({ kind: expect.stringMatching(/duplicate/), startLine: 5 })]);
      }),
      { numRuns: 300 },
    );
  });
});
