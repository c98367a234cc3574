import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { clean } from "../../src/core/clean.js";
import { DedupIndex } from "../../src/core/dedup-index.js";
import { loadFormat } from "../../src/core/unit-splitters.js";
import { emailsOf, factsOf, lostFacts, lostNames, lostProperNames, mayHoldFacts, namesOf, oneEditApart, properNamesOf } from "../../src/core/facts.js";

describe("factsOf", () => {
  test.each([
    ["versions, dates and counts", "Node 14.17.3 shipped on 2022-07-07 to 1,200 users.", ["num:1200", "num:14.17.3", "num:2022-07-07"]],
    ["a release line", "The 14.x release line", ["num:14.x"]],
    ["identifiers", "Fixed in CVE-2022-32214 (see #4521).", ["id:cve-2022-32214", "num:#4521", "num:2022-32214"]],
    ["a sign in front of a number stays with it", "Issue #9 costs $9 (9 people, €1,200).", ["num:#9", "num:$9", "num:9", "num:€1200"]],
    ["URLs and link targets", "Read [the guide](../guide/setup.md) or https://example.org/docs.", ["url:../guide/setup.md", "url:https://example.org/docs"]],
    ["e-mail, handles, code", "Write to ops@example.com or @jane_doe; run `npm ci`.", ["at:@jane_doe", "code:npm ci", "mail:ops@example.com"]],
    ["entities are decoded, case folded", "Run &#96;NPM CI&#96; at WWW.Example.org", ["code:npm ci", "name:www.example.org"]],
    ["names a program reads", "Set wrapper_test_scripts, call getElementById from os.path, see /t/helper and src/core, pass --no-cache with ${content} or $HOME.", ["name:$home", "name:${content}", "name:--no-cache", "name:/t/helper", "name:getelementbyid", "name:os.path", "name:src/core", "name:wrapper_test_scripts"]],
    ["sentences a scrape glued are no name", "All rights reserved.This material may not be published.", []],
    ["emphasis, a dash and a handle are no names", "An _emphasis_ -- a pause -- and __strong__ text from @jane_doe.", ["at:@jane_doe"]],
    ["a dash glued into prose is no flag", "Both alike,--I've got a bit; No;--he is not here. It can do nae ill.-- She was.", []],
    ["plain prose has none", "The council voted on Tuesday.", []],
    ["key combinations, spelled with <kbd> tags or spaces", "Press <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>P</kbd>, or Cmd + K on a Mac.", ["name:keys:cmd+k", "name:keys:ctrl+shift+p"]],
    ["a plus between words is no shortcut", "Salt+pepper, C++ and 2+2.", ["num:2"]],
  ])("%s", (_name, text, facts) => {
    expect([...factsOf(text), ...namesOf(text).map((n) => "name:" + n)].sort()).toEqual(facts);
  });

  test("each kind of name is found alone", () => {
    for (const t of ["a snake_case name", "getElementById", "os.path", "a/b", "--flag", "$HOME"]) expect(namesOf(t)).toHaveLength(1);
  });

  test("a text mayHoldFacts() clears holds no fact", () => {
    expect(mayHoldFacts("Plain words, quotes “and” dashes — only.")).toBe(false);
    expect(mayHoldFacts("Version 2")).toBe(true);
    expect(mayHoldFacts("a &#49; b")).toBe(true);
  });
});

describe("lostFacts", () => {
  test.each([
    ["another release line", "The 14.x release line is vulnerable.", "The 16.x release line is vulnerable.", ["num:14.x"]],
    ["another CVE", "Details at CVE-2022-32214.", "Details at CVE-2021-44531.", ["id:cve-2022-32214", "num:2022-32214"]],
    ["another link target", "See [also](a.md).", "See [also](b.md).", ["url:a.md"]],
    ["a lower-cased, re-spaced copy", "See  HTTPS://Example.org/A and `X`.", "see https://example.org/a and `x`.", []],
    ["an entity-escaped copy", "Tom &amp; Jerry paid $1,000.", "Tom & Jerry paid $1000.", []],
    ["a copy holding more", "Version 2.1.", "Version 2.1 and 2.2, out on 3 May.", []],
    ["another name", "foreach(script ${wrapper_test_scripts})", "foreach(script ${wrapper_scripts})", ["name:${wrapper_test_scripts}"]],
    ["another path", "Copy it to /t/helper first.", "Copy it to /t first.", ["name:/t/helper"]],
    ["a camelCase name in a lower-cased copy is still said", "Call getElementById on it.", "call getelementbyid on it.", []],
    ["a shortcut with a key fewer", "Or press <kbd>Control</kbd>+<kbd>F10</kbd>.", "Or press <kbd>Control</kbd>+<kbd>Alt</kbd>+<kbd>F10</kbd>.", ["name:keys:control+f10"]],
    ["the same shortcut spelled otherwise", "Or press <kbd>Control</kbd>+<kbd>F10</kbd>.", "Or press Control + F10.", []],
  ])("%s", (_name, cut, kept, lost) => {
    expect([...lostFacts(cut, kept), ...lostNames(namesOf(cut), kept).map((n) => "name:" + n)].sort()).toEqual(lost);
  });
});

describe("proper names", () => {
  test("a capitalised word where no sentence starts is a name; a sentence's first word is not", () => {
    expect(properNamesOf("The board met. Anna Lee chaired it for the Internet Software Consortium.\nMembers left.").sort()).toEqual(["consortium", "internet", "lee", "software"]);
    expect(properNamesOf('He said: "Come in." (Then he left.)')).toEqual([]);
  });

  test.each([
    ["another holder", "IN NO EVENT SHALL THE AUTHOR BE LIABLE", "IN NO EVENT SHALL THE INTERNET SOFTWARE CONSORTIUM BE LIABLE", ["author"]],
    ["another person", "On Monday Jane Smith, 45, was charged.", "On Monday John Smith, 45, was charged.", ["jane"]],
    ["a typo of the same name", "He lost the title to Anatoly Karpoov in 1975.", "He lost the title to Anatoly Karpov in 1975.", []],
    ["two letters swapped", "Books about David and Vicotria Beckham.", "Books about David and Victoria Beckham.", []],
    ["the same names in other case", "a word from ANNA LEE", "A word from Anna Lee", []],
  ])("%s", (_name, cut, kept, lost) => {
    expect(lostProperNames(properNamesOf(cut), kept)).toEqual(lost);
  });

  test("oneEditApart: one letter added, dropped, changed, or two neighbours swapped", () => {
    expect(["karpov", "karpv", "karpox", "karopv", "karpovich"].map((w) => oneEditApart("karpov", w))).toEqual([false, true, true, true, false]);
    expect(oneEditApart("karpoov", "karpov")).toBe(true);
    expect(oneEditApart("author", "consortium")).toBe(false);
    expect(oneEditApart("jane", "john")).toBe(false);
  });
});

const SECURITY = (line: string, cve: string): string =>
  `The ${line} release line of the runtime is vulnerable to two high severity issues, and more details will be available at ${cve} once the fix has been published for every supported platform.`;

describe("the first law in clean()", () => {
  test("a paragraph that differs from its kept copy in a fact stays", () => {
    const a = SECURITY("14.x", "CVE-2021-44531");
    const b = SECURITY("16.x", "CVE-2021-44531");
    const c = SECURITY("16.x", "CVE-2022-32214");
    const r = clean(`${a}\n\n${b}\n\n${c}\n`);
    expect(r.cuts).toEqual([]);
  });

  test("a copy that is the same but for spelling still goes, named to the copy holding its facts", () => {
    const a = SECURITY("14.x", "CVE-2021-44531");
    const b = SECURITY("16.x", "CVE-2022-32214");
    const copy = b.toLowerCase().replace(/ /g, "  ").replace("issues,", "issues&#44;");
    const r = clean(`${a}\n\n${b}\n\n${copy}\n`);
    expect(r.cuts).toEqual([expect.objectContaining({ kind: "duplicate", startLine: 5, source: { startLine: 3, endLine: 3 } })]);
  });

  test("a near copy in another file that names someone its kept copy does not stays; one with a typo of the name goes", () => {
    const kept = "The committee heard from Anatoly Karpov on Tuesday, who spoke for an hour about the rules of the next championship, the prize money and the hall, and then answered questions from the players and the press.";
    const second = (copy: string) => {
      const index = new DedupIndex();
      clean(`${kept}\n`, {}, { index, name: "a.txt" });
      return clean(`${copy}\n`, {}, { index, name: "b.txt" }).cuts;
    };
    expect(second(kept.replace("Karpov", "Kasparov"))).toEqual([]);
    expect(second(kept.replace("Karpov", "Karpoov"))).toEqual([expect.objectContaining({ kind: "near-duplicate", startLine: 1 })]);
  });

  // Held out (readability's and CleanEval's pages): "Faces Places is currently streaming on Netflix
  // …" went as a near copy of the line on "Star Wars: The Last Jedi", a citation on "Chris Cannon
  // on Abortion" as a copy of the one on "Homeland Security": another film, another page cited.
  test("a near copy in the same text that names something its kept copy does not stays, however short; one with a typo of the name goes", () => {
    const kept = "Faces Places is currently streaming on HBO Go and HBO Now, and available to rent on Google Play and iTunes.";
    const film = "Star Wars is currently streaming on HBO Go and HBO Now, and it is available to rent on Google Play and iTunes.";
    expect(clean(`${kept}\n\n${film}\n`).cuts).toEqual([]);
    const cite = (topic: string): string => `^ "ontheissues.org: Chris Cannon on ${topic}". ontheissues.org. Retrieved 2014-07-01.`;
    expect(clean(`${cite("Homeland Security")}\n\n${cite("Abortion")}\n`).cuts).toEqual([]);
    const typo = kept.replace("Google Play", "Gogle Play").replace(" and iTunes", " and on iTunes");
    expect(clean(`${kept}\n\n${typo}\n`).cuts).toEqual([expect.objectContaining({ kind: "near-duplicate", startLine: 3 })]);
  });

  test("a near copy is named to a kept copy that holds its facts, not to the one sharing most words", () => {
    const a = SECURITY("14.x", "CVE-2021-44531");
    const b = SECURITY("16.x", "CVE-2022-32214");
    const near = b.replace("two high severity", "two serious");
    const r = clean(`${a}\n\n${b}\n\n${near}\n`);
    expect(r.cuts).toEqual([expect.objectContaining({ kind: "near-duplicate", startLine: 5, source: { startLine: 3, endLine: 3 } })]);
  });

  test("across texts: an announcement that only changes the version stays", () => {
    const index = new DedupIndex();
    const first = clean(`${SECURITY("18.x", "CVE-2023-1000")}\n`, {}, { index, name: "a.md" });
    const second = clean(`${SECURITY("20.x", "CVE-2023-1000")}\n`, {}, { index, name: "b.md" });
    const third = clean(`${SECURITY("18.x", "CVE-2023-1000")}\n`, {}, { index, name: "c.md" });
    expect(first.cuts).toEqual([]);
    expect(second.cuts).toEqual([]);
    expect(third.cuts).toEqual([expect.objectContaining({ kind: "duplicate", source: { file: "a.md", startLine: 1, endLine: 1 } })]);
  });

  test("a paragraph that gives another action's shortcut stays; the same shortcut again goes", async () => {
    await loadFormat("markdown");
    const hint = (keys: string, mac: string): string => `To do this from the keyboard, hold down ${keys} while the editor has focus (${mac} on a Mac), and the window refreshes at once.`;
    const text = (second: string) => `# Shortcuts\n\nThe first action rebuilds.\n\n${hint("<kbd>Ctrl</kbd>+<kbd>Alt</kbd>+<kbd>F9</kbd>", "<kbd>Cmd</kbd>+<kbd>Shift</kbd>+<kbd>R</kbd>")}\n\nThe second action reloads.\n\n${second}\n`;
    const other = hint("<kbd>Ctrl</kbd>+<kbd>F9</kbd>", "<kbd>Cmd</kbd>+<kbd>R</kbd>");
    expect(clean(text(other), { format: "markdown" }).cuts).toEqual([]);
    expect(clean(text(other)).cuts).toEqual([]);
    const same = hint("<kbd>Ctrl</kbd>+<kbd>Alt</kbd>+<kbd>F9</kbd>", "<kbd>Cmd</kbd>+<kbd>Shift</kbd>+<kbd>R</kbd>").replace("at once", "right away");
    expect(clean(text(same)).cuts).toEqual([expect.objectContaining({ kind: "near-duplicate", startLine: 9 })]);
  });

  test("a title whose part is another number, spelled as a word, stays under the link to the part before it", () => {
    const page = (part: string): string =>
      `« Talk with Anna Berg, Author of “Eat Slowly, Live Long” – Part One\n\nTalk With Anna Berg, Author of “Eat Slowly, Live Long” – Part ${part}\n\nAnna talks about the first recipe she learnt from her grandmother, and why she still cooks it on Sundays.\n`;
    expect(clean(page("Two")).cuts).toEqual([]);
    expect(clean(page("One")).cuts).toEqual([expect.objectContaining({ startLine: 3 })]);
    expect(clean(page("one")).cuts).toEqual([expect.objectContaining({ startLine: 3 })]);
  });

  test("a paragraph again with a word swapped for its opposite or for another word stays; with a typo or another small word it goes", () => {
    const para = (w: string): string =>
      `The north gate of the park is ${w} to walkers and cyclists from six in the morning until dusk on weekdays, and the rangers ask that dogs are kept on a lead near the ponds where the swans nest.`;
    const page = (w: string): string => `${para("open")}\n\nThe café by the lake sells tea, cakes and ice cream all year round.\n\n${para(w)}\n`;
    for (const w of ["closed", "free"]) expect(clean(page(w)).cuts, w).toEqual([]);
    for (const w of ["opne", "now open"]) expect(clean(page(w)).cuts, w).toEqual([expect.objectContaining({ kind: "near-duplicate", startLine: 5 })]);
  });

  test("a list of questions that change one word from line to line stays", () => {
    const q = (w: string): string => `How is ${w} being built in your team and across the wider organisation? What needs to be changed or improved?`;
    expect(clean(`Questions for the workshop\n\n${q("trust")}\n${q("planning")}\n${q("feedback")}\n`).cuts).toEqual([]);
  });

  test("a block of code repeated with one name changed stays", () => {
    const loop = (name: string): string =>
      `foreach(script \${${name}})\n\tfile(STRINGS \${CMAKE_SOURCE_DIR}/bin-wrappers/wrap-for-bin.sh content NEWLINE_CONSUME)\n\tstring(REPLACE "@BUILD_DIR@" "\${CMAKE_BINARY_DIR}" content "\${content}")\n\tstring(REPLACE "@TEMPLATE_DIR@" "'\${CMAKE_BINARY_DIR}/templates/blt'" content "\${content}")\n\tfile(WRITE \${CMAKE_BINARY_DIR}/bin-wrappers/\${script} \${content})\nendforeach()`;
    const r = clean(`${loop("wrapper_scripts")}\n\n${loop("wrapper_test_scripts")}\n`);
    expect(r.cuts).toEqual([]);
    expect(clean(`${loop("wrapper_scripts")}\n\n${loop("wrapper_scripts")}\n`).cuts).toEqual([expect.objectContaining({ kind: "duplicate" })]);
  });

  test("an API's sibling pages that differ in the name they document stay", () => {
    const page = (name: string): string =>
      `The ${name} option sets how many seconds the client waits for the server to answer before it gives up, closes the connection and reports the request as failed to the caller that made it.`;
    const r = clean(`${page("connect_timeout")}\n\n${page("read_timeout")}\n\n${page("connectTimeout")}\n`);
    expect(r.cuts).toEqual([]);
  });

  test("a short line repeated with its block goes only when it is the same text", () => {
    const p = SECURITY("14.x", "CVE-2021-44531");
    const q = "The first new routes are expected to open next spring, with the remaining lines following over the next three years.";
    const same = clean(`Release 14.2.0\n\n${p}\n\n${q}\n\nRelease 14.2.0\n\n${p}\n`);
    expect(same.cuts.map((c) => [c.startLine, c.rule])).toEqual([[7, "repeated-block"], [9, "exact"]]);
    const other = clean(`Release 14.2.0\n\n${p}\n\n${q}\n\nRelease 14.2.1\n\n${p}\n`);
    expect(other.cuts.map((c) => [c.startLine, c.rule])).toEqual([[9, "exact"]]);
  });
});

describe("e-mail addresses", () => {
  const PATTERN = /(?:[\p{L}\p{N}_]|[.+-])+@(?:[\p{L}\p{N}_]|-)+\.(?:[\p{L}\p{N}_]|[.-])+/gu;

  test("found from each @ as the pattern finds them anywhere", () => {
    const pieces = ["a", "Z", "9", "_", ".", "+", "-", "@", " ", ",", "é", "𝐀", "\u{1F600}", "\uD800", "x.org", "b@c.de"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const t = parts.join("");
        expect(emailsOf(t)).toEqual([...t.matchAll(PATTERN)].map((m) => m[0]));
      }),
      { numRuns: 3000 },
    );
  });

  test("a line of long words around an @ is read to its end", () => {
    const long = `${"b".repeat(40000)}@${"c".repeat(40000)} ${"d".repeat(40000)} 9 ${"e".repeat(40000)}@example.org`;
    expect([...factsOf(long)].sort()).toEqual(["mail:" + "e".repeat(40000) + "@example.org", "num:9"]);
  });
});
