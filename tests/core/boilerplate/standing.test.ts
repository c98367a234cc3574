// Rule guards (src/core/boilerplate/standing.ts): a line a built-in rule matches stays when it reads
// as the author's. Here: "Label: link" in Markdown, a release post's own download or data file.
// Markdown is read here as scraped pages (markdownText "scraped"), where the built-in rules run; in
// authored Markdown, the default, none of them does (the last test).
import { describe, expect, test } from "vitest";
import { contextChromeInMarkdown } from "../../../src/core/boilerplate/standing.js";
import { clean } from "../../../src/index.js";

const post = (line: string) => `# Tidy 3.0.2\n\nThe sorter no longer skips notes without a date.\n\n${line}\n\nThanks to everyone who reported it, and to the two people who sent a fix within a day of the report.\n`;
const rules = (text: string, format: "markdown" | "text") => clean(text, { format, markdownText: "scraped" }).cuts.filter((c) => c.kind === "boilerplate").map((c) => c.rule);

describe("a line whose value is a link of the post", () => {
  test.each([
    "Source: [https://example.org/dist/v3.0.2/tidy-3.0.2.tar.gz](https://example.org/dist/v3.0.2/tidy-3.0.2.tar.gz)",
    "Source: [the tarball][tarball]",
    "- Source: [tidy-3.0.2.tar.gz](https://example.org/dist/v3.0.2/tidy-3.0.2.tar.gz)",
  ])("is the author's in Markdown: %s", (line) => {
    expect(rules(post(line), "markdown")).toEqual([]);
  });

  test("is still chrome in plain text, where a page names its source", () => {
    const line = "Source: [https://example.org/dist/v3.0.2/tidy-3.0.2.tar.gz](https://example.org/dist/v3.0.2/tidy-3.0.2.tar.gz)";
    expect(rules(post(line), "text")).toEqual(["article-meta"]);
  });

  test("a source named in words is chrome in Markdown too", () => {
    expect(rules(post("Source: Example News Agency"), "markdown")).toEqual(["article-meta"]);
  });
});

describe("Markdown: rules read the author's prose, not markup, code or lead-ins", () => {
  const md = (text: string) => clean(text, { format: "markdown", markdownText: "scraped" }).cuts.filter((c) => c.kind === "boilerplate").map((c) => [c.rule, c.startLine]);

  test("an HTML line break between sections is markup", () => {
    const text = `## Handle errors\n\nThrow errors, never strings, so that the stack stays with them.\n\n<br/><br/>\n\n## Log them\n\nLog each error once, where it is handled, with what the caller passed.\n`;
    expect(md(text)).toEqual([]);
    // The same line in plain text is a doubled label, as scraped pages print them.
    expect(clean(text).cuts.map((c) => c.rule)).toContain("doubled-label");
  });

  test("a command page: each description leads into its command, and the command is code", () => {
    const text = "# mailq\n\n> Manage mailing topics.\n\n- Subscribe an address to a topic and print the new subscription's id:\n\n`mailq subscribe --topic {{topic}} --address {{address}}`\n\n- Unsubscribe an address:\n\n`mailq unsubscribe {{subscription_id}}`\n";
    expect(md(text)).toEqual([]);
  });

  test("a short label right over its list, and a sentence with a bare link", () => {
    expect(md("## Prior art\n\nOther tools tried the same idea before us, in several ways.\n\nSee also\n- [tool#12](https://example.org/tool/issues/12)\n- [tool#40](https://example.org/tool/issues/40)\n")).toEqual([]);
    expect(md("## Prior art\n\nOther tools tried the same idea before us, in several ways.\n\nSee also https://example.org/tool/issues/12.\n\nThe rest of this section compares them, one by one, with the design above.\n")).toEqual([]);
  });

  // The context rules (a headline of another story, a run of navigation) read the page around a
  // line; in Markdown they may cut only a line made of links.
  test.each([
    ["From the blog of a database project", false],
    ["Adapted from the tutorial, with the names changed", false],
    ["[Ten tips for faster queues](https://example.org/tips)", true],
    ['<a href="/news/queues">Queues, explained</a>', true],
  ])("context chrome in Markdown: %s -> %s", (line, chrome) => {
    expect(contextChromeInMarkdown(line)).toBe(chrome);
  });
});

describe("authored Markdown (the default)", () => {
  const chrome = `# Tidy 3.0.2\n\nThe sorter no longer skips notes without a date.\n\nSource: Example News Agency\n\nSubscribe to our newsletter!\n\nShare on Facebook | Share on Twitter\n\nThanks to everyone who reported it, and to the two people who sent a fix within a day of the report.\n`;

  test("no built-in rule cuts a line; read as scraped pages, they do", () => {
    expect(clean(chrome, { format: "markdown" }).cuts).toEqual([]);
    expect(clean(chrome, { format: "markdown", markdownText: "scraped" }).cuts.length).toBeGreaterThanOrEqual(2);
  });

  test("the user's own rules still cut", () => {
    const rules = [{ name: "newsletter", pattern: "^subscribe to our newsletter", mode: "line" as const }];
    expect(clean(chrome, { format: "markdown", rules }).cuts.map((c) => [c.rule, c.startLine])).toEqual([["newsletter", 7]]);
  });
});

// Plain text: a line a rule matches inside a record of the author's (a directory entry, a catalogue
// record) or naming a web address as its value holds a fact of the text, and stays. The same words
// standing alone under an article are still chrome.
describe("plain text: a rule's line that is a field of the author's record", () => {
  const page = (block: string) =>
    `Breast cancer support groups are run by many of the national organisations listed below, and most of them answer calls every day.\n\n${block}\n\nEach of these organisations sends its information free of charge to anyone who asks for it by phone or by e-mail.\n`;
  const ruleOf = (text: string, line: string) => {
    const at = text.split("\n").indexOf(line) + 1;
    return clean(text).cuts.find((c) => c.startLine === at)?.rule ?? null;
  };

  test("an e-mail address beside a telephone number is a contact record's", () => {
    const text = page("Cancer Care, Inc.\n\n212-221-3300 or 800-813-4673\n\ninfo@cancercare.org\n\nhttp://www.cancercare.org");
    expect(ruleOf(text, "info@cancercare.org")).toBeNull();
    const press = page("CONTACT:\n\nMarcy Polanco, +1-212-975-3327\n\nmarcy.polanco@example.net");
    expect(ruleOf(press, "marcy.polanco@example.net")).toBeNull();
  });

  test("an e-mail address alone under an article is still a byline's", () => {
    const text = page("Anna Lee\n\nanna.lee@example.com");
    expect(ruleOf(text, "anna.lee@example.com")).toBe("contact-email");
  });

  test("an e-mail address that answers the sentence above it, or signs a letter, is the writer's", () => {
    const asked = page("If you want to help or have thoughts on what comes next, let's talk.\n\nanna.lee@example.com");
    expect(ruleOf(asked, "anna.lee@example.com")).toBeNull();
    const letter = "Dear Sam,\n\nThank you for the notes on the draft. I have folded in your changes, and the new version goes to the printer on Friday morning.\n\nBest wishes,\nAnna Lee\nanna.lee@example.com\n";
    expect(ruleOf(letter, "anna.lee@example.com")).toBeNull();
    // A note signed with the name right over the address, no closing: the writer's.
    const note = "Hi all,\n\nThe garden club meets on Saturday at the hall. Bring gloves if you have them; we split the bulbs that came in last week.\n\nAnna Lee\nanna.lee@example.com\n";
    expect(ruleOf(note, "anna.lee@example.com")).toBeNull();
    // The last title of a run of links over an address is no signature; "By" over it is a byline.
    const roll = page("Blogs we read\n\nThe Daily Grind\nMorning Notes\nSomething Got To Break\nanna.lee@example.com");
    expect(ruleOf(roll, "anna.lee@example.com")).toBe("contact-email");
    expect(ruleOf(page("By Anna Lee\nanna.lee@example.com"), "anna.lee@example.com")).toBe("contact-email");
    // A sentence of the article that asks nothing of the reader leaves the byline's address chrome.
    const told = page("The council will vote on the budget next week, after the public hearing.\n\nanna.lee@example.com");
    expect(ruleOf(told, "anna.lee@example.com")).toBe("contact-email");
  });

  test("a licence's holders keep their addresses and its copyright line, whichever licence it is", () => {
    const mit = "MIT License\n\nCopyright (c) 2017:\n    Anna Lee\n    P.O. Box 94079, Amsterdam\n    anna.lee@example.com\n\nPermission is hereby granted, free of charge, to any person obtaining a copy of this software.\n";
    expect(clean(mit).cuts).toEqual([]);
    const cc = "I am providing the code and the notes in this repository under an open licence, and it is mine, not my employer's.\n\nCopyright 2017 Anna Lee\n\nCreative Commons Attribution 4.0 International License (CC BY 4.0)\n\nhttp://creativecommons.org/licenses/by/4.0/\n";
    expect(clean(cc).cuts).toEqual([]);
    // "Copyright" alone over a paragraph is a README's section heading; over a footer's line it is chrome.
    const readme = "The files here are in the program's own format, which no other tool reads.\n\nCOPYRIGHT\n\nThe word lists used to make these files come from other projects, and most of them are shared under a licence of their own.\n";
    expect(clean(readme).cuts).toEqual([]);
    expect(ruleOf(page("Copyright\n\n© 2017 Anna Lee"), "Copyright")).toBe("copyright");
    // The same copyright line under an article that names no licence is its page's footer.
    expect(ruleOf(page("Copyright 2017 Anna Lee"), "Copyright 2017 Anna Lee")).toBe("copyright");
  });

  test("a licence whose grant is in words of its own keeps its holder's line", () => {
    const zlib = "Tiny License\n\n(C) 2020 Anna Lee\n\nThis software is provided as it is, without any express or implied warranty. In no event will the authors be held liable for any damages arising from its use.\n";
    expect(clean(zlib).cuts).toEqual([]);
    const postgres = "Copyright (c) 2020, Anna Lee\n\nPermission to use, copy, modify, and distribute this software for any purpose, without fee, is granted, provided that the above copyright notice appears in all copies.\n\nTHE SOFTWARE COMES WITHOUT WARRANTY.\n";
    expect(clean(postgres).cuts).toEqual([]);
    // The same line closing a page that only mentions a warranty is the page's footer.
    const shop = page("Every kettle we sell carries a warranty of two years.\n\n(C) 2020 Anna Lee");
    expect(ruleOf(shop, "(C) 2020 Anna Lee")).toBe("copyright");
  });

  test("a line with a code span is the writer's", () => {
    const note = page("Note that the environment variables `TOOL_COMMAND` and\n`TOOL_OPTIONS` also apply here.");
    expect(ruleOf(note, "Note that the environment variables `TOOL_COMMAND` and")).toBeNull();
    // The same words with no code in them are a call to action.
    expect(ruleOf(page("Apply here."), "Apply here.")).not.toBeNull();
  });

  test("\"Label: address\" holds the address as its value", () => {
    expect(ruleOf(page("More: http://gakiyaisamu.example.com"), "More: http://gakiyaisamu.example.com")).toBeNull();
    expect(ruleOf(page("Website: www.gakiyaisamu.example.com"), "Website: www.gakiyaisamu.example.com")).toBeNull();
    // The label with no address after it is a page's link to a section, as before.
    expect(ruleOf(page("More:"), "More:")).toBe("more-link");
  });

  test("a Source: field among a catalogue record's fields is a citation", () => {
    const record = "Title: When Your Branch Changes to Evening Hours\n\nAuthor(s): Vann, Allan S.\n\nSource: Library Review, v73 n1 p20-22 Sep 1993\n\nPublication Date: 1993\n\nISSN: 0271-6062";
    expect(ruleOf(page(record), "Source: Library Review, v73 n1 p20-22 Sep 1993")).toBeNull();
    // "Source: …" under an article, with no record around it, is the page's.
    expect(ruleOf(page("Source: Example News Agency"), "Source: Example News Agency")).toBe("article-meta");
    // An article's "Posted: date" over its author and category stays chrome: only a source is a citation.
    expect(ruleOf(page("Posted: 10 Jan 2008 14:25\n\nAuthor: News Editor\n\nCategory: Health"), "Posted: 10 Jan 2008 14:25")).toBe("article-meta");
  });
});

describe("plain text: a word list's entries are words, not labels", () => {
  // A spell checker's dictionary, one word a line: some entries look like a page's labels to a rule
  // (a doubled label, a glued CamelCase menu, "login").
  const entries = ["aliasing", "async", "bonbon", "borrowck", "chacha", "deque", "FooBarBazQuux", "lifetimes", "login", "mutex", "newtype", "RefCell", "SpawnTaskHandleFuture", "tokio", "tutu", "unsized"];
  const dictionary = `spelling-list 1.0 en utf-8\n${entries.join("\n")}\n`;

  test("no entry of a dictionary file is cut", () => {
    const r = clean(dictionary);
    expect(r.cuts).toEqual([]);
    expect(r.text).toBe(dictionary);
  });

  test("no entry of a list of replacements is cut: a word or two, ':' or '=', then its value", () => {
    // A checker's list of words to avoid and what to write instead, read by a script: "e-mail:email"
    // reads as a share button's label to a rule.
    const pairs = ["back-end:backend", "e-mail:email", "run-time:runtime", "set-up:setup", "tool chain:toolchain", "wild card:wildcard", "work-around:workaround or work around", "NULL-terminated=null-terminated", "you'll:avoid the contraction and rewrite"];
    const list = `# words to avoid, and what to write instead
#
${pairs.join("\n")}
`;
    expect(clean(list).cuts).toEqual([]);
    // Alone between paragraphs the same line is a page's share button.
    expect(rules(`The module reads its settings from a file that sits next to the binary, and it logs every change.\n\ne-mail:email\n`, "text")).toEqual(["share-buttons"]);
  });

  test("the same entries are cut when they stand alone between paragraphs", () => {
    const lone = ["chacha", "FooBarBazQuux", "login"].map((w) => `The module reads its settings from a file that sits next to the binary, and it logs every change.\n\n${w}\n`).join("\n");
    expect(rules(lone, "text").sort()).toEqual(["account-links", "doubled-label", "doubled-label"]);
  });

  test("a page's menu of one-word labels, a small part of its words, is still cut", () => {
    const menu = ["Home", "News", "Sport", "Weather", "Travel", "Login", "Search", "Menu"].join("\n");
    const prose = "The council said on Tuesday that the new library would open in the spring, after two years of delays caused by rising costs and a shortage of builders.";
    const page = `${menu}\n\n${prose}\n\n${prose.replace("Tuesday", "Monday")}\n\n${prose.replace("spring", "autumn")}\n`;
    expect(rules(page, "text")).toEqual(expect.arrayContaining(["navigation", "account-links"]));
  });
});

// A box's heading alone on a line ("Related", "Archives", "Recent Posts") is a page's when it stands
// over the box's short lines or by the page's chrome; over a paragraph of prose, with no chrome
// around it, it is a writer's section heading (fixtures/regression-*-heading-over-*).
describe("plain text: a box's heading over a paragraph of prose is a writer's section", () => {
  const p1 = "The summer of that year was the driest anyone in the village could remember, and by August the lawns had turned the colour of straw.";
  const p2 = "The same question came up in the parish council in 1976, when the reservoir fell to a third of its level and the hosepipe ban lasted until October.";
  const p3 = "What we learned then, and again this year, is that deep roots matter more than any amount of water poured on the surface of the beds.";
  const ruleOf = (text: string, line: string) => {
    const at = text.split("\n").indexOf(line) + 1;
    return clean(text).cuts.find((c) => c.startLine === at)?.rule ?? null;
  };

  test.each(["Related", "Topics", "Archives", "Recent Posts", "Categories"])("%s over a paragraph stays", (heading) => {
    const text = `${p1}\n\n${heading}\n\n${p2}\n\n${p3}\n`;
    expect(clean(text).cuts).toEqual([]);
  });

  test("a call to read on heads no writer's section: \"Read more:\" over a paragraph is cut", () => {
    expect(ruleOf(`${p1}\n\nRead more:\n\n${p2}\n\n${p3}\n`, "Read more:")).toBe("related-links");
    expect(ruleOf(`${p1}\n\nYou might also like\n\n${p2}\n\n${p3}\n`, "You might also like")).toBe("related-links");
  });

  test("over a hard-wrapped paragraph, whose sentence runs on across its lines, it stays", () => {
    const wrapped = p2.replace(" when the", "\nwhen the").replace(" and the hosepipe", "\nand the hosepipe");
    expect(ruleOf(`${p1}\n\nArchives\n\n${wrapped}\n\n${p3}\n`, "Archives")).toBeNull();
  });

  test("over a box's titles, one a line, it is cut, however many words the titles hold together", () => {
    const titles = "Loonie drops after tepid employment report\nPrime minister announces a relief package for the forest industry\nWill the economy flirt with recession next year?";
    expect(ruleOf(`${p1}\n\nRelated Stories\n\n${titles}\n\n${p3}\n`, "Related Stories")).toBe("related-links");
    expect(ruleOf(`${p1}\n\nArchives\n\nMarch 2024\n\nFebruary 2024\n\n${p3}\n`, "Archives")).toBe("related-links");
  });

  test("by the page's chrome it is cut: under a sharing line, or over a paragraph that another box's heading follows", () => {
    expect(ruleOf(`${p1}\n\nShare on Facebook\n\nRecent Comments\n\n${p2}\n\n${p3}\n`, "Recent Comments")).toBe("related-links");
    expect(ruleOf(`${p1}\n\nArchives\n\n${p2}\n\nMost Read\n\n${p3}\n`, "Archives")).toBe("related-links");
  });

  test("over a copy of the text's own paragraph (a teaser of a story above) it goes with the copy", () => {
    const r = clean(`${p2}\n\n${p1}\n\nRelated Posts\n\n${p2}\n\n${p3}\n`);
    expect(r.cuts.map((c) => [c.startLine, c.kind === "boilerplate" ? c.rule : c.kind])).toEqual([
      [5, "related-links"],
      [7, "duplicate"],
    ]);
  });
});

// wide-dev: of the "Posted by" lines forum-posted-by cut, 10 of 11 before a page's first paragraph
// were labelled keep (a blog post's byline), 670 of 690 after it chrome (comments' headers).
describe("plain text: \"Posted by\" over the text's first paragraph is the article's byline", () => {
  const p1 = "The new search index is built in half the time, because it now reads each document once and keeps the counts it needs in memory.";
  const p2 = "We tested it on the largest of our customers' collections, where a full rebuild used to take most of a night, and it finished before midnight.";
  const cutsOf = (text: string) => clean(text).cuts.map((c) => [c.startLine, c.rule]);

  test.each(["Posted by Erich Schmidt, Software Engineer", "Posted by tmatt", "Posted by Tom Naughton in News and Reviews"])("stays over it: %s", (byline) => {
    expect(cutsOf(`Faster indexing\n\n${byline}\n\n${p1}\n\n${p2}\n`)).toEqual([]);
  });

  test("a comment's header after the article is chrome, as are a comment's actions before it", () => {
    expect(cutsOf(`${p1}\n\nPosted by tmatt\n\n${p2}\n`)).toEqual([[3, "forum-posted-by"]]);
    expect(cutsOf(`Faster indexing\n\nReply\n\n${p1}\n\n${p2}\n`)).toEqual([[3, "forum-posted-by"]]);
  });
});
