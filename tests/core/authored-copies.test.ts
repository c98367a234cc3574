// Copies across files that a writer meant: pages of one section, or of two sections side by side.
import fc from "fast-check";
import { beforeAll, describe, expect, test } from "vitest";
import { analyze } from "../../src/core/analyze.js";
import type { Analysis, UnitInfo } from "../../src/core/analysis-types.js";
import { formulaLapsed, neighbours, noteWording, sameTextOtherFormat, unitWording, wordingByWords, wordingOf } from "../../src/core/authored-copies.js";
import { buildRuleSet } from "../../src/core/boilerplate/ruleset.js";
import { clean } from "../../src/core/clean.js";
import { DedupIndex } from "../../src/core/dedup-index.js";
import { resolveOptions } from "../../src/core/options.js";
import { loadFormat } from "../../src/core/unit-splitters.js";

beforeAll(async () => {
  await loadFormat("markdown");
});

const SAID = "The new release turns on keep-alive for every outgoing connection by default, which cuts the time spent opening sockets.";

describe("neighbours", () => {
  test.each([
    ["a release note and the announcement it repeats", "site/blog/release/v9.md", "site/blog/announcements/v9-announce.md", true],
    ["a folder's index page and a page in the folder", "pages/fr/download/index.mdx", "pages/fr/download/current.mdx", true],
    ["a page and a page of a sub-folder", "pages/fr/eol.mdx", "pages/fr/about/eol.mdx", true],
    ["two top folders of the run", "docs/configuration.md", "guide/filing.md", false],
    ["two files at the top", "README.md", "CHANGELOG.md", false],
    ["sections two folders apart", "site/docs/guides/deploy/netlify.md", "site/docs/reference.md", false],
    ["Windows separators", "site\\blog\\release\\v9.md", "site\\blog\\news\\v9.md", true],
  ])("%s", (_name, a, b, expected) => {
    expect(neighbours(a, b)).toBe(expected);
    expect(neighbours(b, a)).toBe(expected);
  });
});

describe("a paragraph repeated across files", () => {
  const run = (a: string, b: string, markdownText: "authored" | "scraped" = "scraped") => {
    const index = new DedupIndex();
    clean(`## Keep-alive\n\n${SAID}\n`, { format: "markdown", markdownText }, { index, name: a });
    return clean(`# Version 9\n\nThe highlights of this release follow.\n\n### HTTP\n\n${SAID}\n`, { format: "markdown", markdownText }, { index, name: b }).cuts;
  };

  test("stays in authored Markdown (the default), wherever the other file is", () => {
    expect(run("docs/announce.md", "guide/release.md", "authored")).toEqual([]);
    const index = new DedupIndex();
    clean(`## Keep-alive\n\n${SAID}\n`, { format: "markdown" }, { index, name: "docs/a.md" });
    expect(clean(`## Keep-alive\n\n${SAID}\n`, { format: "markdown" }, { index, name: "guide/b.md" }).cuts).toEqual([]);
    // Text is scraped text: the same copy is cut.
    const text = new DedupIndex();
    clean(`Keep-alive\n\n${SAID}\n`, {}, { index: text, name: "docs/a.txt" });
    expect(clean(`Keep-alive\n\n${SAID}\n`, {}, { index: text, name: "guide/b.txt" }).cuts).toContainEqual(expect.objectContaining({ kind: "duplicate", startLine: 3 }));
  });

  test("scraped: stays in a release note that repeats its announcement (two sections of one blog)", () => {
    expect(run("site/blog/announcements/v9-announce.md", "site/blog/release/v9.md")).toEqual([]);
  });

  test("scraped: is cut between two top folders of the run", () => {
    expect(run("docs/announce.md", "guide/release.md")).toEqual([expect.objectContaining({ kind: "duplicate", startLine: 7 })]);
  });
});

describe("wordingOf", () => {
  const words = fc.constantFrom("On", "the", "third", "Third", "day", "Nethaneel", "Zuar", "son", "of", "12", "3rd", "x", "I", "A1", "b2c", "fifty", "Hundred", "Washington", "last", "e.g.", "--", "  ", "\n", ",", "'", "_", "é", "Über", "２", "ｆｕｌｌ", "ﬁve", "e\u0301", "日本", "’", "“", "”", "—", "\u2026", "\u2070", "\u00b2", "\u2000", "\u2126");
  const ascii = fc.array(fc.oneof(fc.integer({ min: 0, max: 127 }), fc.integer({ min: 0x2000, max: 0x2070 })), { maxLength: 80 }).map((cs) => String.fromCharCode(...cs));

  test("the ASCII loop gives what the word-by-word reference gives", () => {
    fc.assert(
      fc.property(fc.oneof(ascii, fc.array(words, { maxLength: 30 }).map((w) => w.join(" "))), (text) => {
        expect(wordingOf(text)).toEqual(wordingByWords(text));
      }),
      { numRuns: 2000, seed: 5 },
    );
  });

  test("masks names and numbers, not other words", () => {
    const a = wordingOf("On the second day Nethaneel the son of Zuar did offer 12 rams");
    const b = wordingOf("On the third day Eliab the son of Helon did offer 13 rams");
    const c = wordingOf("On the third day Eliab the son of Helon did bring 13 rams");
    expect(a.skeleton).toBe(b.skeleton);
    expect(a.words).not.toBe(b.words);
    expect(c.skeleton).not.toBe(b.skeleton);
    // A misspelt name is the same name (first two letters, rough length).
    expect(wordingOf("Go to Washington now").words).toBe(wordingOf("Go to Washingotn now").words);
  });
});

describe("a paragraph pasted twice into a page that another page holds too", () => {
  test("is still pasted twice: the second copy is cut, named after the first of its own page", () => {
    const index = new DedupIndex();
    clean(`# A\n\n${SAID}\n`, { format: "markdown" }, { index, name: "docs/a.md" });
    const r = clean(`# B\n\n${SAID}\n\n${SAID}\n`, { format: "markdown" }, { index, name: "docs/b.md" });
    expect(r.cuts).toEqual([expect.objectContaining({ kind: "duplicate", startLine: 5, source: expect.objectContaining({ startLine: 3 }) })]);
    expect(r.cuts[0]?.source?.file).toBeUndefined();
  });

  test("read as scraped pages too, when the other page's copy is one a writer meant (a sibling page)", () => {
    const index = new DedupIndex();
    const scraped = { format: "markdown", markdownText: "scraped" } as const;
    clean(`# A\n\n${SAID}\n`, scraped, { index, name: "docs/a.md" });
    const r = clean(`# B\n\n${SAID}\n\n${SAID}\n`, scraped, { index, name: "docs/b.md" });
    expect(r.cuts.map((c) => [c.startLine, c.source?.startLine, c.source?.file])).toEqual([[5, 3, undefined]]);
  });
});

describe("a command page: one command under two lead-ins", () => {
  const entry = (lead: string, command: string) => `- ${lead}:\n\n\`${command}\`\n`;
  const page = (entries: string[]) => `# pack\n\n> Pack files into an archive.\n> More information: <https://example.org/pack>.\n\n${entries.join("\n")}`;
  const same = "pack --level {{level}} --output {{path/to/archive}} {{path/to/file1 path/to/file2 ...}}";
  const cuts = (text: string) => clean(text, { format: "markdown" }).cuts.map((c) => [c.kind, c.startLine]);

  test("the command under another task's lead-in stays: each lead-in keeps its command", () => {
    const text = page([entry("Pack files at a given level", same), entry("List an archive", "pack --list {{path/to/archive}}"), entry("Pack files, trading speed for a smaller archive", same)]);
    expect(cuts(text)).toEqual([]);
  });

  test("an entry pasted twice, lead-in and command, is still cut", () => {
    const text = page([entry("Pack files at a given level", same), entry("List an archive", "pack --list {{path/to/archive}}"), entry("Pack files at a given level", same)]);
    expect(cuts(text)).toEqual([["duplicate", 14], ["duplicate", 16]]);
  });
});

describe("terminal transcripts: the recorded output of two programs", () => {
  const summary = "result: ok. 3 passed; 0 failed; 0 ignored; 0 measured; finished in 0.02s";
  const output = (cmd: string, name: string) => `$ ${cmd}\n   Building ${name} v0.1.0 (/projects/${name})\n    Finished dev build in 0.41s\n     Running target/debug/${name}\n\nrunning 3 checks\ncheck ${name}::parses ... ok\n\n${summary}\n`;

  test("a line another output printed too stays: each file is what its program printed", () => {
    const index = new DedupIndex();
    clean(output("make check", "shapes"), {}, { index, name: "listings/ch01/output.txt" });
    expect(clean(output("make check", "shapes"), {}, { index, name: "listings/ch02/output.txt" }).cuts).toEqual([]);
  });

  test("the same lines without the prompt are a scraped text's copies, and cut", () => {
    const index = new DedupIndex();
    const strip = (t: string) => t.slice(t.indexOf("\n") + 1);
    clean(strip(output("make check", "shapes")), {}, { index, name: "pages/a.txt" });
    expect(clean(strip(output("make check", "shapes")), {}, { index, name: "pages/b.txt" }).cuts).toContainEqual(expect.objectContaining({ kind: "duplicate", startLine: 8 }));
  });
});

/** Each text cleaned in turn into one index under its name: none loses a line. */
function keptAsSiblings(...pages: [text: string, name: string][]): void {
  const index = new DedupIndex();
  for (const [text, name] of pages) expect(clean(text, {}, { index, name }).cuts).toEqual([]);
}

/** The rules of the cuts made in the second of two scraped pages. */
function cutsOfSecondPage(first: string, second: string): string[] {
  const index = new DedupIndex();
  clean(first, {}, { index, name: "pages/a.txt" });
  return clean(second, {}, { index, name: "pages/b.txt" }).cuts.map((c) => c.rule);
}

describe("manual pages rendered as text", () => {
  const verbose =
    "   Display Options\n       -v, --verbose\n           Use verbose output. May be specified twice for very verbose output which\n           includes extra output such as dependency warnings and build script output\n           of every package. May also be set with the term.verbose config value in\n           <https://example.org/tool/config.html> or a file of its own, per user.\n";
  const man = (cmd: string, what: string) => `TOOL-${cmd.toUpperCase()}(1)\n\nNAME\n       tool-${cmd} — ${what}\n\nSYNOPSIS\n       tool ${cmd} [options]\n\nOPTIONS\n${verbose}\nSEE ALSO\n       tool(1), tool-build(1)\n`;

  test("an option two sibling pages describe alike, and their SEE ALSO sections, stay", () => {
    keptAsSiblings([man("clean", "Remove generated files"), "doc/man/tool-clean.txt"], [man("fetch", "Fetch the dependencies"), "doc/man/tool-fetch.txt"]);
  });

  test("without the page's header the same text is a scraped page's, and its copies are cut", () => {
    const body = (t: string) => t.slice(t.indexOf("\n\n") + 2);
    const cuts = cutsOfSecondPage(body(man("clean", "Remove generated files")), body(man("fetch", "Fetch the dependencies")));
    expect(cuts).toContain("exact");
    expect(cuts).toContain("related-links");
  });
});

describe("Vim help files", () => {
  const returns =
    "Returns {expr1}, the |List| or |Dictionary| that was changed, or a new |Blob|\nor |String|. When an error is encountered while evaluating {expr2} no further\nitems in {expr1} are processed, and the items already changed stay changed.\n";
  const help = (name: string) =>
    `*${name}.txt*\tFor Tool version 9.1.  Last change: 2024 Oct 27\n\n\n\t\t  TOOL REFERENCE MANUAL\n\n${name}({expr1}, {expr2})\t\t\t\t\t*${name}()*\n\t\tRun {expr2} on each item of {expr1}.\n\n${returns}\nRelated topics:\n\t|${name}-intro|\n\n vim:tw=78:ts=8:noet:ft=help:norl:\n`;
  const untagged = (t: string) => t.slice(t.indexOf("\n") + 1);

  test("an entry's paragraph two help files share, their related topics and their modelines stay", () => {
    keptAsSiblings([help("filter"), "doc/filter.txt"], [help("map"), "doc/map.txt"]);
  });

  test("a help file that vimdoc made, with no tag on its first line, is told by its closing modeline", () => {
    keptAsSiblings([untagged(help("filter")), "doc/filter.txt"], [untagged(help("map")), "doc/map.txt"]);
  });

  test("without the file's own tag on its first line and its modeline the same text is a scraped page's", () => {
    const body = (t: string) => untagged(t).replace(/ vim:.*\n$/, "");
    const cuts = cutsOfSecondPage(body(help("filter")), body(help("map")));
    expect(cuts).toContain("exact");
    expect(cuts).toContain("related-links");
  });
});

describe("one text in two formats", () => {
  const readme = `Tool is a text editor that runs in a terminal and keeps every change you make in an undo tree.\n\n${SAID}\n`;

  test("README.md and README.txt of one folder keep their copies", () => {
    const index = new DedupIndex();
    clean(readme, {}, { index, name: "README.md" });
    expect(clean(readme, {}, { index, name: "README.txt" }).cuts).toEqual([]);
    expect(sameTextOtherFormat("docs/Guide.md", "docs/guide.txt")).toBe(true);
    // Or two languages: a translation keeps names, commands and credits as they were.
    expect(sameTextOtherFormat("tutor/README.it.txt", "tutor/README.ru.txt")).toBe(true);
    expect(sameTextOtherFormat("guide_en.md", "guide_pt-BR.md")).toBe(true);
    expect(sameTextOtherFormat("README.zh_CN.txt", "README.txt")).toBe(true);
  });

  test("two pages of other names, or of other folders, are copies to cut", () => {
    const index = new DedupIndex();
    clean(readme, {}, { index, name: "crawl/a/index.txt" });
    expect(clean(readme, {}, { index, name: "crawl/b/index.txt" }).cuts.map((c) => c.rule)).toContain("exact");
  });

  test.each([
    ["a/README.md", "b/README.txt"],
    ["README", "README.txt"],
    ["crawl/page-12.txt", "crawl/page-13.txt"],
    ["notes/march.txt", "notes/april.txt"],
    ["blog/what-is-it.txt", "blog/what-is-ml.txt"],
  ])("%s and %s are two texts", (a, b) => {
    expect(sameTextOtherFormat(a, b)).toBe(false);
  });
});

describe("licence files", () => {
  const grant =
    "Permission to use, copy, modify, and distribute this software for any purpose with or without fee is hereby granted, provided that the above copyright notice and this permission notice appear in all copies.\n";

  test("every file of a LICENSES folder (the REUSE layout) keeps its copy of another's grant", () => {
    keptAsSiblings([`ISC License\n\n${grant}`, "LICENSES/ISC.txt"], [`curl License\n\n${grant}`, "LICENSES/curl.txt"]);
  });

  test("the same grant in two pages of a crawl is a copy to cut", () => {
    expect(cutsOfSecondPage(`ISC License\n\n${grant}`, `curl License\n\n${grant}`)).toContain("exact");
  });

  const disclaimer =
    'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND. IN NO EVENT SHALL THE AUTHORS BE LIABLE FOR ANY CLAIM ARISING FROM THE USE OF THE SOFTWARE.\n';
  const licence = (title: string, holder: string) => `${title}\n\nCopyright (c) 2021 ${holder}\n\n${grant}\n${disclaimer}`;

  test.each([
    ["beside a font, under the licence's own file name", "fonts/Sans/OFL.txt", "fonts/Mono/OFL.txt", ""],
    ["in a site's collection of licences, under front matter", "_licenses/isc.txt", "_licenses/0bsd.txt", "---\ntitle: A licence\nspdx-id: X\n---\n\n"],
  ])("a text that opens with a licence's title keeps its copy of another's clauses: %s", (_name, a, b, front) => {
    keptAsSiblings([front + licence("Sans Font License", "Ann Roe"), a], [front + licence("Mono Font License, Version 1.1", "Bo Lee"), b]);
  });

  test("a text that opens with a licence's grant is a licence too", () => {
    keptAsSiblings([`Copyright 2020 The Sans Authors\n\nThis Font Software is licensed under the Font License, Version 1.1.\n\n${disclaimer}`, "a/OFL.txt"], [`Copyright 2020 The Mono Authors\n\nThis Font Software is licensed under the Font License, Version 1.1.\n\n${disclaimer}`, "b/OFL.txt"]);
  });

  test("in a page of third-party notices, each component's licence keeps the clauses another's says too", () => {
    // The second holder's line made a heading of its own, at another depth, as a converter left it.
    const notice = (component: string, holder: string) => `## ${component}\n\n${holder}\n\n${grant}\nThe above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.\n\n${disclaimer}`;
    const page = `# Notices\n\nThis program uses the packages below, under their licences.\n\n${notice("pako", "MIT License\n\nCopyright (c) 2014 Ann Roe")}\n${notice("lie", "# Copyright (c) 2015 Bo Lee")}`;
    expect(clean(page, { format: "markdown" }).cuts).toEqual([]);
    // The same component's notice pasted twice is a copy.
    const twice = `# Notices\n\nThis program uses the packages below, under their licences.\n\n${notice("pako", "MIT License\n\nCopyright (c) 2014 Ann Roe")}\n${notice("pako", "MIT License\n\nCopyright (c) 2014 Ann Roe")}`;
    expect(clean(twice, { format: "markdown" }).cuts.map((c) => c.kind)).toContain("duplicate");
  });

  test("a page that quotes a licence's clauses under a title of its own is a copy to cut", () => {
    const page = (title: string) => `${title}\n\nWe read the terms of every licence before we chose one for the fonts.\n\nThe one we chose ends as most of them do, with words in capitals:\n\n${disclaimer}`;
    expect(cutsOfSecondPage(page("How we chose the terms"), page("Why the fonts are free"))).toContain("exact");
  });
});

describe("authored plain text (a project's README, INSTALL, …)", () => {
  const STEP = "Unpack the archive into a folder of your own, then run the build script from that folder and wait for it to finish.";
  const NOTE = "The build needs a compiler that knows the C standard of 1999 and the make program that comes with it.";
  const OTHER = ["Windows users need the installer from the downloads page, which sets the paths for them.", "The documentation is built from the same sources and lands in the doc folder of the install.", "Questions about the build go to the mailing list, where the people who maintain it read them.", "Older versions of the compiler fail on the newer headers; the list above says which ones work."];
  const authored = { plainText: "authored" } as const;

  test("the built-in page-chrome rules cut none of its lines; a scraped text's lines they cut", () => {
    const text = `${STEP}\n\nClick here to subscribe\n\nShare this\n`;
    expect(clean(text, authored).cuts).toEqual([]);
    expect(clean(text).cuts.map((c) => c.rule)).toContain("click-here");
  });

  test("a paragraph another file holds stays", () => {
    const index = new DedupIndex();
    clean(`${STEP}\n\n${NOTE}\n`, authored, { index, name: "src/INSTALLpc.txt" });
    expect(clean(`Read this first.\n\n${STEP}\n`, authored, { index, name: "src/INSTALLmac.txt" }).cuts).toEqual([]);
    const scraped = new DedupIndex();
    clean(`${STEP}\n\n${NOTE}\n`, {}, { index: scraped, name: "a.txt" });
    expect(clean(`Read this first.\n\n${STEP}\n`, {}, { index: scraped, name: "b.txt" }).cuts.map((c) => c.kind)).toEqual(["duplicate"]);
  });

  test("a copy far from its first copy stays; one right after it, or a block pasted twice, is cut", () => {
    const far = [STEP, ...OTHER, STEP].join("\n\n") + "\n";
    expect(clean(far, authored).cuts).toEqual([]);
    const near = [STEP, STEP, NOTE].join("\n\n") + "\n";
    expect(clean(near, authored).cuts.map((c) => c.startLine)).toEqual([3]);
    const block = [STEP, NOTE, ...OTHER].join("\n\n");
    const twice = `${block}\n\n${block}\n`;
    expect(clean(twice, authored).cuts.length).toBe(6);
  });

  test("the same block under a section rule of its own is the writer's (one document a section)", () => {
    const block = [STEP, NOTE, ...OTHER].join("\n\n");
    const gathered = `en_US:\n\n${block}\n\n==========\nen_CA:\n\n${block}\n`;
    expect(clean(gathered, authored).cuts).toEqual([]);
    expect(clean(gathered).cuts.length).toBeGreaterThanOrEqual(6);
  });
});

describe("formulaLapsed: a copy kept as a formula once the formula's unit is cut", () => {
  const o = resolveOptions({});
  const rules = buildRuleSet(o);
  const unitsOf = (a: Analysis) => ({
    fpHi: Uint32Array.from(a.units, (u) => u.fpHi),
    fpLo: Uint32Array.from(a.units, (u) => u.fpLo),
    first: Int32Array.from(a.units, (u) => u.first),
    last: Int32Array.from(a.units, (u) => u.last),
    raw: Uint32Array.from(a.units, (u) => u.raw),
  });
  // "Travel" notes the wording "World" is read as a formula of; then "Travel" is cut.
  const later = analyze("Travel\n\nWorld\n", o, rules, true, false);
  const recordFirst = (index: DedupIndex, doc: number): void => {
    const travel = later.units[0];
    if (!travel) throw new Error("no unit");
    noteWording(index, index.record(doc, 0, "Travel"), unitWording(later, travel));
  };

  test("lapses where this cleaning's unit noted the formula", () => {
    const index = new DedupIndex();
    index.begin();
    const doc = index.addDocument("x", unitsOf(later));
    recordFirst(index, doc);
    expect(formulaLapsed(later, index, doc, 1, [0], (k) => k === 0)).toBe(true);
  });

  // An 8 M-character segment of a novel was cleaned twice for this: a shouted chapter title cut
  // there had the words of one kept a segment before, which noted the formula.
  test("stands where an earlier segment's unit with the same words noted it", () => {
    const index = new DedupIndex();
    index.begin();
    const first = analyze("Travel\n", o, rules, true, true);
    const doc = index.addDocument("x", unitsOf(first));
    noteWording(index, index.record(doc, 0, "Travel"), unitWording(first, first.units[0] as UnitInfo));
    index.commit();
    index.begin();
    index.extendDocument(doc, unitsOf(later), 2);
    recordFirst(index, doc);
    expect(formulaLapsed(later, index, doc, 1, [0], (k) => k === 0)).toBe(false);
  });
});
