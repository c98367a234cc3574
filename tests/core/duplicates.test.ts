import { describe, expect, test } from "vitest";
import { clean } from "../../src/core/clean.js";
import { DedupIndex } from "../../src/core/dedup-index.js";

const P1 =
  "The city council voted on Tuesday to expand the bus network into the northern suburbs, a plan that transport officials say will cut commuting times by a quarter for thousands of residents.";
const P2 =
  "Opponents argued that the money would be better spent repairing existing roads, and several councillors said they had received hundreds of letters from worried drivers in the past month.";
const P3 =
  "The first new routes are expected to open next spring, with the remaining lines following over the next three years as new vehicles are delivered from the manufacturer.";

function cutLines(text: string, options = {}): number[] {
  return clean(text, options).cuts.filter((c) => !c.prefix).map((c) => c.startLine);
}

describe("near duplicates are caught", () => {
  test.each([
    ["changed white space", P1.replace(/ /g, "   ")],
    ["changed case", P1.toUpperCase()],
    ["curly quotes and dashes", P1.replace("plan", "“plan”").replace(", a", " — a")],
    ["a typo", P1.replace("officials", "offcials")],
    ["a dropped clause", P1.replace("into the northern suburbs, ", "")],
    ["HTML entities", P1.replace("plan", "&quot;plan&quot;")],
  ])("%s", (_name, copy) => {
    const text = `${P1}\n\n${P2}\n\n${copy}\n\n${P3}\n`;
    const r = clean(text);
    const dup = r.cuts.find((c) => c.startLine === 5);
    expect(dup?.kind).toMatch(/duplicate/);
    expect(dup?.source).toEqual({ startLine: 1, endLine: 1 });
    expect(r.text).toBe(`${P1}\n\n${P2}\n\n${P3}\n`);
  });

  test("a copy with a sentence or a phrase of its own is no copy: it says something the first does not", () => {
    for (const copy of [`${P1} Officials did not say how the plan would be paid for.`, `Reporters were told by the mayor that ${P1}`]) {
      expect(clean(`${P1}\n\n${P2}\n\n${copy}\n\n${P3}\n`).cuts, copy).toEqual([]);
    }
    // The longer copy first: the shorter one says nothing of its own.
    expect(clean(`${P1} Officials did not say how the plan would be paid for.\n\n${P2}\n\n${P1}\n`).cuts).toEqual([expect.objectContaining({ kind: "near-duplicate", startLine: 5 })]);
  });

  test("a dropped sentence", () => {
    const r = clean(`${P1} ${P2} ${P3}\n\n${P1} ${P3}\n`);
    expect(r.cuts).toEqual([expect.objectContaining({ kind: "near-duplicate", startLine: 3, source: { startLine: 1, endLine: 1 } })]);
  });

  test("a re-wrapped paragraph", () => {
    const wrapped = P1.replace(/(.{60,70}?) /g, "$1\n");
    const r = clean(`${P1}\n\n${P3}\n\n${wrapped}\n`);
    expect(r.cuts).toHaveLength(1);
    expect(r.cuts[0]).toMatchObject({ kind: expect.stringMatching(/duplicate/), startLine: 5, source: { startLine: 1 } });
  });

  test("an exact copy reports similarity 1 and the kept copy's lines", () => {
    const r = clean(`${P1}\n${P2}\n${P1}\n`);
    expect(r.cuts).toEqual([expect.objectContaining({ kind: "duplicate", rule: "exact", startLine: 3, endLine: 3, similarity: 1, source: { startLine: 1, endLine: 1 } })]);
  });

  test("two different paragraphs on the same topic are both kept", () => {
    const other =
      "Transport officials said the northern bus routes would run every ten minutes at peak times, and that the council expected ridership to double within five years of the expansion.";
    expect(cutLines(`${P1}\n\n${other}\n`)).toEqual([]);
  });

  test("the first copy is the one kept, and cut text never becomes a source", () => {
    const r = clean(`${P1}\n\n${P1}\n\n${P1.replace("commuting", "commute")}\n`);
    expect(r.cuts.map((c) => c.source?.startLine)).toEqual([1, 1]);
  });

  test("--exact finds exact copies only", () => {
    const text = `${P1}\n\n${P1.toLowerCase()}\n\n${P1.replace("officials", "offcials")}\n`;
    expect(cutLines(text, { exact: true })).toEqual([3]);
    expect(cutLines(text)).toEqual([3, 5]);
  });

  test("--no-dedupe keeps duplicates", () => {
    expect(cutLines(`${P1}\n\n${P1}\n`, { dedupe: false })).toEqual([]);
  });
});

describe("meant repetition is kept", () => {
  test.each([
    ["a song with its refrain", "Fling abroad its folds to the cooling breeze,\nLet it float at the mast-head high;\nOur flag is the flag of the free!\n\nThat banner proclaims to the list'ning earth,\nThe galling chain of the cruel lord,\nOur flag is the flag of the free!\n\nThere's a better day a coming, will you go along with me?\nThere's a better day a coming, go sound the jubilee.\n\nWe will sing it out aloud in the morning and the night,\nThere's a better day a coming, will you go along with me?\nThere's a better day a coming, go sound the jubilee.\n"],
    ["repeated Markdown headings", "## Example\n\nInstall the package first.\n\n## Example\n\nThen run the command.\n"],
    ["list items", "- update connect\n- fix the parser\n\nLater:\n\n- update connect\n- fix the parser\n"],
    ["table rows", "| Plan | Price |\n|---|---|\n| Basic | $5 |\n\n| Plan | Price |\n|---|---|\n| Basic | $5 |\n"],
    ["dialogue lines", "ROPER.\n\nYes.\n\nFARNCOMBE.\n\nYes.\n\nROPER.\n\nNo, I said yes.\n"],
    ["a code line repeated in two examples", "First example:\n\n```js\nconst client = createClient({ url: process.env.DATABASE_URL, retries: 3 });\n```\n\nSecond example:\n\n```js\nconst client = createClient({ url: process.env.DATABASE_URL, retries: 3 });\n```\n"],
    ["numbered verses that repeat", "1 O give thanks unto the LORD; for he is good: because his mercy endureth for ever.\n2 Let Israel now say, that his mercy endureth for ever.\n29 O give thanks unto the LORD; for he is good: for his mercy endureth for ever.\n"],
    ["formulaic short lines", "And God called the firmament Heaven.\nAnd the evening and the morning were the second day.\nAnd God said, Let the waters under the heaven be gathered together unto one place.\nAnd the evening and the morning were the third day.\n"],
  ])("%s", (_name, text) => {
    const r = clean(text);
    expect(r.cuts).toEqual([]);
    expect(r.text).toBe(text);
  });

  // Written for these tests, in the shapes of a blog's chat and a news page's transcript.
  const chat = [
    "Me: Why are you looking at me like that? You keep staring at my face all through the evening.",
    "Rand: I am not giving you that look, I promise you that much and nothing more tonight.",
    "Me: Yes you are. It is like you are trying to remember my face before it changes on you.",
    "Rand: Well, what if it is something serious that the doctor has not found out about yet?",
    "Me: It is not. I would have told you the moment that I heard anything from the clinic.",
    "Rand: I am not giving you that look, I promise you that much and nothing more tonight.",
    "Me: You are doing it again right now, and you know it.",
  ];
  test("a line of a dialogue said again (a running joke) is kept", () => {
    const text = chat.join("\n\n") + "\n";
    expect(cutLines(text)).toEqual([]);
    expect(cutLines(text.replace("nothing more tonight.\n\nMe: You", "nothing more tonight!\n\nMe: You"))).toEqual([]);
  });

  test("a transcript's line that the article quoted before it is kept", () => {
    const said = "The bridge was a clean job. Those were very brave boys who blew it up.";
    const text = [
      `"${said}" the commander said, according to the transcript released by the ministry on Friday.`,
      "The government did not say how the recording had been made or who had handed it over to them.",
      "Commander: Do not inform their families yet, not until we know where everyone has gone.",
      "Cleric: Right, I understand, and I will keep it to myself until you tell me otherwise.",
      `Commander: ${said}`,
      "Cleric: Praise be to God. I will give you more details when I come to see you next week.",
    ].join("\n\n") + "\n";
    expect(cutLines(text)).toEqual([]);
  });

  test("a dialogue pasted twice is still cut, and fields that are no dialogue are still copies", () => {
    const twice = chat.slice(0, 4).join("\n\n");
    expect(cutLines(`${twice}\n\n${twice}\n`)).toEqual([9, 11, 13, 15]);
    // Labels that no one says twice: a header's fields, not speakers.
    const header = "Title: The Wings of the Dove, a novel in two volumes by Henry James\nAuthor: Henry James, who wrote it in Rome";
    expect(cutLines(`${header}\n\n${P1}\n\n${header.split("\n")[0]}\n`)).toEqual([6]);
  });

  test("a conversation another text holds is cut whole, the turns its short ones keep apart too", () => {
    const talk = [
      "HOST: So the ferry will not run after midnight at all this winter, is that right?",
      "MAYOR: Yes.",
      "HOST: Because?",
      "MAYOR: Because the crews cost more than the fares bring in after ten o'clock at night.",
      "HOST: So that's--",
      "MAYOR: Off the table.",
      "HOST: So that's another part of the plan you would want to see changed before spring.",
      "MAYOR: Yes.",
      "HOST: Have you asked the council to look at it again?",
      "MAYOR: No.",
    ].join("\n\n");
    const index = new DedupIndex();
    clean(`${talk}\n`, {}, { index, name: "interview.txt" });
    const r = clean(`Extended interviews\n\nThe mayor on the night ferry\n\n${talk}\n`, {}, { index, name: "page.txt" });
    // Every turn of some length is a copy, with those between them: none is a line said again.
    expect(r.text).toBe("Extended interviews\n\nThe mayor on the night ferry\n");
    expect(r.cuts.filter((c) => c.rule === "exact").map((c) => c.startLine)).toEqual([5, 11, 17, 21]);
  });

  test("copies that differ only in names and numbers (a formula) are kept", () => {
    const day = (n: string, who: string, tribe: string) =>
      `On the ${n} day ${who}, prince of the children of ${tribe}, brought his offering before the altar of the tabernacle.\n\n` +
      `This was the offering of ${who}, prince of the children of ${tribe}, on the ${n} day of the dedication.\n`;
    const text = [day("first", "Nahshon the son of Amminadab", "Judah"), day("second", "Nethaneel the son of Zuar", "Issachar"), day("third", "Eliab the son of Helon", "Zebulun")].join("\n");
    const r = clean(text);
    expect(r.cuts).toEqual([]);
    expect(r.text).toBe(text);
    expect(cutLines(`${P1}\n\n${P2}\n\n${P1.replace("Tuesday", "Monday")}\n`)).toEqual([]);
  });

  test("a copy that differs in punctuation, case or a misspelt word is still a copy", () => {
    expect(cutLines(`${P1}\n\n${P1.replace(/,/g, ";")}\n`)).toEqual([3]);
    expect(cutLines(`${P1}\n\n${P1.replace("council", "Council")}\n`)).toEqual([3]);
    expect(cutLines(`${P1}\n\n${P1.replace("council", "cuoncil")}\n`)).toEqual([3]);
    expect(cutLines(`${P1}\n\n${P1.replace("Tuesday", "Tuesdya")}\n`)).toEqual([3]);
  });

  test("a short line is cut with the repeated block around it (a title printed twice)", () => {
    const text = `Bus network to grow\n\n${P1}\n\n${P2}\n\nBus network to grow\n\n${P1}\n\n${P2}\n`;
    const r = clean(text);
    expect(r.cuts.map((c) => [c.startLine, c.rule])).toEqual([
      [7, "repeated-block"],
      [9, "exact"],
      [11, "exact"],
    ]);
  });
});

describe("Chinese and Japanese", () => {
  const zh = "北京时间今天上午，国家统计局发布了最新的经济数据，显示第三季度国内生产总值同比增长百分之五点二，高于市场此前的普遍预期。";
  const ja = "東京都は今日、新しい公園の建設計画を発表しました。完成は三年後の予定で、地域の住民からは期待の声が上がっています。";

  test("duplicates are found", () => {
    const r = clean(`${zh}\n${ja}\n${zh}\n${ja.replace("今日", "本日")}\n`);
    expect(r.cuts.map((c) => [c.startLine, c.kind])).toEqual([
      [3, "duplicate"],
      [4, "near-duplicate"],
    ]);
  });

  test("nothing is cut inside a character: kept lines are whole", () => {
    const text = `${zh}\n${ja}\n${zh}\n`;
    const out = clean(text).text;
    expect(out).toBe(`${zh}\n${ja}\n`);
  });
});

describe("a copy whose kept copy a rule takes is judged as a unit of its own", () => {
  const heads = ["Council Votes To Open The New Library In The Spring", "Flood Warnings Issued For The River Valley Towns", "Local School Wins National Science Prize Again", "Bakery On High Street Closes After Sixty Years", "Rail Line To Reopen After Two Years Of Repairs"] as const;
  const prose = [
    "The council voted on Tuesday night to open the new library in the spring, after two years of delays and a long argument about the cost of the roof.",
    "It will hold forty thousand books and a room for the town archive, which has been kept in the basement of the town hall since 1998.",
    "The librarian said the opening day would be the first Saturday in April, with readings for children in the morning and a concert in the evening.",
    "Some residents asked why the building had taken so long, and the council leader said the builders had found old mine workings under the site.",
  ] as const;
  const page = (box: readonly string[], body: readonly string[]): string =>
    ["Skip to main content", "", "Home", "News", "Sport", "Weather", "", "Sponsored By", "", ...box.flatMap((h) => [h, ""]), "Advertisement", "", ...body.flatMap((p) => [p, ""]), "Share on Facebook", "Share on Twitter", "Sign up for our free newsletter", "© 2024 Example Media Group. All rights reserved.", ""].join("\n");
  const cutOf = (text: string) => {
    const r = clean(text);
    const cut = new Set(r.cuts.filter((c) => !c.prefix).map((c) => c.startLine));
    return { r, cut, orphaned: r.cuts.filter((c) => c.source && !c.source.file && cut.has(c.source.startLine)) };
  };

  test("the title the article repeats under a box of headlines stays where the box's copy goes", () => {
    // The box (lines 10-18) is a run of headlines; its first one is the article's title, which
    // line 26 says again between the article's paragraphs.
    const { r, orphaned } = cutOf(page(heads, [prose[0], prose[1], heads[0], prose[2], prose[3]]));
    expect(r.cuts).toContainEqual(expect.objectContaining({ startLine: 10, rule: "headline-run" }));
    expect(r.text).toContain(`${prose[1]}\n\n${heads[0]}\n\n${prose[2]}`);
    expect(orphaned).toEqual([]);
  });

  test("a headline printed twice in the box the rules take goes with the box, as chrome, not as a copy of a line cut", () => {
    const { r, orphaned } = cutOf(page([heads[0], ...heads], prose));
    expect(r.cuts.filter((c) => c.startLine === 10 || c.startLine === 12).map((c) => c.rule)).toEqual(["headline-run", "headline-run"]);
    expect(orphaned).toEqual([]);
  });
});
