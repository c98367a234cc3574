// The streaming cleaner gives the bytes, cuts and stats of cleaning the whole text at once.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { CONTEXT_RULES } from "../../src/core/boilerplate/ruleset.js";
import { PAGE_MODEL_RULE } from "../../src/core/boilerplate/page-model.js";
import { analyze } from "../../src/core/analyze.js";
import { buildRuleSet } from "../../src/core/boilerplate/ruleset.js";
import { clean, cleanAnalysis, type CleanContext, type SegmentState } from "../../src/core/clean.js";
import { DedupIndex } from "../../src/core/dedup-index.js";
import { resolveOptions, type Options } from "../../src/core/options.js";
import { newRenderCarry } from "../../src/core/render.js";
import { StreamCleaner, type StreamTuning } from "../../src/core/stream-clean.js";
import type { CleanResult, Cut } from "../../src/core/types.js";
import { checkLaws } from "../helpers/laws.js";
import { document, gluedDocument, mutated } from "../helpers/text-arbitraries.js";

/** Feeds `text` in pieces cut at `splits` (offsets), returns the joined result. */
function streamClean(text: string, splits: number[], tuning: Partial<StreamTuning>, options: Partial<Options> = {}, context?: CleanContext): CleanResult {
  const s = new StreamCleaner(options, context, tuning);
  const offsets = [...new Set(splits.map((p) => (p > text.length ? p % (text.length + 1) : p)))].sort((a, b) => a - b);
  let out = "";
  const cuts: Cut[] = [];
  let from = 0;
  for (const at of [...offsets, text.length]) {
    const piece = s.push(text.slice(from, at));
    out += piece.text;
    cuts.push(...piece.cuts);
    from = at;
  }
  const last = s.end();
  return { text: out + last.text, cuts: [...cuts, ...last.cuts], stats: last.stats };
}

const texts = fc.oneof(document, mutated, document.map((d) => d.repeat(3)));
/** Random cut points, plus one every `step` characters so that segments are many. */
const splits = fc.tuple(fc.array(fc.nat(), { maxLength: 8 }), fc.integer({ min: 7, max: 300 })).map(([sp, step]) => [...sp, ...Array.from({ length: 400 }, (_, i) => (i + 1) * step)]);
// Context rules and the page model judge a whole text (is it prose, is it a page, what is it about): a stream's segments are judged
// one by one, so the exact-equality law is checked without them.
const noContext = [...CONTEXT_RULES, PAGE_MODEL_RULE];
const options = fc.constantFrom<Partial<Options>>(
  { disable: noContext },
  { exact: true, disable: noContext },
  { minWords: 3, stubMaxWords: 2, disable: noContext },
  { dedupe: false, disable: noContext },
);

const oneCleaning = (): CleanContext => ({ index: new DedupIndex(), cleanings: 1 });

/** A text cleaned twice (made by gluedDocument): its cuts glue a block that is judged again. */
const twice =
  "Nothing yet to repeat in this block.\n\nNothing yet to repeat in this block.\nwith\nSubscribe to our newsletter\nLocal Weather\nOf music court north north music between water the north police between. Is team between of said water health. A data summer council and energy never.\n\nFrom By Summer\n\nAnd all the river sang;\n\nThe wind was in the willows,\nOn Could Data Council\n\nwinter every said\n- Said of of council in on with. From music music. Winter a summer police.\nOf music court north north music between water the north police between. Is team between of said water health. A data summer council and energy never.\nReport most report could study market team vote would. Every vote never plan water school as. By price that could water police at river season at winter south at.\nNorth school on study plan over under. Police between winter and. Report film council forest. Winter always summer. Price that south.\n\nRiver Team Every That Every\nSponsored\nSaid police report winter over for team never plan with police study in.\nRegister now for the spring webinar, early-bird discount today!\nShare this article\nThe wind was in the willows,\n";

describe("StreamCleaner", () => {
  test("segments cut only where exact give the whole text's bytes, cuts and stats (one cleaning)", () => {
    fc.assert(
      fc.property(texts, splits, fc.integer({ min: 1, max: 400 }), options, (x, sp, size, o) => {
        const whole = clean(x, o, oneCleaning());
        const streamed = streamClean(x, sp, { segmentChars: size, maxSegmentChars: Infinity, maxLineChars: Infinity }, o, oneCleaning());
        expect(streamed.text).toBe(whole.text);
        expect(streamed.cuts).toEqual(whole.cuts);
        expect(streamed.stats).toEqual(whole.stats);
      }),
      { numRuns: 800 },
    );
  });

  // The kept text is cleaned again segment by segment: where the whole text needs a second
  // cleaning, its segments may settle otherwise (idempotence holds per segment; docs/guarantees.md).
  // Where one cleaning settles the whole text, the stream gives its result. A whole text whose
  // second cleaning cut nothing was not settled by one: its segments, each cleaned again alone,
  // may read a line otherwise (a verse line left alone in a segment is a paragraph there; seed
  // 1997086953 of this property).
  test("a text one cleaning settles streams to the whole text's bytes, cuts and stats; any text keeps the laws", () => {
    fc.assert(
      fc.property(texts, splits, fc.integer({ min: 1, max: 400 }), options, (x, sp, size, o) => {
        const context: CleanContext = { index: new DedupIndex() };
        const whole = clean(x, o, context);
        const streamed = streamClean(x, sp, { segmentChars: size, maxSegmentChars: Infinity, maxLineChars: Infinity }, o);
        checkLaws(x, streamed);
        expect(context.cleaningsRun).toBeGreaterThanOrEqual(1);
        if (context.cleaningsRun !== 1) return;
        expect(streamed.text).toBe(whole.text);
        expect(streamed.cuts).toEqual(whole.cuts);
        expect(streamed.stats).toEqual(whole.stats);
      }),
      { numRuns: 800 },
    );
  });

  // decide() cuts a copy kept as a formula of a unit cut since ("World" read as a formula of
  // "Travel", a stub), unless its kept copy is cut too. It read the kept copy by its number in the
  // whole text as a number in the segment: past the segment's units it took the copy for cut, kept
  // the formula, and the whole segment was cleaned again to cut it.
  test("a formula that lapses is cut in the first cleaning though its kept copy is in an earlier segment", () => {
    const p = (w: string): string => `The ${w} report came out in the winter and the team read every page of it before the vote that spring, then wrote a long letter to the council about the plan.`;
    const words = ["river", "summer", "forest", "music", "water", "season", "market", "school", "police", "health", "energy", "court", "north", "south", "winter", "team", "vote", "price", "study", "report"];
    const lines = words.map((w, i) => `the ${w} was ${words[(i + 3) % 20]} today and the ${words[(i + 7) % 20]} was not`);
    const copies = "Nothing yet to repeat in this block.\nAdvertisement\n\nTravel\nNothing yet to repeat in this block.\nThe the the. The the the. The the price the could police the the many.\nThe the the. The the the. The the price the could police the the many.\n\nWorld\nThe the the. The forest the the season energy the music health report.\n";
    const x = `${lines.join("\n\n")}\n\nworld\n\n${p("forest")}\n\n${p("river")}\n\n${p("music")}\n\n${copies}`;
    const o: Partial<Options> = { minWords: 0, stubMaxWords: 20 };
    const whole = clean(x, o, oneCleaning());
    const world = (r: CleanResult): number[] => r.cuts.filter((c) => c.text === "World").map((c) => c.startLine);
    expect(world(whole)).toEqual([57]);
    const streamed = streamClean(x, Array.from({ length: x.length / 10 }, (_, i) => 10 * (i + 1)), { segmentChars: 100, maxSegmentChars: Infinity, maxLineChars: Infinity }, o, oneCleaning());
    expect(streamed.text.indexOf("world")).toBeGreaterThan(0);
    expect(world(streamed)).toEqual([57]);
    expect(streamed.text).toBe(whole.text);
  });

  test("a headline recorded and then cut in a segment spares no later copy as a formula of it", () => {
    // Capitals alone mask every word as a name: the two shouted lines have one wording skeleton,
    // and a kept unit with it and other words would spare the second one's copy as a formula.
    const prose = (k: number): string => `The ${["river", "harbour", "village", "market", "council", "bridge"][k % 6]} had been quiet for ${k + 2} weeks when the letters began to arrive, and nobody in the house could say who had sent them or why.`;
    const run = (from: number, to: number): string[] => Array.from({ length: to - from }, (_, k) => prose(from + k));
    const first = [...run(0, 8), "FRAGMENT OF A ROMANCE WHICH WAS TO HAVE BEEN ENTITLED", ...run(8, 12), "IX. I have the Small-pox, and prepare to leave Castlewood.", ...run(12, 20)].join("\n");
    const x = `${first}\n${[...run(20, 26), "I HAVE THE SMALL-POX, AND PREPARE TO LEAVE CASTLEWOOD.", ...run(26, 34)].join("\n")}\n`;
    const context: CleanContext = { index: new DedupIndex() };
    const whole = clean(x, {}, context);
    expect(context.cleaningsRun).toBe(1);
    const copy = expect.objectContaining({ startLine: 29, kind: "near-duplicate", source: { startLine: 14, endLine: 14 } });
    expect(whole.cuts).toContainEqual(expect.objectContaining({ startLine: 9, rule: "shouted-headline" }));
    expect(whole.cuts).toContainEqual(copy);
    // Two segments, the first of which one cleaning settles with the shouted line cut in it.
    const size = first.length + 20;
    const streamed = streamClean(x, Array.from({ length: x.length / 10 }, (_, i) => 10 * (i + 1)), { segmentChars: size, maxSegmentChars: size, maxLineChars: Infinity });
    expect(streamed.cuts).toContainEqual(copy);
    expect(streamed.text).toBe(whole.text);
  });

  test("regression: a paragraph whose only copy is a verse line is not cut by a neighbour across a segment end", () => {
    const x = "The the the. The the the the the the.\r\nThe the the. The the the the the the.\n\rthe the. The the the the the the.\n\nthe the. The the the the the the.".repeat(3);
    const o: Partial<Options> = { exact: true };
    const whole = clean(x, o);
    const streamed = streamClean(x, Array.from({ length: 400 }, (_, i) => 7 * (i + 1)), { segmentChars: 3, maxSegmentChars: Infinity, maxLineChars: Infinity }, o);
    expect(streamed.text).toBe(whole.text);
    expect(streamed.cuts).toEqual(whole.cuts);
  });

  test("front matter opens a document, not a later segment: a block of keys between rules there is text", () => {
    const matter = "---\ntags: news, weather\n---";
    const x = `${matter}\n\nThe river rose two metres overnight and the council closed the bridge.\n\n${matter}\n\nThe bridge opened again on Friday, when the water had gone down.\n`;
    const o: Partial<Options> = { disable: noContext };
    // The second "tags:" line is a page's meta line; the first is the text's front matter.
    const meta = expect.objectContaining({ startLine: 8, text: "tags: news, weather" });
    expect(clean(x, o).cuts).toEqual([meta]);
    // A segment forced to end (maxSegmentChars) starts at the last unit after a blank line: the second "---".
    for (const size of [40, 80, 120]) {
      const streamed = streamClean(x, Array.from({ length: x.length }, (_, i) => i), { segmentChars: size, maxSegmentChars: size, maxLineChars: Infinity }, o);
      checkLaws(x, streamed);
      expect(streamed.cuts).toContainEqual(meta);
    }
  });

  test("forced cuts and over-long lines keep the laws: nothing lost, nothing added, every cut reported", () => {
    fc.assert(
      fc.property(texts, splits, fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 300 }), (x, sp, size, line) => {
        const r = streamClean(x, sp, { segmentChars: size, maxSegmentChars: size * 2, maxLineChars: line });
        checkLaws(x, r);
        expect(r.stats.bytesIn).toBe(Buffer.byteLength(x));
        expect(r.stats.bytesOut).toBe(Buffer.byteLength(r.text));
      }),
      { numRuns: 800 },
    );
  });

  test("a line longer than maxLineChars passes through whole, even when repeated, its CRLF split across chunks", () => {
    const long = "word ".repeat(4000).trim();
    const x = `Intro paragraph with enough words to stand on its own here.\r\n\r\n${long}\r\n\r\n${long}\r\nAdvertisement\r\n`;
    const cr = x.indexOf("\r\n", 100) + 1; // between the CR and LF after the first long line
    const r = streamClean(x, [70, 5000, cr, cr + 3000], { segmentChars: 64, maxSegmentChars: 128, maxLineChars: 1000 });
    expect(r.text).toBe(x.replace("Advertisement\r\n", ""));
    expect(r.cuts.map((c) => [c.startLine, c.rule])).toEqual([[6, "advertisement"]]);
    expect(r.stats.linesIn).toBe(6);
  });

  test("one paragraph repeated 10,000 times comes out once, as the whole text does", () => {
    const p = "The same paragraph again, long enough to count as a duplicate of itself.\n\n";
    const x = p.repeat(10_000);
    const r = streamClean(x, [], { segmentChars: 1 << 14 });
    expect(r).toEqual(clean(x));
    expect(r.text).toBe(p);
  });

  test("a text shorter than a segment is one segment: the whole text's result with every rule", () => {
    fc.assert(
      fc.property(texts, splits, (x, sp) => {
        expect(streamClean(x, sp, {})).toEqual(clean(x));
      }),
      { numRuns: 300 },
    );
  });

  test("a BOM is written once, before the first kept text, even when the first unit is cut", () => {
    const x = "\uFEFFAdvertisement\n\nA paragraph that stays in the clean text, long enough for it.\n";
    const r = streamClean(x, [1, 3, 20], { segmentChars: 5 });
    expect(r.text).toBe(clean(x).text);
    expect(r.text.startsWith("\uFEFFA paragraph")).toBe(true);
  });

  test("a forced cut falls outside a winnow-disable region when there is a place for it", () => {
    const filler = Array.from({ length: 30 }, (_, i) => `short line ${"abcdefghijklmnopqrstuvwxyz"[i % 26]}${i}`).join("\n\n");
    const region = `<!-- winnow-disable -->\n\n${"Advertisement\n\n".repeat(6)}<!-- winnow-enable -->`;
    const x = `${filler}\n\n${region}\n`;
    // The buffer passes the limit in the middle of the region, where no exact cut exists.
    const mid = x.indexOf("Advertisement") + 40;
    const r = streamClean(x, [mid], { segmentChars: 64, maxSegmentChars: mid - 10, maxLineChars: 1000 });
    expect(r.text).toContain(region);
  });

  test("push after end is refused", () => {
    const s = new StreamCleaner();
    s.end();
    expect(() => s.push("x")).toThrow(/after end/);
  });

  test("a segment for a caller that counts its bytes (wantParts) is measured by none of its cleanings, settled in one or not", () => {
    // The stream counts a segment's bytes and lines on the bytes it writes: a segment cleaned twice
    // (rendered as a string, no parts) was measured in UTF-8 here too, twice, for figures nobody read.
    // This one is cleaned twice (made by gluedDocument): its cuts glue a block that is judged again.
    const check = (x: string, partial: Partial<Options>): boolean => {
      const o = resolveOptions(partial);
      const rules = buildRuleSet(o);
      const segment: SegmentState = { lineOffset: 0, carry: newRenderCarry(), final: true, wantParts: true };
      const r = cleanAnalysis(analyze(x, o, rules, true), o, rules, { index: new DedupIndex() }, segment);
      const whole = clean(x, partial);
      if (!segment.parts) expect(r.text).toBe(whole.text);
      expect([r.stats.bytesIn, r.stats.bytesOut, r.stats.linesOut]).toEqual([0, 0, 0]);
      expect(r.stats.linesIn).toBe(whole.stats.linesIn);
      return !segment.parts;
    };
    expect(check(twice, {})).toBe(true);
    fc.assert(
      fc.property(fc.oneof(gluedDocument, document), fc.constantFrom<Partial<Options>>({}, { exact: true }), (x, partial) => {
        check(x, partial);
      }),
      { numRuns: 300 },
    );
  });

  test("a segment known well formed records its first cleaning's units as slices of it, a later cleaning's not", () => {
    // Decoded from UTF-8, the segment holds no lone surrogate, and the kept texts read only a slice's
    // ends (KeptTexts.push); a later cleaning's text is rendered from it, where a stripped prefix may
    // end inside a pair. The flag is down once the cleaning is done; the result is the same either way.
    const o = resolveOptions({});
    const rules = buildRuleSet(o);
    const index = new DedupIndex();
    const flags: boolean[] = [];
    const record = index.record.bind(index);
    index.record = (doc, unit, text) => {
      flags.push(index.slicesOfWellFormed);
      return record(doc, unit, text);
    };
    const known = cleanAnalysis(analyze(twice, o, rules, true), o, rules, { index }, { lineOffset: 0, carry: newRenderCarry(), final: true, wellFormed: true });
    expect(flags.includes(true) && flags.includes(false)).toBe(true);
    expect(index.slicesOfWellFormed).toBe(false);
    const unknown = cleanAnalysis(analyze(twice, o, rules, true), o, rules, { index: new DedupIndex() }, { lineOffset: 0, carry: newRenderCarry(), final: true });
    expect(known).toEqual(unknown);
  });
});
