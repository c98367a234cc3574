// Context rules (src/core/boilerplate/context.ts): what the off-topic rule reads as an e-mail address;
// the page-tail rule on pages.
import { expect, test } from "vitest";
import { holdsEmail, PAGE_HEAD_RULE, PAGE_TAIL_RULE } from "../../../src/core/boilerplate/context.js";
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
  // On a page (a line of named chrome), or with the paragraphs run together as a page's text runs,
  // the same lists are read as chrome.
  expect(cutRules([...notes, SHARE].join("\n\n") + "\n")).toContain("navigation-run");
  expect(cutRules([ARTICLE[0], ACTIONS.join("\n"), `${ARTICLE[1]}\n${ARTICLE[2]}`, NEXT.join("\n")].join("\n\n") + "\n")).toContain("navigation-run");
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
