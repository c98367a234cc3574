import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { missingPath, need } from "../../helpers/require-tool.js";
import { ROOT } from "../../helpers/run-cli.js";
import { AROUND, AROUND_COUNT, FEATURE_NAMES, newFeatureCache, type FeatureUnit } from "../../../src/core/boilerplate/line-features.js";
import { candidateRows, chromeAround, datedEntries, EDGE_THRESHOLD, edgesIn, findModelCuts, fitsFeatures, introducedLists, isWritersProse, linesApart, packTrees, PAGE_MODEL, PAGE_UNITS_MAX, pageModelProblem, scoreRow, unpackTrees, type PageModel } from "../../../src/core/boilerplate/page-model.js";
import { clean, type CleanContext } from "../../../src/core/clean.js";
import { DedupIndex } from "../../../src/core/dedup-index.js";
import { loadFormat } from "../../../src/core/unit-splitters.js";
import { loadPageModel } from "../../../src/core/boilerplate/page-model-loader.js";

// clean() takes the page model handed in (the Node API and the CLI load it; see page-model-loader.test.ts).
await loadPageModel();

const k = (name: (typeof FEATURE_NAMES)[number]): number => FEATURE_NAMES.indexOf(name);
const zeros = (): number[] => FEATURE_NAMES.map(() => 0);
/** A hand-made model: chrome is a line with no stop words (weight on stop_share only). */
function noStopWords(threshold = 0.9): PageModel {
  const weights = zeros();
  weights[k("stop_share")] = -40;
  return { features: [...FEATURE_NAMES], threshold, maxWords: 40, kind: "logistic", weights, bias: 4, mean: zeros(), scale: FEATURE_NAMES.map(() => 1) };
}
const unit = (text: string): FeatureUnit => ({ text, kind: "paragraph", tokens: text.split(/\s+/).length, fp: text, lines: 1 });
const row = (values: Partial<Record<(typeof FEATURE_NAMES)[number], number>>): Float64Array => {
  const f = new Float64Array(FEATURE_NAMES.length);
  for (const [n, v] of Object.entries(values)) f[k(n as (typeof FEATURE_NAMES)[number])] = v;
  return f;
};

describe("scoring", () => {
  test("logistic regression is the sigmoid of the standardized weighted sum", () => {
    expect(scoreRow(noStopWords(), row({ stop_share: 0 }))).toBeCloseTo(1 / (1 + Math.exp(-4)), 9);
    expect(scoreRow(noStopWords(), row({ stop_share: 0.5 }))).toBeCloseTo(1 / (1 + Math.exp(16)), 9);
  });
  test("trees add the value of the leaf each row reaches", () => {
    const m: PageModel = {
      features: [...FEATURE_NAMES], threshold: 0.5, maxWords: 40, kind: "trees", base: -1,
      trees: [{ feature: [k("log_words"), -1, -1], threshold: [1, 0, 0], left: [1, -1, -1], right: [2, -1, -1], value: [0, 3, -2] }],
    };
    expect(scoreRow(m, row({ log_words: 0.5 }))).toBeCloseTo(1 / (1 + Math.exp(-2)), 9);
    expect(scoreRow(m, row({ log_words: 2 }))).toBeCloseTo(1 / (1 + Math.exp(3)), 9);
  });
  test("packed trees score as the same trees in arrays, thresholds and leaf values bit for bit", () => {
    const trees = [
      { feature: [k("log_words"), k("stop_share"), -1, -1, -1], threshold: [1 / 3, 0.1 + 0.2, 0, 0, 0], left: [1, 3, -1, -1, -1], right: [2, 4, -1, -1, -1], value: [0, 0, -0.123457, 0.5, -1e-6] },
      { feature: [-1], threshold: [0], left: [-1], right: [-1], value: [0.25] },
    ];
    expect(unpackTrees(packTrees(trees))).toEqual(trees);
    const arrays: PageModel = { features: [...FEATURE_NAMES], threshold: 0.5, maxWords: 40, kind: "trees", base: -0.5, trees };
    const { trees: _arrays, ...rest } = arrays;
    const packed: PageModel = { ...rest, packed: packTrees(trees) };
    for (const r of [row({ log_words: 1 / 3, stop_share: 0.3 }), row({ log_words: 1 / 3, stop_share: 0.1 + 0.2 + 1e-12 }), row({ log_words: 2 })]) {
      expect(scoreRow(packed, r)).toBe(scoreRow(arrays, r));
    }
    // The leaf under "stop_share <= 0.1 + 0.2" holds 0.5: the packed threshold is the exact float.
    expect(scoreRow(packed, row({ log_words: 0, stop_share: 0.1 + 0.2 }))).toBeCloseTo(1 / (1 + Math.exp(-(-0.5 + 0.5 + 0.25))), 12);
  });
  test.each([
    [12, 3, 0.4, true],
    [12, 1, 0.4, false],
    [6, 3, 0.4, false],
    [12, 3, 0.05, false],
  ])("%i words, %i sentences, stop share %d: a writer's prose is %s", (words, sentences, stop, prose) => {
    expect(isWritersProse(row({ log_words: Math.log1p(words), log_sentences: Math.log1p(sentences), stop_share: stop }))).toBe(prose);
  });
});

describe("findModelCuts", () => {
  // Units 0 and 5 stand for lines a rule cut ("Share on Facebook", "Advertisement").
  const units = ["Share", "Home", "Weather Sport Travel", "The council said that the new library would open in the spring after the delays.", "Contact Privacy Terms", "Advert"].map(unit);
  const ruled = (i: number): boolean => i === 0 || i === 5;
  const all = (i: number): boolean => !ruled(i);
  test("cuts what the model scores past its threshold, with the score", () => {
    const cuts = findModelCuts(units, all, noStopWords(), ruled);
    expect(cuts.map((c) => c.unit)).toEqual([1, 2, 4]);
    for (const c of cuts) expect(c.score).toBeGreaterThanOrEqual(0.9);
  });
  test("cuts nothing below the threshold, nor a unit already cut, nor weights for other features", () => {
    // Scores of 0.94: under the model's threshold and under the one at the text's edges (EDGE_THRESHOLD).
    expect(findModelCuts(units, all, { ...noStopWords(0.99), bias: 2.75 }, ruled)).toEqual([]);
    expect(findModelCuts(units, (i) => all(i) && i !== 1, noStopWords(), ruled).map((c) => c.unit)).toEqual([2, 4]);
    expect(fitsFeatures({ ...noStopWords(), features: ["log_words"] })).toBe(false);
    expect(findModelCuts(units, all, { ...noStopWords(), features: ["log_words"] }, ruled)).toEqual([]);
  });
  test("reads only where the rules found chrome: a list in an article stays", () => {
    expect(findModelCuts(units, all, noStopWords(), () => false)).toEqual([]);
  });
  test("reads only texts laid out one paragraph to a line, not a hard-wrapped book", () => {
    const wrapped = units.map((u) => ({ ...u, lines: u.tokens >= 8 ? 3 : 1 }));
    expect(findModelCuts(wrapped, all, noStopWords(), ruled)).toEqual([]);
  });
  test("reads no text that keeps more units than a page (PAGE_UNITS_MAX): many pages or a book", () => {
    // The article and its chrome, then short lines the model cuts, up to the limit and one past it.
    const page = (kept: number): FeatureUnit[] => [...units, ...Array.from({ length: kept - 4 }, (_, i) => unit(`Gardens ${i}`))];
    const atMost = findModelCuts(page(PAGE_UNITS_MAX), all, noStopWords(), ruled);
    expect(atMost.length).toBe(PAGE_UNITS_MAX - 1);
    expect(findModelCuts(page(PAGE_UNITS_MAX + 1), all, noStopWords(), ruled)).toEqual([]);
    // The rules' chrome is not counted kept.
    expect(findModelCuts(page(PAGE_UNITS_MAX + 1), (i) => all(i) && i !== 6, noStopWords(), (i) => ruled(i) || i === 6).length).toBe(PAGE_UNITS_MAX - 1);
  });
  test("never cuts a paragraph of sentences, whatever the model says", () => {
    const always: PageModel = { ...noStopWords(), weights: zeros(), bias: 10 };
    const prose = unit("It rained. The match was off. Nobody minded at all, since the pub was open and warm.");
    const seq = [units[0] as FeatureUnit, prose, units[1] as FeatureUnit, units[5] as FeatureUnit];
    expect(findModelCuts(seq, (i) => i === 1 || i === 2, always, (i) => i === 0 || i === 3).map((c) => c.unit)).toEqual([2]);
  });
  // "Share" and "Advert" stand for lines a rule cut; the model (bias 10) would cut any line it scores.
  const always: PageModel = { ...noStopWords(), weights: zeros(), bias: 10 };
  const intro = unit("Risk factors for osteoporosis in patients having treatment include:");
  const items = ["Chronic malnutrition", "Smoking", "Family history"].map(unit);
  const closing = unit("Chemotherapy can interfere with the normal production of hormones due to its effect on ovarian function, as the doctors explained.");
  test("never cuts a list a sentence introduces, nor the sentence, up to the prose that closes it", () => {
    const seq = [unit("Share"), intro, ...items, closing, unit("Home"), unit("Advert")];
    const ruled2 = (i: number): boolean => i === 0 || i === 7;
    expect(findModelCuts(seq, (i) => !ruled2(i), always, ruled2).map((c) => c.unit)).toEqual([6]);
    expect(introducedLists(seq, [1, 2, 3, 4, 5, 6])).toEqual(new Uint8Array([1, 1, 1, 1, 0, 0]));
  });
  test("a sentence with a colon and no prose after its lines introduces no list: a page's chrome follows its last sentence", () => {
    const seq = [unit("Share"), intro, ...items, unit("Advert")];
    const ruled2 = (i: number): boolean => i === 0 || i === 5;
    expect(findModelCuts(seq, (i) => !ruled2(i), always, ruled2).map((c) => c.unit)).toEqual([1, 2, 3, 4]);
    // A label ("Sections:") is no sentence of the text.
    expect(introducedLists([unit("Sections:"), ...items, closing], [0, 1, 2, 3, 4])).toEqual(new Uint8Array(5));
  });
  test("never cuts a list under a short lead-in that stands right under the text's prose, but cuts a form's labels there", () => {
    const before = unit("Returning in 2004 and becoming captain of his club, he was an inspiring footballer to watch and to play under.");
    // Rows enough that some stand more than three lines from the prose on either side (no body's list).
    const table = ["Years | Club", "1990-1994 | Motherwell", "1994-1999 | Celtic", "1999-2003 | Sheffield Wednesday", "2004-2007 | Motherwell", "112 (15)"].map(unit);
    const seq = [unit("Share"), before, unit("His record stands thus:"), ...table, closing, unit("Home"), unit("Advert")];
    const ruled2 = (i: number): boolean => i === 0 || i === 11;
    expect(findModelCuts(seq, (i) => !ruled2(i), always, ruled2).map((c) => c.unit)).toEqual([10]);
    // Under chrome, the same lead-in is a label; under prose, a form's fields each end in a colon.
    const label = [unit("Share"), unit("Sections:"), ...table, closing, unit("Advert")];
    expect(findModelCuts(label, (i) => i !== 0 && i !== 9, always, (i) => i === 0 || i === 9).map((c) => c.unit)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const fields = ["From (your e-mail):", "To (recipient's e-mail):", "Your name:", "Subject:", "Notes:", "Send"].map(unit);
    const form = [unit("Share"), before, ...fields, closing, unit("Advert")];
    expect(findModelCuts(form, (i) => i !== 0 && i !== 9, always, (i) => i === 0 || i === 9).map((c) => c.unit)).toEqual([2, 3, 4, 5, 6, 7]);
  });
  test("never cuts a list numbered 1, 2, 3 in turn under a line ending in a colon, whatever follows it", () => {
    const picks = ["1. Owls Of The British Isles Wallpaper", "2. Blue Floral Wallpaper", "3. Peony Wallpaper"];
    const seq = (lead: string, items: string[]): FeatureUnit[] => [body[0] as FeatureUnit, unit("Share"), unit(lead), ...items.map(unit), unit("Pin It"), unit("Advert")];
    const ruled2 = (i: number): boolean => i === 1 || i === 7;
    const cut = (lead: string, items: string[]): number[] => findModelCuts(seq(lead, items), (i) => !ruled2(i), always, ruled2).map((c) => c.unit);
    expect(cut("From left to right:", picks)).toEqual([6]);
    // Counted from 2, or under no colon ("Most read"), the lines are the page's.
    expect(cut("From left to right:", picks.map((p) => p.replace(/^\d/, (d) => String(Number(d) + 1))))).toEqual([2, 3, 4, 5, 6]);
    expect(cut("Most read", picks)).toEqual([2, 3, 4, 5, 6]);
  });
  test("a line of no word goes with the chrome beside it, not from between two lines of words", () => {
    const never: PageModel = { ...noStopWords(), weights: zeros(), bias: -10 };
    const bare = (text: string): FeatureUnit => ({ ...unit(text), tokens: 0 });
    // "Font:" (1) a rule cut, its buttons drawn as bullets under it; a writer's "* * *" between paragraphs.
    const seq = [body[0] as FeatureUnit, unit("Font:"), bare("*"), bare("*"), body[1] as FeatureUnit, bare("* * *"), body[2] as FeatureUnit, bare("--"), unit("Advert")];
    const ruled2 = (i: number): boolean => i === 1 || i === 8;
    const cuts = findModelCuts(seq, (i) => !ruled2(i), never, ruled2);
    expect(cuts.map((c) => c.unit)).toEqual([2, 3, 7]);
    expect(cuts.every((c) => c.wordless && c.score === 0)).toBe(true);
  });
  test("never cuts entries each under its date (an archive), but cuts a menu of months", () => {
    const prose = unit("The portal counts what its readers searched for each week and writes up the lists in a short note for anyone who asks.");
    const archive = ["Top Women of 2006", "December 14, 2006", "Top Men of 2006", "December 13, 2006", "Top Search Terms for 2006", "December 12, 2006"].map(unit);
    const seq = [prose, unit("Share"), ...archive, unit("Advert")];
    const ruled2 = (i: number): boolean => i === 1 || i === 8;
    expect(findModelCuts(seq, (i) => !ruled2(i), always, ruled2)).toEqual([]);
    const listed = new Uint8Array(7);
    datedEntries(seq, [0, 2, 3, 4, 5, 6, 7], listed);
    expect(listed).toEqual(new Uint8Array([0, 1, 1, 1, 1, 1, 1]));
    // A month alone is an archive's menu, and two dates in seven lines are no list of entries.
    const months = [prose, unit("Share"), ...["Archives", "December 2006", "November 2006", "October 2006", "September 2006"].map(unit), unit("Advert")];
    const ruled3 = (i: number): boolean => i === 1 || i === 7;
    expect(findModelCuts(months, (i) => !ruled3(i), always, ruled3).map((c) => c.unit)).toEqual([2, 3, 4, 5, 6]);
    const few = [prose, unit("Share"), ...["Home", "World", "December 14, 2006", "Sport", "Travel", "December 13, 2006", "Culture"].map(unit), unit("Advert")];
    const ruled4 = (i: number): boolean => i === 1 || i === 9;
    expect(findModelCuts(few, (i) => !ruled4(i), always, ruled4).map((c) => c.unit)).toEqual([2, 3, 4, 5, 6, 7, 8]);
  });
  test("cuts only lines that stand by chrome found: a list with the text's lines between it and the chrome stays", () => {
    const p1 = unit("The clinic opened a second room for patients in March, and the waiting list is now half as long.");
    const p2 = unit("These groups answer the telephone on weekdays and send their leaflets free of charge to anyone.");
    const list = ["Organizations", "American Menopause Foundation", "Living Beyond Breast Cancer", "National Osteoporosis Society"].map(unit);
    const chrome2 = (i: number): boolean => i === 0 || i === 1;
    // Two lines of the text between the list and "Share" / "Advert", and one after it (at the
    // text's end, the list would stand by the chrome a crop cut off: below): the list is the text's.
    const p3 = unit("The society's helpline is open on Saturdays too, and its volunteers will call back anyone who leaves a message.");
    const far = [unit("Share"), unit("Advert"), p1, p2, ...list, p3];
    expect(findModelCuts(far, (i) => !chrome2(i), always, chrome2)).toEqual([]);
    // One line of the text between: the list stands by the chrome.
    const near = [unit("Share"), unit("Advert"), p2, ...list];
    expect(findModelCuts(near, (i) => !chrome2(i), always, chrome2).map((c) => c.unit)).toEqual([3, 4, 5, 6]);
    // A line the model cut counts as chrome found for the next round: a menu is cut however long.
    const menu = [unit("Share"), unit("Advert"), ...["Home", "World", "Business", "Sport", "Travel", "Culture"].map(unit), p1, p2];
    expect(findModelCuts(menu, (i) => !chrome2(i), always, chrome2).map((c) => c.unit)).toEqual([2, 3, 4, 5, 6, 7]);
    const apart = new Int32Array(far.length);
    linesApart(far, (i) => !chrome2(i), chrome2, apart);
    expect(Array.from(apart)).toEqual([0, 0, 1, 2, 2, 2, 2, 2, 3]);
  });
  // A crop: an article with a few of its page's lines above and below it, the chrome beyond them cut off.
  const body = [
    "The clinic opened a second room for patients in March, and the waiting list is now half as long.",
    "These groups answer the telephone on weekdays and send their leaflets free of charge to anyone.",
    "The society's helpline is open on Saturdays too, and its volunteers will call back anyone who leaves a message.",
  ].map(unit);
  test("the text's start and end stand for chrome a crop cut off: the short lines there are read at EDGE_THRESHOLD", () => {
    // Every line scores 0.96: under the model's threshold (0.975), over the edge's (0.95).
    const at96: PageModel = { ...noStopWords(0.975), weights: zeros(), bias: Math.log(0.96 / 0.04) };
    expect(EDGE_THRESHOLD).toBe(0.95);
    // "Share" (0) and "Advert" (9) a rule cut; "Home", "World" and "Weather" stand at the start,
    // "Newsletters" and "Terms" at the end. The title's two lines over the first paragraph are no edge:
    // by chrome alone, they would need the model's threshold.
    const crop = [unit("Share"), unit("Home"), unit("World"), unit("Weather"), unit("Clinic news"), unit("Waiting lists"), ...body, unit("Advert"), unit("Newsletters"), unit("Terms")];
    const ruled = (i: number): boolean => i === 0 || i === 9;
    expect(findModelCuts(crop, (i) => !ruled(i), at96, ruled).map((c) => c.unit)).toEqual([1, 2, 3, 10, 11]);
    // Not at an edge: by the chrome alone, the model's own threshold.
    const inside = [body[0] as FeatureUnit, unit("Share"), unit("Home"), unit("World"), ...body.slice(1), unit("Advert"), body[0] as FeatureUnit];
    expect(findModelCuts(inside, (i) => i !== 1 && i !== 6, at96, (i) => i === 1 || i === 6)).toEqual([]);
    const edge = new Uint8Array(crop.length);
    edgesIn(crop, Uint8Array.from(crop, (_, i) => (ruled(i) ? 0 : 1)), edge);
    // The title's two lines over the first paragraph (4, 5) are no edge; nor is the text between.
    expect(Array.from(edge)).toEqual([1, 1, 1, 1, 0, 0, 1, 0, 1, 1, 1, 1]);
  });
  test("a line cut by the text's edge alone is no chrome found: the cuts do not run on up into the text", () => {
    // A list, one paragraph, then two lines at the end: only the two go, though the list stands
    // one paragraph from them (as it would stand by chrome found).
    const seq = [unit("Share"), unit("Advert"), ...body, unit("Organizations"), unit("American Menopause Foundation"), body[0] as FeatureUnit, unit("Newsletters"), unit("Terms")];
    const ruled = (i: number): boolean => i === 0 || i === 1;
    const cuts = findModelCuts(seq, (i) => !ruled(i), always, ruled);
    expect(cuts.map((c) => c.unit)).toEqual([8, 9]);
    expect(cuts.every((c) => c.byEdge)).toBe(true);
  });
  test("by the text's edge alone, leaves what the page-edge rules leave there: a fact, a letter's closing and signature, a list in sentence case", () => {
    const at96: PageModel = { ...noStopWords(0.975), weights: zeros(), bias: Math.log(0.96 / 0.04) };
    const ending = (lines: string[]): FeatureUnit[] => [unit("Share"), unit("Advert"), ...body, ...lines.map(unit)];
    const ruled = (i: number): boolean => i === 0 || i === 1;
    const cut = (lines: string[]): number[] => findModelCuts(ending(lines), (i) => !ruled(i), at96, ruled).map((c) => c.unit);
    expect(cut(["With best wishes,", "Anna Lee", "Plot 14, Hill Road"])).toEqual([]);
    expect(cut(["Six large onions", "Two cloves of garlic", "Serves four"])).toEqual([]);
    expect(cut(["Call 0161 555 0142", "Hill Road Allotments"])).toEqual([6]);
    // The same lines by chrome found, at the model's threshold: its score decides.
    expect(findModelCuts(ending(["Six large onions", "Advert"]), (i) => !ruled(i) && i !== 6, always, (i) => ruled(i) || i === 6).map((c) => c.unit)).toEqual([5]);
  });
  test("never cuts a credit: a byline, a picture's or a news agency's", () => {
    const seq = [unit("Share"), unit("Home"), ...body, unit("Photo: Courtesy of Anna Lee"), unit("By Anna Lee"), unit("Picture via Planet Fur"), unit("(Additional reporting by Anna Lee in Leeds; Editing by Tom Reed)"), unit("Advert")];
    const ruled = (i: number): boolean => i === 0 || i === 9;
    expect(findModelCuts(seq, (i) => !ruled(i), always, ruled).map((c) => c.unit)).toEqual([1]);
  });
  test("never cuts a result, a record or a bowler's figures (small numbers joined by hyphens), but cuts a date so written", () => {
    // Overs with the balls of one begun, as a scorecard writes them: "Boult 9.4-1-38-3".
    const lines = ["Fall of wkts | 1-3, 2-41, 3-44", "Vettori 6-2-7-5", "Who: Wright State (10-6, 3-4) at Loyola (6-11, 2-5)", "Series result | New Zealand clinch the series 3-0", "Bowling | Boult 9.4-1-38-3 (1w)", "12-20-06", "1-800-555-0142", "Home"];
    const seq = [unit("Share"), ...body, ...lines.map(unit), unit("Advert")];
    const ruled = (i: number): boolean => i === 0 || i === 12;
    expect(findModelCuts(seq, (i) => !ruled(i), always, ruled).map((c) => c.unit)).toEqual([9, 10, 11]);
  });
  test("never cuts an e-mail address alone beside a telephone number, nor that line: a contact record", () => {
    const prose = unit("The network will broadcast both specials in prime time next month, and the press office has the details.");
    const seq = [prose, unit("Share"), unit("Press office"), unit("Anna Lee, +1-212-555-0142"), unit("anna.lee@example.com"), unit("Advert")];
    const ruled2 = (i: number): boolean => i === 1 || i === 5;
    expect(findModelCuts(seq, (i) => !ruled2(i), always, ruled2).map((c) => c.unit)).toEqual([2]);
    const alone = [prose, unit("Share"), unit("Press office"), unit("anna.lee@example.com"), unit("Advert")];
    expect(findModelCuts(alone, (i) => i !== 1 && i !== 4, always, (i) => i === 1 || i === 4).map((c) => c.unit)).toEqual([2, 3]);
  });
  test("never cuts a closing right under prose with the name under it, nor the name: a post or a letter signed off between chrome", () => {
    const post = unit("I have run most of the projects the team joined over the years, and I still keep two machines busy every night.");
    const seq = (lines: string[]): FeatureUnit[] => [unit("Share"), unit("Reply"), post, ...lines.map(unit), unit("Quote"), unit("Advert")];
    const cut = (lines: string[]): number[] => {
      const last = lines.length + 4;
      const ruled = (i: number): boolean => i === 0 || i === last;
      return findModelCuts(seq(lines), (i) => !ruled(i), always, ruled).map((c) => c.unit);
    };
    expect(cut(["Cheers,", "Marc"])).toEqual([1, 5]);
    expect(cut(["With best wishes,", "Anna Lee"])).toEqual([1, 5]);
    // A closing not under prose, or with no name under it, or a line under no closing: chrome's.
    expect(cut(["Home", "Cheers,", "Marc"])).toEqual([1, 3, 4, 5, 6]);
    expect(cut(["Cheers,", "Posted 12 May 2006 at 10:40"])).toEqual([1, 3, 4, 5]);
    expect(cut(["Marc"])).toEqual([1, 3, 4]);
  });
  test("never cuts a sentence with a smiley after its end (a reader's comment), but cuts a smiley's line that ends no sentence", () => {
    const seq = (line: string): FeatureUnit[] => [unit("Share"), ...body, unit(line), unit("Advert")];
    const ruled = (i: number): boolean => i === 0 || i === 5;
    const cut = (line: string): number[] => findModelCuts(seq(line), (i) => !ruled(i), always, ruled).map((c) => c.unit);
    for (const line of ["Thanks, guys! :)", "Just askin'. ;)", "it'd take a lot out of me.:D", "Speak English, you cheese eater.:p", "Great game! =)"]) expect(cut(line), line).toEqual([]);
    expect(cut("Smileys :)")).toEqual([4]);
    expect(cut("Note:D")).toEqual([4]);
  });
  test("never cuts the first half of a sentence that runs on, after a comma, into the next line, which ends it", () => {
    const seq = (lines: string[]): FeatureUnit[] => [unit("Share"), ...body, ...lines.map(unit), unit("Advert")];
    const cut = (lines: string[]): number[] => {
      const last = lines.length + 4;
      const ruled = (i: number): boolean => i === 0 || i === last;
      return findModelCuts(seq(lines), (i) => !ruled(i), always, ruled).map((c) => c.unit);
    };
    expect(cut(["And maybe we'll do in a squirrel or two,", "While we're poisoning pigeons in the park."])).toEqual([]);
    // Labels, a short greeting, or a line the next one does not close: chrome's.
    expect(cut(["Home, World, Sport, Travel, Culture,", "While we're poisoning pigeons in the park."])).toEqual([4]);
    expect(cut(["Welcome back,", "While we're poisoning pigeons in the park."])).toEqual([4]);
    expect(cut(["And maybe we'll do in a squirrel or two,", "Newsletters"])).toEqual([4, 5]);
  });
});

describe("what the guard settles is not worked out", () => {
  const always: PageModel = { ...noStopWords(), weights: zeros(), bias: 10 };
  const story = "The council said on Tuesday that the new library would open in the spring, after two years of delays.";
  test("a round whose every line ends a sentence reads nothing of the text and cuts nothing", () => {
    // Every line the model could cut ends a sentence: the writer's, whatever the model says.
    const seq = ["Share", "It rained.", "Was it right?", story, "Nobody minded.", "Advert"].map(unit);
    const ruled = (i: number): boolean => i === 0 || i === 5;
    const cache = newFeatureCache(seq.length);
    expect(findModelCuts(seq, (i) => !ruled(i), always, ruled, undefined, cache)).toEqual([]);
    expect(Array.from(cache.state)).toEqual([0, 0, 0, 0, 0, 0]);
    // One line that ends none: the text is read, and that line is cut.
    const open = ["Share", "It rained.", "Home", story, "Nobody minded.", "Advert"].map(unit);
    const read = newFeatureCache(open.length);
    expect(findModelCuts(open, (i) => !ruled(i), always, ruled, undefined, read).map((c) => c.unit)).toEqual([2]);
    expect(Array.from(read.state).filter((s) => s > 0).length).toBe(4);
  });
  test("the cuts of a round are those of every candidate row worked out whole, then guarded and scored", () => {
    // Each text: a model that cuts what has few stop words, against the reference computed from
    // candidateRows (every row of every kept unit, nothing skipped), in one round.
    const lines = ["Share on Facebook", "Home", "World | Business | Sport", "Read more:", "Posted by Anna on 12 May 2024", story, "Was it right? Nobody knows", "It will hold forty thousand books.", "Contact us", "Privacy Policy", "© 2024 Example Media", "Advertisement", "The clinic opened a second room for patients in March, and the waiting list is now half as long.", "Sign up", "Terms"];
    let cuts = 0;
    for (let shift = 0; shift < lines.length; shift++) {
      const seq = [...lines.slice(shift), ...lines.slice(0, shift)].map(unit);
      const ruled = (i: number): boolean => seq[i]?.text === "Share on Facebook" || seq[i]?.text === "Advertisement" || seq[i]?.text === "Terms";
      const kept = (i: number): boolean => !ruled(i);
      const model = noStopWords(0.6);
      const order = seq.map((_, i) => i).filter(kept);
      const listed = introducedLists(seq, order);
      const apart = new Int32Array(seq.length);
      linesApart(seq, kept, (i) => !kept(i) && ruled(i), apart);
      const want = candidateRows(seq, kept, model.maxWords, ruled)
        .filter((r) => !isWritersProse(r.row) && (r.apart <= 1 || r.edge) && listed[order.indexOf(r.unit)] === 0 && scoreRow(model, r.row) >= model.threshold)
        .map((r) => r.unit);
      expect(findModelCuts(seq, kept, model, ruled, 1).map((c) => c.unit)).toEqual(want);
      cuts += want.length;
    }
    // Not an empty comparison: the texts have lines to cut and lines the guard keeps.
    expect(cuts).toBeGreaterThan(lines.length);
  });
});

describe("where the rules' chrome stands around a line", () => {
  const p1 = unit("The clinic opened a second room for patients in March, and the waiting list is now half as long.");
  // "Share" (0) and "Advert" (5) a rule cut as chrome, "Home" (2) a copy cut: passed over.
  const seq = [unit("Share"), unit("Contact"), unit("Home"), unit("Weather"), p1, unit("Advert"), unit("Terms")];
  const chrome = (i: number): boolean => i === 0 || i === 5;
  const kept = (i: number): boolean => i !== 0 && i !== 2 && i !== 5;
  test("the nearest line before and after that is kept or chrome, the lines of 10 tokens and the units between", () => {
    const apart = new Int32Array(seq.length);
    const found = (i: number): boolean => !kept(i) && chrome(i);
    linesApart(seq, kept, found, apart);
    const out = new Float64Array(seq.length * AROUND_COUNT);
    chromeAround(seq, kept, found, apart, out);
    const at = (i: number): number[] => Array.from(out.subarray(i * AROUND_COUNT, (i + 1) * AROUND_COUNT)).map((v, j) => (j >= 2 ? Math.round(Math.expm1(v)) : v));
    expect(at(1)).toEqual([1, 0, 0, 1]);
    // "Weather": the copy cut before it is passed over to "Contact", kept; two kept units to "Share".
    expect(at(3)).toEqual([0, 0, 0, 2]);
    expect(at(4)).toEqual([0, 1, 1, 1]);
    expect(at(6)).toEqual([1, 0, 0, 1]);
  });
  // A model that cuts a line right after chrome and nothing else.
  const afterChrome = (): PageModel => {
    const weights = zeros();
    weights[k("chrome_prev")] = 20;
    return { features: [...FEATURE_NAMES], threshold: 0.9, maxWords: 40, kind: "logistic", weights, bias: -10, mean: zeros(), scale: FEATURE_NAMES.map(() => 1) };
  };
  test("the model reads them, from the rules' cuts alone: its own cuts do not run on down a list a round at a time", () => {
    const list = [unit("Share"), unit("Contact"), unit("Weather"), unit("Sport"), unit("Travel"), p1, unit("Advert")];
    const ruled = (i: number): boolean => i === 0 || i === 6;
    expect(findModelCuts(list, (i) => !ruled(i), afterChrome(), ruled).map((c) => c.unit)).toEqual([1]);
  });
  test("the training rows carry them", () => {
    const rows = candidateRows(seq, kept, 40, chrome);
    const contact = rows.find((r) => r.unit === 1)?.row;
    expect(contact?.[AROUND]).toBe(1);
    expect(rows.find((r) => r.unit === 3)?.row[AROUND]).toBe(0);
    expect(candidateRows(seq, kept, 40).find((r) => r.unit === 1)?.row[AROUND]).toBe(0);
  });
});

describe("the built-in model", () => {
  test("was trained on the features this build computes", () => {
    expect(fitsFeatures(PAGE_MODEL)).toBe(true);
    expect(PAGE_MODEL.threshold).toBeGreaterThanOrEqual(0.5);
  });
});

describe("in clean()", () => {
  const model = noStopWords();
  // The rules cut two lines at each end: the model reads the stretches where they found chrome.
  const page = ["Share on Facebook", "", "Advertisement", "", "Gardens", "", "Kitchens Bathrooms Lofts", "", "The council said on Tuesday that the new library would open in the spring, after two years of delays.", "", "It will hold forty thousand books and a room for the town's archive, kept in a basement since 1998.", "", "Builders Plumbers Roofers", "", "Sign up for our free newsletter", "", "© 2024 Example Media Group. All rights reserved.", ""].join("\n");
  test("a model cut is boilerplate by rule page-model, with its score", () => {
    const r = clean(page, { pageModel: model, stubMaxWords: 0 });
    const cuts = r.cuts.filter((c) => c.rule === "page-model");
    expect(cuts.map((c) => c.startLine)).toEqual([5, 7, 13]);
    for (const c of cuts) {
      expect(c.kind).toBe("boilerplate");
      expect(c.score).toBeGreaterThanOrEqual(model.threshold);
    }
  });
  test("a text that keeps more units than a page is not read (as findModelCuts tells it)", () => {
    const lines = (n: number): string => Array.from({ length: n }, (_, i) => `Gardens ${i}`).join("\n\n");
    // The page keeps 5 lines of its own (the rules take the other four).
    const atMost = clean(`${page}\n${lines(PAGE_UNITS_MAX - 5)}\n`, { pageModel: model, stubMaxWords: 0 }).cuts.filter((c) => c.rule === "page-model");
    expect(atMost.map((c) => c.startLine).slice(0, 3)).toEqual([5, 7, 13]);
    expect(clean(`${page}\n${lines(PAGE_UNITS_MAX - 4)}\n`, { pageModel: model, stubMaxWords: 0 }).cuts.filter((c) => c.rule === "page-model")).toEqual([]);
  });
  test("--disable page-model switches it off", () => {
    expect(clean(page, { pageModel: model, disable: ["page-model"] }).cuts.filter((c) => c.rule === "page-model")).toEqual([]);
  });
  test("cleaning the clean text again cuts nothing more", () => {
    const once = clean(page, { pageModel: model }).text;
    expect(clean(once, { pageModel: model }).text).toBe(once);
  });
  test("a rule's match kept as a label over a list the model cuts is judged again: cleaning twice cuts nothing more", () => {
    // "See also:" stays as the label of the list under it; once the model takes the list it labels
    // nothing, and the rule takes it, in the same run.
    const labelled = ["The council said on Tuesday that the new library would open in the spring, after two years of delays.", "", "Share on Facebook", "", "Advertisement", "", "News from the town", "", "See also:", "", "- Kitchens Bathrooms Lofts", "- Builders Plumbers Roofers", "", "Sign up for our free newsletter", ""].join("\n");
    const context: CleanContext = { index: new DedupIndex() };
    const once = clean(labelled, { pageModel: model }, context);
    expect(once.cuts.map((c) => `${c.startLine} ${c.rule}`)).toEqual(expect.arrayContaining(["9 related-links", "11 page-model", "12 page-model"]));
    expect(context.cleaningsRun).toBe(2);
    expect(clean(once.text, { pageModel: model }).cuts).toEqual([]);
  });
  test("a rule's match kept as the author's that reads so without the model's cuts too is not cleaned again for them", () => {
    // "More: <address>" is the author's wherever it stands (standing.ts): the kept text is judged
    // as this one, and one cleaning settles it.
    const linked = ["The council said on Tuesday that the new library would open in the spring, after two years of delays.", "", "More: https://example.org/library", "", "Share on Facebook", "", "Advertisement", "", "Kitchens Bathrooms Lofts", "", "Sign up for our free newsletter", ""].join("\n");
    const context: CleanContext = { index: new DedupIndex() };
    const once = clean(linked, { pageModel: model }, context);
    expect(once.cuts.map((c) => `${c.startLine} ${c.rule}`)).toEqual(expect.arrayContaining(["9 page-model"]));
    expect(once.text).toContain("More: https://example.org/library");
    expect(context.cleaningsRun).toBe(1);
    expect(clean(once.text, { pageModel: model }).cuts).toEqual([]);
  });
  test("a copy of a line the model cuts stays, and so does the short line the stub rule cut beside it for it", () => {
    // Line 11 is cut as a copy of line 5 before the model cuts line 5; "All of the above" is then
    // a stub between cut lines only while line 11 is cut.
    const listing = "Kitchens Bathrooms Lofts Builders Plumbers Roofers Gardens Sheds";
    const x = ["Share on Facebook", "", "Advertisement", "", listing, "", page.split("\n")[8], "", page.split("\n")[10], "", listing, "", "All of the above", "", "Sign up for our free newsletter", ""].join("\n");
    const context: CleanContext = { index: new DedupIndex() };
    const r = clean(x, { pageModel: model }, context);
    expect(r.cuts.map((c) => `${c.startLine} ${c.rule}`)).toEqual(["1 share-buttons", "3 advertisement", "5 page-model", "15 subscribe"]);
    expect(r.text).toContain(`${listing}\n\nAll of the above\n`);
    expect(context.cleaningsRun).toBe(2);
  });
  test("Markdown is never the model's, even read as scraped pages", async () => {
    await loadFormat("markdown");
    expect(clean(page, { pageModel: model, format: "markdown", markdownText: "scraped" }).cuts.filter((c) => c.rule === "page-model")).toEqual([]);
  });
});

describe("the built-in model on real pages", () => {
  const WIDE = path.resolve(ROOT, "../shared/eval/wide-dev/docs");
  test("cleaning a page again cuts nothing more, where the first cleaning was spared a second one", (ctx) => {
    need(ctx, missingPath(WIDE, "the shared evaluation set beside the checkout (../shared/eval)"));
    // Every fifth page of wide-dev, whole and cropped: the model cuts in most of them.
    const files = readdirSync(WIDE).sort().filter((_, k) => k % 5 === 0);
    let byModel = 0;
    for (const f of files) {
      const once = clean(readFileSync(path.join(WIDE, f), "utf8"), { pageModel: PAGE_MODEL });
      byModel += once.cuts.filter((c) => c.rule === "page-model").length;
      expect(clean(once.text, { pageModel: PAGE_MODEL }).text, f).toBe(once.text);
    }
    expect(byModel).toBeGreaterThan(400);
  }, 120_000);
});

describe("weights a caller gives", () => {
  test("weights of another build, or no weights at all, are refused with the reason instead of cutting nothing without a word", () => {
    expect(pageModelProblem(PAGE_MODEL)).toBeNull();
    expect(() => clean("Home\n", { pageModel: PAGE_MODEL })).not.toThrow();
    const other = { ...PAGE_MODEL, features: PAGE_MODEL.features.slice(1) };
    expect(() => clean("Home\n", { pageModel: other })).toThrow(/^pageModel must be weights trained on this build's \d+ features/);
    expect(() => clean("Home\n", { pageModel: "on" as unknown as PageModel })).toThrow("pageModel must be true or false, got on");
    expect(() => clean("Home\n", { pageModel: { ...PAGE_MODEL, kind: "forest" } as unknown as PageModel })).toThrow('pageModel must be weights of kind "logistic" or "trees"');
  });
});
