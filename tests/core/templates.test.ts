import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { isLearnedBoilerplate, isLearnableLine, isSentence, lineTemplate } from "../../src/core/boilerplate/templates.js";
import { fileTemplateHashes, frequentOf, TemplateCounts } from "../../src/core/learned-lines.js";

describe("lineTemplate masks what changes from page to page", () => {
  test.each([
    ["Updated Monday, March 2, 2026 at 9:15 am", "Updated Wednesday, Dec 30, 2019 at 10:05 PM"],
    ["Posted 3 hours ago", "Posted 12 hours ago"],
    ["Read it online at https://ledger.example/2026/03/02/ferry", "Read it online at www.ledger.example/x?id=9"],
    ["Tips? Write to tips@ledger.example", "Tips? Write to desk.night@ledger.example"],
    ["  Page   1 of 7 ", "Page 2 of 7"],
  ])("%s ~ %s", (a, b) => {
    expect(lineTemplate(a)).not.toBeNull();
    expect(lineTemplate(a)).toBe(lineTemplate(b));
  });

  test.each([
    ["Sign up for our newsletter", "Sign up for our podcast"],
    ["Subscribe", "subscribe now"],
  ])("%s differs from %s", (a, b) => {
    expect(lineTemplate(a)).not.toBe(lineTemplate(b));
  });

  test.each(["", "   ", "1", "* * *", "---", "12:30", "2024-05-01", "Example:", "Output of the command:"])("%j is not learned", (line) => {
    expect(lineTemplate(line)).toBeNull();
  });
});

describe("which lines need more evidence", () => {
  test.each([
    ["We cannot build a city on a bridge that closes at nine.", true],
    ["By signing up, you agree to our Privacy Policy and European users agree to the data transfer policy", true],
    ["Sign up for the newsletter Command Line", false],
    ["Loading comments...", false],
  ])("%s is a sentence: %s", (line, want) => {
    expect(isSentence(line)).toBe(want);
  });

  test("Markdown table rows and headings are structure; a nav line with bars is not", () => {
    expect(isLearnableLine("table-row", "| Option | Default |")).toBe(false);
    expect(isLearnableLine("heading", "## Installation")).toBe(false);
    expect(isLearnableLine("table-row", "Home | News | Sports")).toBe(true);
    expect(isLearnableLine("paragraph", "Loading comments...")).toBe(true);
  });
});

describe("isLearnedBoilerplate", () => {
  const t = { minFiles: 2, minShare: 0.5 };
  const sentence = "We cannot build a city on a bridge that closes at nine.";
  test("a short line in every file of two is learned; in one file it is not", () => {
    expect(isLearnedBoilerplate("Morning Ledger", 2, 2, t)).toBe(true);
    expect(isLearnedBoilerplate("Morning Ledger", 1, 2, t)).toBe(false);
  });
  test("a short line in too small a share of the files is not learned", () => {
    expect(isLearnedBoilerplate("Morning Ledger", 4, 10, t)).toBe(false);
    expect(isLearnedBoilerplate("Morning Ledger", 5, 10, t)).toBe(true);
  });
  test("a sentence two articles quote is never learned, even when they are all the files", () => {
    expect(isLearnedBoilerplate(sentence, 2, 2, t)).toBe(false);
    expect(isLearnedBoilerplate(sentence, 2, 4, t)).toBe(false);
    expect(isLearnedBoilerplate(sentence, 2, 3, { minFiles: 2, minShare: 0.1 })).toBe(false);
  });
  test("a sentence in most of the files of a site is learned", () => {
    expect(isLearnedBoilerplate(sentence, 10, 10, t)).toBe(true);
    expect(isLearnedBoilerplate(sentence, 3, 4, t)).toBe(true);
  });
});

describe("counting templates once per file", () => {
  test("a unit of several lines counts as one line, its breaks as spaces", () => {
    const wrapped = "Harbour Daily is printed by the Pier Press on paper from sustainable forests and\ndelivered before six every morning.\n";
    const oneLine = "Harbour Daily is printed by the Pier Press on paper from sustainable forests and delivered before six every morning.\n";
    expect(fileTemplateHashes(wrapped).length).toBe(2);
    expect([...fileTemplateHashes(wrapped)]).toEqual([...fileTemplateHashes(oneLine)]);
  });

  test("front matter lines are never counted, the same lines after it are", () => {
    const withFm = fileTemplateHashes("---\nlayout: post\ntitle: Hello\n---\n\nlayout: post\n");
    const without = fileTemplateHashes("layout: post\n");
    expect(withFm.length).toBe(2);
    expect([...withFm]).toEqual([...without]);
  });

  const song = ["Row me over, row me home,", "the tide is low.", "", "Row me over, row me home,", "the crew is four.", ""].join("\n");
  test("a refrain repeated in one file counts once", () => {
    const hashes = fileTemplateHashes(song + song);
    const counts = new TemplateCounts();
    counts.addFile(hashes);
    const distinct = new Set<string>();
    for (let i = 0; i < hashes.length; i += 2) distinct.add(`${hashes[i]}:${hashes[i + 1]}`);
    expect(distinct.size).toBe(hashes.length / 2);
    expect(counts.frequent(2, 0).counts.length).toBe(0);
    expect([...counts.frequent(1, 0).counts]).toEqual(new Array(hashes.length / 2).fill(1));
  });
  test("a line in two files counts two, and only frequent templates are handed on", () => {
    const counts = new TemplateCounts();
    counts.addFile(fileTemplateHashes("Morning Ledger\n\nFirst story about the ferry.\n"));
    counts.addFile(fileTemplateHashes("Morning Ledger\n\nSecond story about the bridge.\n"));
    counts.addFile(fileTemplateHashes("Evening Post\n"));
    const table = counts.frequent(2, 0.5);
    expect(table.files).toBe(3);
    expect([...table.counts]).toEqual([2]);
  });
  test("one thread's counts give the run's frequent templates without adding them up again; several threads', added up, the same", () => {
    const pages = ["Morning Ledger\n\nFirst story.\n", "Morning Ledger\n\nSecond story.\n", "Evening Post\n\nMorning Ledger\n", "Evening Post\n", "Weather: 3 C\n"];
    const whole = new TemplateCounts();
    for (const p of pages) whole.addFile(fileTemplateHashes(p));
    const halves = [new TemplateCounts(), new TemplateCounts()];
    pages.forEach((p, i) => halves[i % 2]?.addFile(fileTemplateHashes(p)));
    const added = new TemplateCounts(4);
    for (const h of halves) added.addTable(h.frequent(1, 0));
    for (const [minFiles, minShare] of [[1, 0], [2, 0], [3, 0], [2, 0.5], [1, 0.6]] as const) {
      const want = whole.frequent(minFiles, minShare);
      expect(frequentOf(whole.frequent(1, 0), minFiles, minShare)).toEqual(want);
      // Added up thread by thread, the templates come in another order (the table is a set).
      expect(entries(added.frequent(minFiles, minShare))).toEqual(entries(want));
    }
    expect(whole.frequent(2, 0).counts.length).toBe(2);
  });
});

/** A table's [hi, lo, count] entries, sorted. */
function entries(t: { hashes: Uint32Array; counts: Int32Array; files: number }): string[] {
  return [...t.counts].map((c, i) => `${t.hashes[2 * i]}:${t.hashes[2 * i + 1]}:${c}:${t.files}`).sort();
}

/** lineTemplate as it was first written, one regular expression after another: the fast masks must agree with it. */
function referenceTemplate(line: string): string | null {
  const t = line
    .trim()
    .replace(/\s+/g, " ")
    .replace(/\b(?:https?:\/\/|www\.)[^\s<>"']+/gi, "<url>")
    .replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, "<email>")
    .replace(/\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\b\.?)?/gi, "<time>")
    .replace(/\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?/gi, "<month>")
    .replace(/\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\b\.?/gi, "<day>")
    .replace(/\p{Nd}+/gu, "#");
  const letters = t.replace(/<(?:url|email|time|month|day)>/g, "");
  return /\p{L}/u.test(letters) && !t.endsWith(":") ? t : null;
}

describe("lineTemplate's fast masks give what the plain regular expressions give", () => {
  test.each([
    "Posted Mon. 3 Sept. 2019, 10:04 p.m. by desk@paper.example",
    "SEPEMBER thursnesday Thurs.Jan.Mon. mayé Maya may_ may5 5may _may",
    "\u00a0Tab\there  two  spaces\u2003em\u3000 ideographic ",
    "Digits ٣٤ and ४२ and 𝟘𝟙 and ① and ½",
    "http://a.example/x WWW.B.example mail:me@x.y.z 12:30:45am sat.sun.",
    "Monday:",
    "<month> <day> already masked, and a <url",
  ])("%j", (line) => {
    expect(lineTemplate(line)).toBe(referenceTemplate(line));
  });

  test("on random lines of words, names, numbers, addresses and odd spaces", () => {
    const piece = fc.oneof(
      fc.constantFrom("Mon", "monday", "Tues.", "Thursnesday", "sept", "Sepember", "May", "DEC.", "june", "sat", "sunday", "Wed"),
      fc.constantFrom("news", "posted", "by", "at", "Updated", "é", "ß", "_", "x1", "may_be"),
      fc.constantFrom("3", "10:04", "9:15 am", "12:30:45 P.M.", "٣", "𝟙", "2024"),
      fc.constantFrom("a@b.example", "www.site.example/p?q=1", "https://x.example", "@", ":", ".", ",", "<", ">", "<url>"),
      fc.constantFrom(" ", "  ", "\t", "\u00a0", "\u2003", ""),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), fc.constantFrom(" ", ""), (parts, sep) => {
        const line = parts.join(sep);
        expect(lineTemplate(line)).toBe(referenceTemplate(line));
      }),
      { numRuns: 3000 },
    );
  });
});
