// Near-duplicate similarity is measured against the one kept copy a cut names, with shingles long
// enough for text written without spaces. Sentences of our own, in the shapes seen in documentation
// trees: a short sentence made of pieces of two unrelated ones, Japanese lead-ins sharing set phrases.
import fc from "fast-check";
import { beforeAll, describe, expect, test } from "vitest";
import { clean } from "../../src/core/clean.js";
import { pairSimilarity, pairTokens, saysMore, saysNothingNew, saysOpposite, sharedEnd, sharedStart, typo, UNSPACED_FACTOR, wordStart } from "../../src/core/near-duplicate.js";
import { loadFormat } from "../../src/core/unit-splitters.js";

beforeAll(async () => {
  await loadFormat("markdown");
});

const A = "During development the server will open the browser for you when it starts, and it reloads the page whenever a source file changes on disk.";
const B = "A production build writes every page into the output folder, ready to be copied to any static host you like.";

describe("pairSimilarity", () => {
  test.each([
    ["the same sentence", "one two three four five six seven eight nine ten", "one two three four five six seven eight nine ten", 1],
    ["its first half in a longer text", "one two three four five six seven eight nine ten", "zero one two three four five and more", 0.5],
    ["no run of five words shared", "one two three four five six seven eight nine ten", "one two three four six seven eight nine", 0],
  ])("%s", (_name, cut, kept, expected) => {
    expect(pairSimilarity(pairTokens(cut, 5), kept)).toBeCloseTo(expected, 5);
  });

  test("Han and kana text is compared in longer shingles than spaced text", () => {
    expect(pairTokens("設定ファイルを参照してください。", 5).n).toBe(5 * UNSPACED_FACTOR);
    expect(pairTokens("See the config file for details.", 5).n).toBe(5);
    // Nine characters in common ("公式ドキュメントを"), then different: no ten-character shingle shared.
    expect(pairSimilarity(pairTokens("公式ドキュメントを読みます", 5), "公式ドキュメントを開いてください")).toBe(0);
  });
});

describe("a near duplicate is like the one kept copy it names", () => {
  test("a short sentence made of pieces of two unrelated kept ones stays", () => {
    const cut = "The server will open the browser for you and writes every page into the output folder.";
    const r = clean(`${A}\n\n${B}\n\n${cut}\n`);
    expect(r.cuts).toEqual([]);
  });

  test("a Japanese sentence sharing a set phrase with another stays", () => {
    const kept1 = "設定ファイルの詳細については、公式ドキュメントを参照してください。";
    const kept2 = "テーマのコンポーネントをグローバルに登録すると、すべてのページで使用できます。";
    const cut = "コンポーネントの使い方については、公式ドキュメントを参照してください。";
    const r = clean(`${kept1}\n\n${kept2}\n\n${cut}\n`, { format: "markdown" });
    expect(r.cuts).toEqual([]);
  });

  test("a Japanese sentence copied with one character changed is still cut, naming its copy", () => {
    const kept = "テーマエントリファイルが見つかると、デフォルトテーマではなくカスタムテーマが常に使用されます。";
    const copy = kept.replace("見つかる", "見付かる");
    const r = clean(`${kept}\n\n${B}\n\n${copy}\n`, { format: "markdown" });
    expect(r.cuts).toEqual([expect.objectContaining({ kind: "near-duplicate", startLine: 5, source: { startLine: 1, endLine: 1 } })]);
    expect(r.cuts[0]?.similarity).toBeGreaterThan(0.9);
  });

  test("the similarity reported is the one to the named copy", () => {
    const copy = `${A.replace("the browser", "a browser")}`;
    const r = clean(`${B}\n\n${A}\n\n${copy}\n`);
    expect(r.cuts).toEqual([expect.objectContaining({ kind: "near-duplicate", startLine: 5, source: { startLine: 3, endLine: 3 } })]);
    expect(r.cuts[0]?.similarity).toBeCloseTo(pairSimilarity(pairTokens(copy, 5), A), 2);
  });
});

describe("saysNothingNew: in Markdown a near duplicate says nothing its kept copy does not", () => {
  const KEPT = "If you used the experimental flag before, remove it from your configuration: the feature is stable now.";
  test.each([
    ["the same words, other case, punctuation and spacing", "if you used the experimental flag before -- remove it from your configuration;  the feature is stable now", KEPT],
    ["an entity for a character", "Caf&eacute; users: if you used the experimental flag before, remove it.", "Café users: if you used the experimental flag before, remove it."],
    ["a typo", "If you used the experimantal flag before, remove it from your configuration: the feature is stable now.", KEPT],
    ["two words written as one", "To setup the queue, if you used the experimental flag before, remove it.", "To set up the queue, if you used the experimental flag before, remove it."],
    ["a sentence dropped", "If you used the experimental flag before, remove it from your configuration.", `${KEPT} Nothing else changes.`],
  ])("a copy: %s", (_name, cut, kept) => {
    expect(saysNothingNew(cut, kept)).toBe(true);
  });

  test.each([
    ["another flag name", "If you used the experimental hyphens flag before, remove it from your configuration: the feature is stable now."],
    ["one word more", "If you used the experimental flag before, remove it from your configuration at once: the feature is stable now."],
    ["another number", "If you used the experimental flag before 4.2, remove it from your configuration: the feature is stable now."],
    ["a short piece of the kept sentence", "remove it from your configuration"],
  ])("other text: %s", (_name, cut) => {
    expect(saysNothingNew(cut, KEPT)).toBe(false);
  });

  test("a negation one copy has and the other lacks: the two say opposite things", () => {
    expect(saysNothingNew("vary params: either the special value wildcard or a list of strings", "no-vary params: either the special value wildcard or a list of strings")).toBe(false);
    expect(saysNothingNew("If you used the experimental flag before, do not remove it from your configuration.", "If you used the experimental flag before, do now remove it from your configuration.")).toBe(false);
    // A sentence dropped that holds a negation is still a sentence dropped.
    expect(saysNothingNew("If you used the experimental flag before, remove it from your configuration.", `Do not panic. ${KEPT}`)).toBe(true);
  });

  test("typos: one letter, a swap, numbers never", () => {
    expect(typo("receive", "recieve")).toBe(true);
    expect(typo("configuration", "configuraton")).toBe(true);
    expect(typo("cat", "car")).toBe(true);
    expect(typo("flag", "flags")).toBe(true);
    expect(typo("start", "stop")).toBe(false);
    expect(typo("v18", "v16")).toBe(false);
    expect(typo("見", "付")).toBe(true);
  });

  test("a word and its opposite by prefix are no typo of each other, however close", () => {
    for (const [a, b] of [["excluding", "including"], ["enabled", "disabled"], ["invalid", "valid"], ["signed", "unsigned"], ["increases", "decreases"], ["maximum", "minimum"], ["imported", "exported"]]) {
      expect(typo(a ?? "", b ?? ""), `${a} ${b}`).toBe(false);
    }
    expect(typo("recieving", "receiving")).toBe(true);
    expect(saysNothingNew("The coefficients represent the light function, including the contribution from the main light.", "The coefficients represent the light function, excluding the contribution from the main light.")).toBe(false);
  });

  test("saysMore: a phrase of three words or more of its own, or a number word, that the kept copy lacks", () => {
    const kept = "The ferry to the island leaves at seven and at noon, and on Sundays only once, in the morning.";
    const more = (cut: string, k = kept): boolean => saysMore(pairTokens(cut, 5), k, 5);
    expect(more(`Asked about the timetable, the harbour master said that ${kept}`)).toBe(true);
    expect(more(`${kept} Tickets are sold on board.`)).toBe(true);
    expect(more(kept.replace("once", "twice"))).toBe(false); // one word: saysOpposite weighs it
    expect(more(kept.replace("only once", "only one time"))).toBe(true); // a number word
    expect(more("Part Two of the interview with the author", "Part One of the interview with the author")).toBe(true);
    expect(more("part one of the interview with the author", "Part One of the interview with the author")).toBe(false);
    expect(more("Part the Last of the interview with the author", "Part the First of the interview with the author")).toBe(false); // "last" is no number
    expect(more(kept.replace("island", "islnad"))).toBe(false);
    expect(more(`${kept} Read more`)).toBe(false);
    expect(more(kept.replace("to the island ", ""))).toBe(false);
  });

  test("saysOpposite: one small edit that negates or swaps a word for its opposite; a copy inside a longer text is not", () => {
    const kept = "The pool is open to members on Sundays, and guests may come along with them.";
    expect(saysOpposite(kept.replace("is open", "is not open"), kept)).toBe(true);
    expect(saysOpposite(kept.replace("may come", "can't come"), kept)).toBe(true);
    expect(saysOpposite(kept.replace("open", "closed"), kept)).toBe(true); // no prefix, a word of its own
    expect(saysOpposite(kept.replace("open", "free"), kept)).toBe(true); // one word in another's place: another thing
    expect(saysOpposite(kept.replace("may come", "must come"), kept)).toBe(false); // a small word
    expect(saysOpposite(kept.replace("members", "member"), kept)).toBe(false); // another form of the word
    expect(saysOpposite(kept.replace("open", "Open"), kept)).toBe(false);
    expect(saysOpposite(kept.replace("Sundays", "Mondays"), kept)).toBe(false); // a name: judged as one (facts.ts)
    expect(saysOpposite(kept.replace("open to members", "open to all members"), kept)).toBe(false);
    expect(saysOpposite(kept.replace("members", "memebers"), kept)).toBe(false);
    expect(saysOpposite(kept, `${kept} It is not heated in winter, and the sauna is not open at all.`)).toBe(false);
    expect(saysOpposite("Lock the door before you leave.", "Unlock the door before you leave.")).toBe(true);
    expect(saysOpposite("Lock the door after you leave.", "Lock the door before you leave.")).toBe(true);
    expect(saysOpposite("Requests from these hosts are allowed by default.", "Requests from these hosts are denied by default.")).toBe(true);
  });
});

/** Where two near copies differ, as saysOpposite's one function found it with its loops inline: [start, end]. */
function stretchInline(cut: string, kept: string): [number, number] {
  const fold = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
  const wordCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c > 127;
  const n = Math.min(cut.length, kept.length);
  let p = 0;
  while (p < n && fold(cut.charCodeAt(p)) === fold(kept.charCodeAt(p))) p++;
  let e = 0;
  while (e < n - p && fold(cut.charCodeAt(cut.length - 1 - e)) === fold(kept.charCodeAt(kept.length - 1 - e))) e++;
  while (p > 0 && wordCode(cut.charCodeAt(p - 1))) p--;
  while (e > 0 && wordCode(cut.charCodeAt(cut.length - e))) e--;
  return [p, e];
}

describe("saysOpposite's loops, functions of their own", () => {
  // Repeated words and letters make the start and the end two copies share overlap, where the
  // end is bounded by the start as found before it is taken back to a word.
  const word = fc.constantFrom("the", "The", "THE", "a", "an", "open", "unopen", "lock", "Unlock", "not", "no", "can't", "isn’t", "do", "don't", "pool", "is", "is", "ab", "aba", "b", "members", "memebers", "é", "日本", "42", "x'", "");
  const sep = fc.constantFrom(" ", " ", " ", ", ", ". ", "-", "’", "");
  const text = fc.array(fc.tuple(word, sep), { maxLength: 30 }).map((ws) => ws.map(([w, s]) => w + s).join(""));
  // Two words, repeated: "no no" against "no no no".
  const small = fc.array(fc.tuple(fc.constantFrom("no", "a"), fc.constantFrom(" ", "")), { maxLength: 6 }).map((ws) => ws.map(([w, s]) => w + s).join(""));
  test("find the stretch where two copies differ as the one function did, for a text and an edit of it and for two unrelated texts", () => {
    const edited = text.chain((kept) =>
      fc.tuple(fc.constant(kept), fc.nat({ max: kept.length }), fc.nat({ max: 12 }), fc.array(fc.tuple(word, sep), { maxLength: 4 }).map((ws) => ws.map(([w, s]) => w + s).join(""))).map(([k, at, del, ins]) => [k.slice(0, at) + ins + k.slice(at + del), k] as const),
    );
    fc.assert(
      fc.property(fc.oneof(edited, fc.tuple(text, text), { arbitrary: fc.tuple(small, small), weight: 3 }), ([cut, kept]) => {
        const shared = sharedStart(cut, kept);
        expect([wordStart(cut, shared), sharedEnd(cut, kept, shared)]).toEqual(stretchInline(cut, kept));
      }),
      { numRuns: 5000 },
    );
  });
});

describe("saysNothingNew: whole sentences of the kept copy", () => {
  const PARA = "Read the text around each example to see whether it is meant to fail. In most chapters, we show the working version of any code that fails right after it. A crab drawing marks the code that is not meant to work.";
  test("a sentence left over after an edit, beside the paragraph that holds it", () => {
    expect(saysNothingNew("In most chapters, we show the working version of any code that fails right after it.", PARA)).toBe(true);
    expect(saysNothingNew("In most chapters, we show the working version of any code that fails right after it. A crab drawing marks the code that is not meant to work.", PARA)).toBe(true);
  });
  test("a piece of a sentence, or a sentence with a word more, is not", () => {
    expect(saysNothingNew("we show the working version of any code that fails", PARA)).toBe(false);
    expect(saysNothingNew("In most chapters, we always show the working version of any code that fails right after it.", PARA)).toBe(false);
  });
});
