// Context rules (src/core/boilerplate/context.ts): what the off-topic rule reads as an e-mail address;
// the page-tail rule on pages.
import fc from "fast-check";
import { expect, test } from "vitest";
import { COUNTED_RUN_RULE, endsOnArticle, endsOnMark, holdsEmail, PAGE_HEAD_RULE, PAGE_TAIL_RULE } from "../../../src/core/boilerplate/context.js";
import { clean } from "../../../src/core/clean.js";

test.each([
  ["Cathy Teeter (Yorktown, VA) cathy.teeter@example.net", true],
  ["info@example.org", true],
  ["@handle then anna@example.co.uk later", true],
  ["Follow us @examplenews", false],
  ["user@localhost", false],
  ["a @ b.c", false],
  ["prices @ 5.99", false],
])("holdsEmail(%j) is %s", (t, yes) => {
  expect(holdsEmail(t)).toBe(yes);
});

test("a line of long words around an @ is read to its end (the search starts at each @)", () => {
  const long = `${"b".repeat(20000)}@${"c".repeat(20000)} ${"d".repeat(20000)}`;
  expect(holdsEmail(long)).toBe(false);
  expect(holdsEmail(`${long} ${"e".repeat(20000)}@example.org`)).toBe(true);
});

// The page-tail rule and the runs read pages whose chrome outweighs their article too (the
// off-topic and shouted headlines need prose to hold 40 % of the tokens), so the tail of such a
// page goes.
const ARTICLE: [string, string, string] = [
  "The council said on Tuesday that the new library would open in the spring, after two years of delays caused by rising costs and a shortage of builders in the region.",
  "Officials blamed the delays on a dispute with the original contractor, which walked away from the site last autumn after a row over payments for additional foundation work.",
  "Local residents have campaigned for a larger reading room since the old branch closed, and a petition with four thousand signatures was handed to the mayor in June.",
];
// Short lines of 6 tokens (a branch directory; no rule cuts them) over 3 paragraphs of about 30:
// with 26, prose is a fifth to 40 % of the tokens; with 80, under a fifth (before and after the
// tail is cut).
const MENU = Array.from({ length: 26 }, (_, k) => `Branch ${k + 1} opens at nine today.`);
const LONG_MENU = Array.from({ length: 80 }, (_, k) => `Branch ${k + 1} opens at nine today.`);
const TAIL = ["Library Events Calendar", "Council Meeting Minutes", "Contact the Newsroom", "Advertise With Us"];
/** A line a built-in line rule cuts: the page edges' rules read only a text that shows itself a page so. */
const SHARE = "Share on Facebook";

test("page-tail: the short lines after the last paragraph of a page that is mostly menus are cut, and the kept text stays as it is", () => {
  const text = [...LONG_MENU, ...ARTICLE, ...TAIL, SHARE].join("\n\n") + "\n";
  const r = clean(text, { dedupe: false });
  const tail = r.cuts.filter((c) => c.rule === PAGE_TAIL_RULE).map((c) => c.startLine);
  const first = (LONG_MENU.length + ARTICLE.length) * 2 + 1;
  expect(tail).toEqual(TAIL.map((_, k) => first + 2 * k));
  for (const p of ARTICLE) expect(r.text).toContain(p);
  expect(clean(r.text, { dedupe: false }).text).toBe(r.text);
  // Switched off by name, it cuts nothing.
  expect(clean(text, { dedupe: false, disable: [PAGE_TAIL_RULE] }).cuts.filter((c) => c.rule === PAGE_TAIL_RULE)).toEqual([]);
  // Without a line of named chrome, the text is no page: a writer's last lines stay.
  expect(clean(text.replace(`\n\n${SHARE}`, ""), { dedupe: false }).cuts.filter((c) => c.rule === PAGE_TAIL_RULE)).toEqual([]);
});

test("page-tail: a line alone after the prose, or over a sentence that stays, is the article's", () => {
  for (const tail of [["Council lead Anne Barker"], ["Works Cited", "Barker, Anne. Public Libraries in the Age of Screens. London: Hall, 2009."]]) {
    const text = [...ARTICLE, ...ARTICLE.map((p) => p.replace("council", "board")), ...tail].join("\n\n") + "\n";
    expect(clean(text, { dedupe: false }).cuts).toEqual([]);
  }
});

test("navigation-run: a run of labels is cut in a page whose prose is a fifth to 40 % of its tokens, a lone off-topic headline is not", () => {
  const labels = ["Health", "Healthy Living", "Medical Research", "Mental Health"];
  const offTopic = "Striker signs record transfer deal with Milan club";
  const text = [...MENU, ARTICLE[0], ...labels, ARTICLE[1], offTopic, ARTICLE[2], SHARE].join("\n\n") + "\n";
  const r = clean(text, { dedupe: false });
  const at = MENU.length * 2 + 3;
  expect(r.cuts.filter((c) => c.rule !== "share-buttons").map((c) => [c.startLine, c.rule])).toEqual(labels.map((_, k) => [at + 2 * k, "navigation-run"]));
  expect(clean(r.text, { dedupe: false }).text).toBe(r.text);
});

test("page-head: short lines after a sentence of the text before its first paragraph are a post's list, not a masthead", () => {
  const head = ["I forgot about one of them, which runs like the others do.", "mouse tracker", "muon counter", "Library news", "New library to open in the spring"];
  const text = [...head, ...ARTICLE, ...ARTICLE.map((p) => p.replace("council", "board")), SHARE].join("\n\n") + "\n";
  const edges = (t: string) => clean(t, { dedupe: false }).cuts.filter((c) => c.rule === PAGE_HEAD_RULE || c.rule === PAGE_TAIL_RULE);
  expect(edges(text)).toEqual([]);
  // Without the sentence, the two lines over the kicker and the title are a masthead.
  expect(edges(text.replace(head[0] + "\n\n", "")).map((c) => [c.startLine, c.rule])).toEqual([
    [1, PAGE_HEAD_RULE],
    [3, PAGE_HEAD_RULE],
  ]);
});

test("a letter's sender over its greeting and its signature under its closing are the writer's, not a masthead or a footer", () => {
  const sender = ["Anna Barker", "Friends of Mill Street Library", "Mill Street", "Leeds"];
  const signature = ["With best wishes,", "Anna Barker", "Friends of Mill Street Library"];
  // As a page shows it (a sharing line under it), and alone.
  const letter = [sender.join("\n"), "Dear neighbours,", ...ARTICLE, signature.join("\n"), SHARE].join("\n\n") + "\n";
  const rulesOf = (t: string) => clean(t, { dedupe: false }).cuts.map((c) => c.rule);
  expect(rulesOf(letter).filter((r) => r === PAGE_HEAD_RULE || r === PAGE_TAIL_RULE)).toEqual([]);
  expect(rulesOf(letter.replace(`\n\n${SHARE}`, ""))).toEqual([]);
  // An e-mail's signature under its "--" line.
  expect(rulesOf([...ARTICLE, "--\nAnna Barker\nMill Street Library volunteers", SHARE].join("\n\n") + "\n")).not.toContain(PAGE_TAIL_RULE);
  // Without the greeting and the closing, the same lines are a masthead and a footer on a page,
  const page = [sender.join("\n"), ...ARTICLE, signature.slice(1).join("\n"), SHARE].join("\n\n") + "\n";
  const rules = rulesOf(page);
  // and a writer's, in a text that shows no page chrome ("See you there" closing a note).
  expect(rulesOf(page.replace(`\n\n${SHARE}`, ""))).toEqual([]);
  expect(rules).toContain(PAGE_HEAD_RULE);
  expect(rules).toContain(PAGE_TAIL_RULE);
});

// A poem quoted in a letter or an essay: blocks of short lines that end no sentence, as a box of
// links to other stories is.
const STANZAS: [string[], string[]] = [
  ["Grey water under morning light", "The gulls come home before the rain", "And I will follow them again", "When all the fishing boats are in"],
  ["The harbour wall is cold and wide", "The lamps are lit along the quay", "My mother waits on the other side", "And keeps the bread and tea for me"],
];
const cutRules = (t: string): string[] => clean(t, { dedupe: false }).cuts.map((c) => c.rule);

// A writer's notes: a list of action points among the paragraphs, and the next meeting after them.
const ACTIONS = ["Action points", "Book the marquee", "Confirm the brass band", "Print the posters", "Ask the scouts about parking"];
const NEXT = ["Next meeting", "Thursday evening in the library"];

test("in a writer's text (no named chrome, paragraphs set apart) lists and closing lines among and after the paragraphs stay; a menu over the first is cut", () => {
  const notes = [ARTICLE[0], ACTIONS.join("\n"), ARTICLE[1], ARTICLE[2], NEXT.join("\n")];
  expect(cutRules(notes.join("\n\n") + "\n")).toEqual([]);
  expect(cutRules([...ARTICLE, ACTIONS.join("\n"), NEXT.join("\n")].join("\n\n") + "\n")).toEqual([]);
  // Over the first paragraph: a page's menu, cropped with its article.
  const menu = ["Personal finance", "Weather", "Horoscopes", "Dating"];
  expect(cutRules([menu.join("\n"), ...ARTICLE].join("\n\n") + "\n")).toEqual(menu.map(() => "navigation-run"));
  // On a page (a line of named chrome) the action points between two paragraphs stay too (a list
  // the text makes, below), and so does the next meeting after the last paragraph: it names a
  // day. Without the day, the page's tail.
  expect(cutRules([...notes, SHARE].join("\n\n") + "\n")).toEqual(["share-buttons"]);
  expect(cutRules([...notes, SHARE].join("\n\n").replace("Thursday evening", "Evening") + "\n")).toEqual(["page-tail", "page-tail", "share-buttons"]);
  // Laid out a line to a block, the same lines are chrome's shape.
  expect(cutRules([ARTICLE[0], ACTIONS.join("\n\n"), ARTICLE[1], ARTICLE[2], SHARE].join("\n\n") + "\n")).toContain("navigation-run");
});

// A scraped page: a menu over the article, sharing buttons and a footer under it. Its chrome goes.
const MASTHEAD = ["Home", "News", "Recipes", "Travel", "Gardening", "Subscribe"];
const FOOTER = ["Share on Facebook", "Share on Twitter", "Most Popular", "Privacy Policy", "Contact Us"];
// Writers' lists between the article's paragraphs: a block of short lines set between two
// paragraphs, written as the text is.
const WRITERS_LISTS: [string, string[], string[], string[]][] = [
  [
    "a recipe's ingredients, the last one sharing a word with the method",
    ["A bowl of French onion soup is the best thing to come home to on a cold winter evening, and it takes little more than patience, a heavy pot and good bread."],
    ["Ingredients", "Six large onions", "Two cloves of garlic", "Butter", "Beef stock", "Dry white wine", "Fresh thyme", "Gruyere Cheese"],
    [
      "Slice the onions thinly and cook them slowly in the butter over a low heat for forty minutes, stirring now and then, until they are soft and deep brown.",
      "Add the garlic, the wine and the stock, and let the soup simmer for twenty minutes before you ladle it into bowls and cover each with bread and cheese.",
    ],
  ],
  [
    "a packing list",
    ["We walked the coast path from the harbour to the lighthouse over three days in late September, carrying everything we needed on our backs.", "The weather changed every hour, so the best advice we can give is to pack light but pack for rain, wind and the odd hour of sun."],
    ["What we packed", "Waterproof jacket", "Head torch", "Spare socks", "Blister plasters", "Paper maps", "Flask"],
    ["The first day was the hardest, a long climb out of the harbour and then miles of steep steps, and we were glad of the spare socks by the evening.", "The last morning was clear and still, and we reached the lighthouse before lunch with the flask empty and the maps soft from the rain."],
  ],
  [
    "a poem's stanzas",
    ["My grandmother wrote poems all her life and never showed them to anyone, and after she died we found a notebook of them in her kitchen drawer."],
    ["Grey water under morning light", "The gulls come home before the rain", "And I will follow them again", "When all the fishing boats are in", "", "The harbour wall is cold and wide", "The lamps are lit along the quay", "My mother waits on the other side", "And keeps the bread and tea for me"],
    ["We will read it again this year on the first Sunday in December, and anyone who knew the family is welcome to come down to the harbour wall and listen.", "The lifeboat crew will lay a wreath on the water afterwards, and there will be tea and cake in the chapel hall for everyone who comes."],
  ],
  [
    "the steps of a how-to, numbered or not",
    ["Bare root roses are cheaper than the potted kind and settle in better, as long as you plant them while they are dormant, between November and March."],
    ["Dig a wide hole", "Loosen the soil at the bottom", "Spread the roots out", "Set the graft at soil level", "Backfill and firm the soil", "Water it well"],
    ["Mulch around the base with well rotted manure or compost, keeping it away from the stems, and water the rose every week through its first summer.", "Prune it hard the following March, cutting each stem back to three or four buds, and it will reward you with its first flowers by June."],
  ],
  [
    "a table of figures",
    ["The summer fete on the village green raised more money this year than ever before, thanks to fine weather, a bigger crowd and a dog show.", "The committee has published the takings from each stall so that everyone who helped can see what their afternoon was worth to the roof fund."],
    ["Cake stall £412", "Tombola £268", "Dog show £150", "Plant sale £96", "Raffle £530"],
    ["Every penny raised will go towards the repairs to the church roof, which the diocese estimates will cost well over forty thousand pounds next year.", "The committee thanked the volunteers, the bakers and the many visitors, and said that planning for next summer will begin in February."],
  ],
];

test.each(WRITERS_LISTS)("on a scraped page with its chrome, %s between the article's paragraphs stays", (_, before, list, after) => {
  const page = [MASTHEAD.join("\n"), "Title of the article", ...before, list.join("\n"), ...after, FOOTER.join("\n")].join("\n\n") + "\n";
  const r = clean(page, { dedupe: false });
  for (const line of list) expect(r.text).toContain(line);
  for (const p of [...before, ...after]) expect(r.text).toContain(p);
  // The chrome around it still goes, and cleaning again changes nothing.
  for (const line of [...MASTHEAD.slice(0, 2), ...FOOTER]) expect(r.text).not.toContain(`${line}\n`);
  expect(clean(r.text, { dedupe: false }).text).toBe(r.text);
  // Numbered, the steps stay too.
  const numbered = page.replace(list.join("\n"), list.map((l, k) => (l === "" ? l : `${k + 1}. ${l}`)).join("\n"));
  for (const [k, line] of list.entries()) if (line !== "") expect(clean(numbered, { dedupe: false }).text).toContain(`${k + 1}. ${line}`);
});

test("between the article's paragraphs, a menu's labels, chrome cut among the lines or lines a block each are still read as chrome", () => {
  const [, before, list, after] = WRITERS_LISTS[0] as [string, string[], string[], string[]];
  const page = (block: string) => [MASTHEAD.join("\n"), "French onion soup", ...before, block, ...after, FOOTER.join("\n")].join("\n\n") + "\n";
  const kept = (t: string) => new Set(clean(t, { dedupe: false }).text.split("\n"));
  const menu = ["Health", "Healthy Living", "Medical Research", "Mental Health"];
  expect(menu.filter((l) => kept(page(menu.join("\n"))).has(l))).toEqual([]);
  // A sharing line over the list, or the list a line to a block: most of it goes.
  for (const block of [["Share on Facebook", ...list].join("\n"), list.join("\n\n")]) expect(list.filter((l) => kept(page(block)).has(l)).length).toBeLessThan(list.length / 2);
  expect(list.filter((l) => kept(page(list.join("\n"))).has(l))).toEqual(list);
});

test("a poem's stanzas in a writer's text (no named chrome, paragraphs set apart) stay, at its end, in its middle, one couplet alone", () => {
  const stanzas = STANZAS.map((s) => s.join("\n")) as [string, string];
  for (const text of [
    [...ARTICLE, ...stanzas],
    [stanzas[1], ...ARTICLE],
    [ARTICLE[0], stanzas[0], ARTICLE[1], ARTICLE[2]],
    [...ARTICLE, STANZAS[0].slice(0, 3).join("\n")],
    [...ARTICLE, "Silver moons above the frozen pines\nWhisper softly to the sleeping wolves"],
  ]) {
    expect(cutRules(text.join("\n\n") + "\n")).toEqual([]);
  }
  // On a page that names its chrome the same lines one to a block are a box of links; so are the
  // stanzas.
  expect(cutRules([...ARTICLE, ...STANZAS[0], SHARE].join("\n\n") + "\n")).toContain("headline-run");
  expect(cutRules([...ARTICLE, ...stanzas, SHARE].join("\n\n") + "\n")).toContain("headline-run");
});

test("a run of records whose fields hold figures (ISSN, publication date) is the text's list, not headlines", () => {
  const record = (n: number) => [`Author(s): Barker, Anne ${n}`, `Source: Library Review, v${n} n3 p6-12 Mar 2002`, "Publication Date: 2002", `ISSN: 0036-64${n}9`];
  const text = [...ARTICLE, [...record(1), ...record(2)].join("\n"), ARTICLE[0].replace("council", "board")].join("\n\n") + "\n";
  expect(cutRules(text)).toEqual([]);
  // Without the fields of figures, the same run is a box of headlines.
  const bare = [...ARTICLE, [...record(1), ...record(2)].filter((l) => !/Date|ISSN/.test(l)).join("\n"), ARTICLE[0].replace("council", "board")].join("\n\n") + "\n";
  expect(cutRules(bare)).toContain("headline-run");
});

test("an agency's credit under the article stays: 'With files from the Canadian Press' is no headline about something else", () => {
  const page = (line: string) => clean([...ARTICLE, line, SHARE].join("\n\n") + "\n", { dedupe: false }).cuts.map((c) => c.rule);
  expect(page("With files from the Canadian Press")).toEqual(["share-buttons"]);
  expect(page("With files from Reuters")).toEqual(["share-buttons"]);
  // The same shape that credits no one is cut.
  expect(page("Tiles made from the Canadian Pines")).toEqual(["off-topic-headline", "share-buttons"]);
});

test("a credit in a run of headlines or labels stays, and the stub rule leaves it between the lines cut", () => {
  const box = ["Striker signs record transfer deal with Milan club", "Image courtesy of Shutterstock", "Ministers clash over new tax on sugary drinks", "Storm brings floods to the northern coast"];
  const boxed = clean([ARTICLE[0], ...box, ARTICLE[1], ARTICLE[2], SHARE].join("\n\n") + "\n", { dedupe: false });
  expect(boxed.cuts.map((c) => [c.startLine, c.rule])).toEqual([
    [3, "headline-run"],
    [7, "headline-run"],
    [9, "headline-run"],
    [15, "share-buttons"],
  ]);
  // A byline under a menu's labels.
  const menu = clean(["Weather", "Horoscopes", "Dating", "By Anna Lee", ...ARTICLE, SHARE].join("\n\n") + "\n", { dedupe: false });
  expect(menu.cuts.map((c) => c.rule)).toEqual(["navigation-run", "navigation-run", "navigation-run", "share-buttons"]);
  expect(clean(menu.text, { dedupe: false }).text).toBe(menu.text);
  // A headline that names someone inside it is no credit.
  expect(clean([ARTICLE[0], ...box.map((l) => (l.startsWith("Image") ? "Singer traumatized by Lohan says she will sue" : l)), ARTICLE[1], ARTICLE[2], SHARE].join("\n\n") + "\n", { dedupe: false }).cuts.map((c) => c.rule)).toEqual([...Array(4).fill("headline-run"), "share-buttons"]);
});

// A crop of a news page: a section's other headlines over the article's title, its standfirst and
// its byline, written here in the shape of wide-dev's L3S-GN1 crops (titles the runs took: 14 keep
// lines there).
test("the article's title and standfirst over its byline stay; the headlines over them go", () => {
  const head = ["Mayor opens new fire station in the east", "Storm brings floods to the northern coast", "Striker signs record transfer deal"];
  const title = ["New library to open in spring after council delays", "Residents say the larger reading room was worth the wait"];
  const text = [...head, ...title, "By Anna Lee", ...ARTICLE, SHARE].join("\n\n") + "\n";
  const r = clean(text, { dedupe: false });
  expect(r.cuts.map((c) => [c.startLine, c.rule])).toEqual([
    [1, "headline-run"],
    [3, "headline-run"],
    [5, "headline-run"],
    [19, "share-buttons"],
  ]);
  expect(clean(r.text, { dedupe: false }).text).toBe(r.text);
  // A title that speaks of other things than the article is another story's headline.
  const other = clean([...head, "Ministers clash over new tax on sugary drinks", "By Anna Lee", ...ARTICLE, SHARE].join("\n\n") + "\n", { dedupe: false });
  expect(other.cuts.map((c) => c.rule)).toEqual([...Array(4).fill("headline-run"), "share-buttons"]);
  // With no byline, the title and standfirst right over the first paragraph stay too.
  const bare = clean([...head, ...title, ...ARTICLE, SHARE].join("\n\n") + "\n", { dedupe: false });
  expect(bare.cuts.map((c) => [c.startLine, c.rule])).toEqual([
    [1, "headline-run"],
    [3, "headline-run"],
    [5, "headline-run"],
    [17, "share-buttons"],
  ]);
  // A section label of a word or two over them is no title.
  const labelled = clean(["Local News", ...head.slice(0, 2), ...title, ...ARTICLE, SHARE].join("\n\n") + "\n", { dedupe: false });
  expect(labelled.cuts.map((c) => c.startLine)).toEqual([1, 3, 5, 17]);
});

// wide-dev's L3S-GN1 pages print the title twice (the page's, then the article's), then a wire's
// source and a date, then the byline: the runs took every copy of the title (2 keep lines there).
test("a title over a source and a date before its byline stays, once; its copy over it goes with the run", () => {
  const title = "New library to open in spring after council delays";
  const x = [title, title, "Staff and agencies", "09 January, 2008", "By Anna Lee, For The Associated Press", ...ARTICLE, SHARE].join("\n\n") + "\n";
  const r = clean(x, { dedupe: false });
  expect(r.cuts.map((c) => [c.startLine, c.rule])).toEqual([
    [1, "headline-run"],
    [5, "headline-run"],
    [7, "headline-run"],
    [17, "share-buttons"],
  ]);
  expect(clean(r.text, { dedupe: false }).text).toBe(r.text);
  // A title that speaks of other things than the article is another story's headline.
  const other = x.replaceAll(title, "Ministers clash over new tax on sugary drinks");
  expect(clean(other, { dedupe: false }).cuts.map((c) => c.startLine)).toEqual([1, 3, 5, 7, 17]);
});

test("a line's end read from its end answers as the expressions tried along the line do", () => {
  // The expressions the context rules asked before they read lines from their ends (written out here, not imported).
  const SENTENCE_END = /[.!?…:;,"”’)\]。！？：；，、」』）]\s*$/u;
  const ENDS_ON_ARTICLE = /\b(?:a|an|the)\s*$/;
  const piece = fc.constantFrom("a", "an", "the", "The", "ba", "_a", "9an", "é", "x", " ", "\t", "\u00a0", "\u3000", "\ufeff", "\n", ".", "!", "…", "”", ")", "]", "、", "」", "\u200b", "-", "😀");
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 8 }).map((p) => p.join("")), (t) => {
      expect(endsOnMark(t)).toBe(SENTENCE_END.test(t));
      expect(endsOnArticle(t)).toBe(ENDS_ON_ARTICLE.test(t));
    }),
    { numRuns: 5000 },
  );
  expect([endsOnArticle("gave WSU a "), endsOnArticle("a banana"), endsOnMark("the end. \u3000"), endsOnMark("no end")]).toEqual([true, false, true, false]);
});

// A blog's categories, each with the number of its posts, one a line (the counted-list rule).
const CATEGORIES = ["Accessories (45)", "Android (56)", "Apple TV (1)", "Applications (94)", "Companion (2)", "Emulator (33)"];

test("counted-list: a sidebar of categories with their counts goes, in a page of any layout that names chrome elsewhere", () => {
  const counted = (text: string): number[] => clean(text, { dedupe: false }).cuts.filter((c) => c.rule === COUNTED_RUN_RULE).map((c) => c.startLine);
  const lines = (from: number): number[] => CATEGORIES.map((_, k) => from + 2 * k);
  // Three paragraphs: a page the context rules read.
  const page = [...ARTICLE, ...CATEGORIES, SHARE].join("\n\n") + "\n";
  expect(counted(page)).toEqual(lines(7));
  // A page whose sidebar outweighs its article, and a page of two paragraphs: read there too.
  const heavy = [...ARTICLE, ...LONG_MENU, ...CATEGORIES, SHARE].join("\n\n") + "\n";
  expect(counted(heavy)).toEqual(lines(7 + 2 * LONG_MENU.length));
  const short = [ARTICLE[0], ARTICLE[1], ...CATEGORIES, SHARE].join("\n\n") + "\n";
  expect(counted(short)).toEqual(lines(5));
  const r = clean(short, { dedupe: false });
  expect(clean(r.text, { dedupe: false }).text).toBe(r.text);
  // With no line a rule names as chrome, a text of two paragraphs and such a list is no page, nor
  // is a list of counts alone (a word list): they stay.
  expect(counted(short.replace(`\n\n${SHARE}`, ""))).toEqual([]);
  expect(clean(CATEGORIES.join("\n") + "\n", { dedupe: false }).cuts).toEqual([]);
  // Switched off by name, it cuts nothing.
  expect(clean(page, { dedupe: false, disable: [COUNTED_RUN_RULE] }).cuts.filter((c) => c.rule === COUNTED_RUN_RULE)).toEqual([]);
});

// A table in an article, a label and its values a line ("Herbert Dürr 63 16.6%" under "By
// changesets"): held out, the runs took 172 such rows as headlines or labels (an article's most
// active developers, journals with their counts).
test("a run of labels with their values is a table the text gives: it stays, where dated headlines and counted categories go", () => {
  const table = ["By changesets", "Anna Lee Barker 63 16.6%", "Ben Carlsson Smith 56 14.7%", "Carla Dunmore Hill 46 12.1%", "David Eccles Ward 33 8.7%", "Eve Fenwick 27 7.1%"];
  expect(clean([ARTICLE[0], ...table, ARTICLE[1], ARTICLE[2], SHARE].join("\n\n") + "\n", { dedupe: false }).cuts.map((c) => c.rule)).toEqual(["share-buttons"]);
  // Other stories' headlines, each with its date, are a box of links still.
  const dated = ["Striker signs record transfer deal with Milan club JULY 26, 2016", "Ministers clash over new tax on sugary drinks JULY 25, 2016", "Storm brings floods to the northern coast JULY 24, 2016"];
  expect(clean([ARTICLE[0], ...dated, ARTICLE[1], ARTICLE[2], SHARE].join("\n\n") + "\n", { dedupe: false }).cuts.map((c) => c.rule)).toEqual([...Array(3).fill("headline-run"), "share-buttons"]);
  // A year alone is no value: an archive's months, a menu of events (a count in brackets alone,
  // a blog's categories, is the counted-list rule's: rule-examples.test.ts).
  const amid = (lines: string[]): string[] => clean([ARTICLE[0], ...lines, ARTICLE[1], ARTICLE[2], SHARE].join("\n\n") + "\n", { dedupe: false }).cuts.map((c) => c.rule);
  expect(amid(["November 2006", "October 2006", "September 2006", "August 2006"])).toEqual([...Array(4).fill("navigation-run"), "share-buttons"]);
  expect(amid(["Euro 2000", "Euro 2004", "Euro 2008", "Euro 2012"])).toEqual([...Array(4).fill("navigation-run"), "share-buttons"]);
});
