import { describe, expect, test } from "vitest";
import { DedupIndex } from "../../src/core/dedup-index.js";
import { clean } from "../../src/index.js";

const SAID = "Returns a promise that settles when the task is done, and rejects when the worker throws.";
const md = (text: string) => clean(text, { format: "markdown" });
const cutLines = (text: string) => md(text).cuts.map((c) => [c.kind, c.startLine]);

describe("Markdown: the same paragraph in a parallel place of the text is kept", () => {
  test.each([
    ["under another heading", `## push(task)\n\n${SAID}\n\n## unshift(task)\n\n${SAID}\n`],
    ["under the same sub-heading of another heading", `### push(task)\n\n###### Returns\n\n${SAID}\n\n### unshift(task)\n\n###### Returns\n\n${SAID}\n`],
    ["under another setext heading", `push\n----\n\n${SAID}\n\nunshift\n-------\n\n${SAID}\n`],
    ["after another code signature", `\`\`\`ts\npush(task): Promise\n\`\`\`\n\n${SAID}\n\n\`\`\`ts\nunshift(task): Promise\n\`\`\`\n\n${SAID}\n`],
    ["after another bold label", `**Pushing**\n\n${SAID}\n\n**Unshifting**\n\n${SAID}\n`],
    ["in another list item", `* \`push(task)\` adds a task at the end\n\n    ${SAID}\n\n* \`unshift(task)\` adds a task at the start\n\n    ${SAID}\n`],
  ])("%s", (_name, text) => {
    expect(cutLines(text)).toEqual([]);
  });
});

describe("Markdown: the same paragraph in the same place, or at another depth, is a copy", () => {
  test("under one heading", () => {
    expect(cutLines(`## push(task)\n\n${SAID}\n\n${SAID}\n`)).toEqual([["duplicate", 5]]);
  });

  test("after a code block of its section; under another heading it is that section's own", () => {
    expect(cutLines(`## push(task)\n\n${SAID}\n\n\`\`\`ts\npush(task)\n\`\`\`\n\n${SAID}\n`)).toEqual([["duplicate", 9]]);
    expect(cutLines(`## Usage\n\n### Sorting\n\n${SAID}\n\n## Options\n\n${SAID}\n`)).toEqual([]);
  });

  test("a whole page pasted twice: every paragraph of the second copy", () => {
    const page = `# Queue\n\n## push(task)\n\n${SAID}\n\n## unshift(task)\n\nAdds a task at the start of the queue, ahead of every task that waits.\n`;
    expect(cutLines(`${page}\n${page}`)).toEqual([["duplicate", 15], ["duplicate", 19]]);
  });

  // In Markdown a near copy is cut only when it says nothing its kept copy does not (saysNothingNew):
  // a typo, other spacing or case, or a sentence dropped. A word for another ("settles" -> "resolves")
  // is a rewording its writer maintains, and stays; plain text still cuts it (tests/core/duplicates).
  const LONG = `${SAID} It keeps the order of the tasks it was given, whatever their size, and never runs two of them at once.`;
  test("a near copy under the same heading: a typo, a sentence dropped", () => {
    expect(cutLines(`## push(task)\n\n${LONG}\n\n${LONG.replace("settles", "setles")}\n`)).toEqual([["near-duplicate", 5]]);
    expect(cutLines(`## push(task)\n\n${LONG} It logs each one.\n\n${LONG}\n`)).toEqual([["near-duplicate", 5]]);
  });

  test("a rewording under the same heading stays in Markdown, and is cut in plain text", () => {
    const reworded = `## push(task)\n\n${LONG}\n\n${LONG.replace("settles", "is settled")}\n`;
    expect(cutLines(reworded)).toEqual([]);
    expect(clean(reworded).cuts.map((c) => [c.kind, c.startLine])).toEqual([["near-duplicate", 5]]);
    // One word more, or a short line that stands inside the kept sentence: other text.
    expect(cutLines(`## push(task)\n\n${LONG}\n\n${LONG.replace("two of them", "two of the tasks")}\n`)).toEqual([]);
  });

  test("in plain text, headings or not", () => {
    expect(clean(`## push(task)\n\n${SAID}\n\n## unshift(task)\n\n${SAID}\n`).cuts.map((c) => c.startLine)).toEqual([7]);
  });

  test("read as scraped pages: in another file at another depth, or in the same place of a file in another folder", () => {
    const index = new DedupIndex();
    const scraped = { format: "markdown", markdownText: "scraped" } as const;
    clean(`## push(task)\n\n${SAID}\n`, scraped, { index, name: "api/a.md" });
    const deeper = clean(`## Queue\n\n### unshift(task)\n\n${SAID}\n`, scraped, { index, name: "guide/b.md" });
    expect(deeper.cuts).toEqual([expect.objectContaining({ kind: "duplicate", startLine: 5, source: expect.objectContaining({ file: "api/a.md", startLine: 3 }) })]);
    const pasted = clean(`## push(task)\n\n${SAID}\n`, scraped, { index, name: "guide/c.md" });
    expect(pasted.cuts).toEqual([expect.objectContaining({ kind: "duplicate", startLine: 3, source: expect.objectContaining({ file: "api/a.md" }) })]);
  });
});

describe("Markdown: across files, the copies a writer meant are kept", () => {
  const GRANT = "Permission is hereby granted, free of charge, to any person obtaining a copy of this software, to deal in it without restriction.";
  const twoFiles = (a: string, b: string, names = ["api/a.md", "api/b.md"]) => {
    const index = new DedupIndex();
    clean(a, { format: "markdown" }, { index, name: names[0] ?? "" });
    return clean(b, { format: "markdown" }, { index, name: names[1] ?? "" }).cuts;
  };

  test.each([
    ["under a parallel heading of another file", `## push(task)\n\n${SAID}\n`, `## unshift(task)\n\n${SAID}\n`, ["api/a.md", "guide/b.md"]],
    ["two API pages of two hooks: the same heading path under other titles", `# useQueue\n\n## Caveats\n\n${SAID}\n`, `# useStack\n\n## Caveats\n\n${SAID}\n`, ["api/use-queue.md", "guide/use-stack.md"]],
    ["front matter titles stand for the page titles", `---\ntitle: useQueue\n---\n\n## Caveats\n\n${SAID}\n`, `---\ntitle: useStack\n---\n\n## Caveats\n\n${SAID}\n`, ["api/use-queue.md", "guide/use-stack.md"]],
    ["the same heading path in sibling files", `## Caveats\n\n${SAID}\n`, `## Caveats\n\n${SAID}\n`, ["api/use-queue.md", "api/use-stack.md"]],
    ["another depth in a sibling file (two release posts)", `## Upgrading\n\n${SAID}\n`, `## News\n\n### Upgrading\n\n${SAID}\n`, ["blog/v5.md", "blog/v6.md"]],
    ["a blog post's folder page beside another's", `## Get in touch\n\n${SAID}\n`, `## Get in touch\n\n${SAID}\n`, ["blog/2024-05-01-launch/index.md", "blog/2024-06-02-fix/index.md"]],
    ["an admonition", `## Caveats\n\n${SAID}\n`, `## Usage\n\n### Caveats\n\n:::warning\n\n${SAID}\n\n:::\n`, ["api/a.md", "guide/b.md"]],
    ["a paragraph in an MDX component", `## Caveats\n\n${SAID}\n`, `## Usage\n\n### Caveats\n\n<ReadMore>${SAID}</ReadMore>\n`, ["api/a.md", "guide/b.md"]],
    ["a field of a reference entry", `## a\n\n**Type:** \`string | undefined\`<br />\n<Since v="4.12.0" />\n`, `## b\n\n### c\n\n**Type:** \`string | undefined\`<br />\n<Since v="4.12.0" />\n`, ["api/a.md", "guide/b.md"]],
    ["a GitHub alert", `## Caveats\n\n${SAID}\n`, `## Usage\n\n### Caveats\n\n> [!NOTE]\n> ${SAID}\n`, ["api/a.md", "guide/b.md"]],
    ["a licence file's text", `Copyright (c) 2020 Jane Roe\n\n${GRANT}\n`, `Copyright (c) 2020 Jane Roe\n\n${GRANT}\n`, ["packages/a/LICENSE.md", "packages/b/LICENSE.md"]],
  ])("%s", (_name, a, b, names) => {
    expect(twoFiles(a, b, names)).toEqual([]);
  });

  test("a label over each code block of one section", () => {
    const label = "When we run this program, we will see the following output in the terminal:";
    const shown = '<span class="filename">Filename: src/main.rs</span>';
    const text = `## Running\n\n${label}\n\n\`\`\`text\nok\n\`\`\`\n\n${label}\n\n\`\`\`text\nfailed\n\`\`\`\n\n${shown}\n\n\`\`\`rust\nfn main() {}\n\`\`\`\n\n${shown}\n\n\`\`\`rust\nfn main() { run() }\n\`\`\`\n`;
    expect(cutLines(text)).toEqual([]);
    expect(cutLines(`## Running\n\n${label}\n\n${label}\n\n## Next\n`)).toEqual([["duplicate", 5]]);
  });

  test("an admonition repeated in one file", () => {
    expect(cutLines(`## Usage\n\n::: tip\n${SAID}\n:::\n\n${SAID}\n\n::: tip\n${SAID}\n:::\n`)).toEqual([["near-duplicate", 7]]);
  });
});

test("cleaning the kept text again cuts nothing more", () => {
  const text = `## push(task)\n\n${SAID}\n\n${SAID}\n\n## unshift(task)\n\n${SAID}\n`;
  const once = md(text);
  expect(once.cuts.map((c) => c.startLine)).toEqual([5]);
  expect(md(once.text).cuts).toEqual([]);
});

describe("Markdown: a quotation of what is said elsewhere is kept", () => {
  test("an error's message quoted above the section that explains it", () => {
    expect(cutLines(`> ${SAID}\n\n## What went wrong?\n\n${SAID}\n`)).toEqual([]);
  });

  test("an update shown as a summary, then quoted in full in a disclosure", () => {
    const text = `## Goal: faster queues\n\n${SAID}\n\n<details>\n<summary>1 detailed update available.</summary>\n\n<blockquote>\n\n${SAID}\n\n</blockquote>\n\n</details>\n`;
    expect(cutLines(text)).toEqual([]);
  });

  test("a quoted paragraph of another text, in the same place there", () => {
    const index = new DedupIndex();
    expect(clean(`## Council\n\n> ${SAID}\n`, { format: "markdown" }, { index, name: "blog/a.md" }).cuts).toEqual([]);
    expect(clean(`## Council\n\n${SAID}\n`, { format: "markdown" }, { index, name: "news/b.md" }).cuts).toEqual([]);
  });

  test("a line of a dialogue said again, a paragraph said again after a quotation: kept in authored Markdown", () => {
    const dialogue = `## Notes\n\n> ${SAID}\n\n> No, it was not.\n\n> ${SAID}\n`;
    expect(cutLines(dialogue)).toEqual([]);
    const after = `## Notes\n\n${SAID}\n\n<blockquote>\n\nSomeone else said something else entirely, at some length, on that day.\n\n</blockquote>\n\n${SAID}\n`;
    expect(cutLines(after)).toEqual([]);
    // A quotation pasted twice in a row is still a copy when the Markdown is scraped pages.
    expect(clean(`## Notes\n\n> ${SAID}\n\n> ${SAID}\n`, { format: "markdown", markdownText: "scraped" }).cuts.map((c) => c.startLine)).toEqual([5]);
  });
});

describe("Markdown: two entries of a reference describe alike at any heading level", () => {
  test("a description under `### onToggled()` and again under `#### onAppToggled()`", () => {
    expect(cutLines(`## Client events\n\n### \`onToggled()\`\n\n${SAID}\n\n## Server events\n\n### On the server\n\n#### \`onAppToggled()\`\n\n${SAID}\n`)).toEqual([]);
  });

  test("a paragraph under a heading of prose pasted under an entry at another level is that entry's own", () => {
    expect(cutLines(`## Usage\n\n### Sorting\n\n${SAID}\n\n## \`sort()\`\n\n${SAID}\n`)).toEqual([]);
  });
});

describe("Markdown: a copy in the same text is a finding only near its first copy", () => {
  const CTA = "Have a question about the queue? Ask it in the discussion forum, where the maintainers answer every week.";
  const STEP = "Pick the branch to deploy from the list, then press Deploy and wait until the status turns green.";
  const SAYINGS = [
    "Tasks now carry a priority, and the queue runs the most urgent one first whenever a worker frees up.",
    "A paused queue keeps accepting tasks; it simply holds them until somebody resumes it again.",
    "Workers that crash are restarted with a short delay, so a faulty task cannot spin the machine.",
    "The dashboard shows how long each task waited, which makes slow producers easy to spot.",
    "Retries back off exponentially, up to a ceiling you can set per task type in the settings.",
    "Old entries are pruned nightly unless you mark them as pinned from the task's detail view.",
  ];
  const other = (n: number) => SAYINGS.slice(0, n).join("\n\n");
  const END = "That is all for this release; the next one is planned for the spring, as usual.";

  test("a call to action at the top and again at the end stays", () => {
    const text = `# Queue 2.0\n\n${CTA}\n\n## What is new\n\n${other(5)}\n\n## Thanks\n\n${CTA}\n`;
    expect(cutLines(text)).toEqual([]);
    // The same text as plain text: any copy is a copy.
    expect(clean(text).cuts.map((c) => c.kind)).toEqual(["duplicate"]);
  });

  test("the same step in two procedures stays", () => {
    const text = `## From the dashboard\n\n1. Open the project page.\n2. Choose Settings.\n\n${STEP}\n\nThe dashboard keeps a log of every deploy you start from it.\n\n## From the command line\n\nInstall the client first and sign in with your account token.\n\nRun the client in the folder of the project you want to deploy.\n\n${STEP}\n`;
    expect(cutLines(text)).toEqual([]);
  });

  test("a paragraph pasted twice in a row, or left beside its rewrite, is cut", () => {
    expect(cutLines(`## Deploy\n\n${STEP}\n\n${STEP}\n\n${END}\n`)).toEqual([["duplicate", 5]]);
    expect(cutLines(`## Deploy\n\n${STEP}\n\nThen check the log of the deploy for errors and warnings.\n\n${STEP}\n\n${END}\n`)).toEqual([["duplicate", 7]]);
  });

  test("under the next heading a paragraph is that section's own; a section pasted again under a heading of the same words is cut", () => {
    expect(cutLines(`# Summit\n\n${CTA}\n\n## Who comes?\n\n${CTA}\n\n${END}\n`)).toEqual([]);
    expect(cutLines(`## Windows\n\n${STEP}\n\n### Windows\n\n${STEP}\n\n${END}\n`)).toEqual([["duplicate", 7]]);
  });

  test("a block opened by a shortcode or template tag, repeated with another body after a blank line, stays", () => {
    const block = (v: string) => `{{< code-toggle file=hugo >}}\n[markup.goldmark.extensions]\nstrikethrough = false\n\n[markup.goldmark.extensions.extras.${v}]\nenable = true\n{{< /code-toggle >}}`;
    expect(cutLines(`## Extras\n\nTo turn on subscripts, turn strikethrough off:\n\n${block("subscript")}\n\nTo keep deleted text, turn on the other one:\n\n${block("delete")}\n`)).toEqual([]);
  });

  test("three copies or more in a row are a filler or a refrain, not a paste", () => {
    const filler = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.";
    expect(cutLines(`## Tall tab\n\n${filler}\n\n${filler}\n\n${filler}\n\n${filler}\n`)).toEqual([]);
    // Two are a paste; as scraped pages every copy goes.
    expect(cutLines(`## Tall tab\n\n${filler}\n\n${filler}\n`)).toEqual([["duplicate", 5]]);
    expect(clean(`## Tall tab\n\n${filler}\n\n${filler}\n\n${filler}\n`, { format: "markdown", markdownText: "scraped" }).cuts.map((c) => c.startLine)).toEqual([5, 7]);
  });

  test("the same definition under two terms of a definition list (an option and its alias) stays", () => {
    expect(cutLines(`## Options\n\n\`--no-formula\`\n\n: ${STEP}\n\n\`--no-brew\`\n\n: ${STEP}\n`)).toEqual([]);
    // A term and its definition with no blank line between them are one unit: the definition of another term.
    expect(cutLines(`## Fields\n\nvary on key order\n: ${STEP}\n\nkey order\n: ${STEP}\n`)).toEqual([]);
    // Plain text has no definition lists: a line that opens with a colon is a copy like any other.
    expect(clean(`--no-formula\n\n: ${STEP}\n\n--no-brew\n\n: ${STEP}\n`).cuts.map((c) => c.startLine)).toEqual([7]);
  });

  test("the same answer under two questions of a template stays", () => {
    const answer = "We do not expect any such indicators to be relevant, since the field cannot change once it is set.";
    for (const [q1, q2] of [
      ["* **How can an operator tell that the feature is in use?**", "* **What are the reasonable objectives for those indicators?**"],
      ["***Do we need a health check call for this?***", "***Should we add a permanent failure status?***"],
      ["**Location 1: in the target folder**", "**Location 2: in the home folder**"],
      ["Is the feature covered by tests today?", "Can it be rolled back safely?"],
      ["> The target must build on every supported host.", "> The target must not need signed binaries."],
    ]) {
      expect(cutLines(`## Questions\n\n${q1}\n\n${answer}\n\n${q2}\n\n${answer}\n`), q1).toEqual([]);
    }
  });

  test("notes pasted twice are cut however far apart; a template's repeated lines under each date are not", () => {
    const meeting = (date: string, body: string) => `## ${date}\n\nAttendees:\n\n* Ada Lovelace\n* Alan Turing\n\nAgenda:\n\n${body}\n`;
    const notes = [meeting("May 2", `${SAYINGS[0]}\n\n${SAYINGS[1]}`), meeting("May 9", `${STEP}\n\n${SAYINGS[2]}`), meeting("May 16", `${SAYINGS[3]}\n\n${SAYINGS[4]}`)].join("\n");
    // The notes of May 2 are there twice, after two other meetings: every line of the copy goes.
    const twice = `# Notes\n\n${notes}\n${meeting("May 2", `${SAYINGS[0]}\n\n${SAYINGS[1]}`)}`;
    const cuts = cutLines(twice);
    expect(cuts.map(([, line]) => line)).toEqual(cuts.map(([, line]) => line).filter((l) => (l as number) > 30));
    expect(cuts.filter(([kind]) => kind === "duplicate").length).toBeGreaterThanOrEqual(2);
    // The same greeting in each meeting's notes, under each date: the template's, kept.
    const greeting = "Any new contributors today? Please introduce yourself, we are happy to help you start.";
    const weekly = [meeting("May 2", `${greeting}\n\n${SAYINGS[0]}`), meeting("May 9", `${greeting}\n\n${SAYINGS[1]}`)].join("\n");
    expect(cutLines(weekly)).toEqual([]);
  });

  test("a template's sub-section under two entries stays where it goes on otherwise; pasted whole, it goes", () => {
    const codes = (more: string) => `### Return Codes\n\n[Success](https://example.org/spec#success)\n\n- \`RESULT_OK\`\n- \`RESULT_PENDING\`\n\n[Failure](https://example.org/spec#failure-codes-of-the-session-calls)\n\n- \`ERROR_UNSUPPORTED\`\n${more}- \`ERROR_SESSION_LOST\`\n`;
    const call = (name: string, more: string) => `\`\`\`c\nResult ${name}(Session session);\n\`\`\`\n\n### Parameter Descriptions\n\n- \`session\` is the session to ${name}.\n\n${codes(more)}`;
    // The second call returns two codes more: its codes are its own, every line of them.
    expect(cutLines(`## Sessions\n\n${call("start", "")}\n${call("finish", "- \`ERROR_FUTURE_INVALID\`\n- \`ERROR_FUTURE_PENDING\`\n")}`)).toEqual([]);
    // The same call's sub-section pasted whole again: its lines go.
    expect(cutLines(`## Sessions\n\n${call("start", "")}\n${codes("")}`).map(([, line]) => line)).toEqual([25, 27, 28, 30, 32, 33]);
  });

  test("a long section pasted twice is cut whole, however long it is", () => {
    const section = `## Deploy\n\n${STEP}\n\n${other(6)}\n`;
    const cuts = cutLines(`# Guide\n\n${section}\n${section}\n## Next\n\n${END}\n`);
    expect(cuts.length).toBe(7);
    expect(cuts.every(([kind]) => kind === "duplicate")).toBe(true);
  });

  test("two sections of other text between: the writer's repetition, kept", () => {
    // (At another depth, so that the parallel-place rule, which keeps it anyway, does not decide.)
    expect(cutLines(`## Deploy\n\n${STEP}\n\n## Logs\n\n${other(1)}\n\n## Rollback\n\n### Steps\n\n${STEP}\n`)).toEqual([]);
    // Little text between but a heading: the section's own. No heading and little text: an accident.
    expect(cutLines(`## Deploy\n\n${STEP}\n\n${other(2)}\n\n### Steps\n\n${STEP}\n\n${END}\n`)).toEqual([]);
    expect(cutLines(`## Deploy\n\n${STEP}\n\n${other(3)}\n\n${STEP}\n\n${END}\n`)).toEqual([["duplicate", 11]]);
    expect(cutLines(`## Deploy\n\n${STEP}\n\n${other(4)}\n\n${STEP}\n\n${END}\n`)).toEqual([]);
  });

  test("a sentence of the paragraph above left over after the table that follows it", () => {
    const para = "Read the text around each example to see whether it is meant to fail. In most chapters, we show the working version of any code that fails right after it.\nA crab drawing marks the code that is not meant to work:";
    const table = "| Crab | Meaning |\n| --- | --- |\n| crab.svg | It does not compile |\n| crab2.svg | It panics |";
    const text = `## Reading errors\n\n${para}\n\n${table}\n\nIn most chapters, we show the working version of any code that fails right after it.\n\n## Source code\n\n${END}\n`;
    expect(cutLines(text)).toEqual([["near-duplicate", 11]]);
  });
});


describe("Markdown: what belongs to the block beside it", () => {
  const LEAD = "This specification registers the following entry in the registry of permanent message header field names that the earlier document set up:";
  test("a lead-in of any length over a list of its own stays", () => {
    const text = `## Registrations\n\n${LEAD}\n\n* Field name: Variants\n* Status: standard\n\n${LEAD}\n\n* Field name: Variant-Key\n* Status: standard\n`;
    expect(cutLines(text)).toEqual([]);
    // The lead-in and its list pasted twice: the second copy goes.
    const twice = `## Registrations\n\n${LEAD}\n\n* Field name: Variants\n* Status: standard\n\n${LEAD}\n\n* Field name: Variants\n* Status: standard\n`;
    expect(cutLines(twice)).toContainEqual(["duplicate", 8]);
  });

  test("a caption under an image of its own stays", () => {
    const credit = "_Picture: [Numbers for Everyone](https://example.org/numbers), drawn for the chapter on factors and shared under its licence_";
    const text = `## Factors\n\n![Composite numbers](https://example.org/composite.svg)\n\n${credit}\n\nPrime factors are the primes that multiply together to give a number: 39 has 3 and 13.\n\n![Factors](https://example.org/factors.svg)\n\n${credit}\n`;
    expect(cutLines(text)).toEqual([]);
    // Under the same picture twice, the caption is pasted twice.
    const same = text.replace("factors.svg", "composite.svg").replace("![Factors]", "![Composite numbers]");
    expect(cutLines(same)).toContainEqual(["duplicate", 11]);
  });

  test("a caption that says again the alt text of the image right above it stays", () => {
    const words = "A timeline of the main thread that waits on a lock a worker\nthread holds";
    const text = (caption: string) => `## Locks\n\nThe trace shows the wait clearly.\n\n![Figure 3. ${words}](https://example.org/images/main-thread-lock.png)\n\n${caption}\n\nMove the read off the main thread.\n`;
    expect(cutLines(text(`**Figure 3.** ${words}`))).toEqual([]);
    // The caption pasted twice under it: the second goes.
    expect(cutLines(text(`**Figure 3.** ${words}\n\n**Figure 3.** ${words}`))).toContainEqual(["duplicate", 11]);
  });
});

describe("Markdown: an entry pasted twice into one list", () => {
  const A = "- [fastparse](https://example.org/fastparse) - A streaming parser for large JSON documents, with schemas.";
  const B = "- [slowparse](https://example.org/slowparse) - A careful parser that names the line and column of every error.";
  const C = "* A streaming parser for [large JSON documents](https://example.org/json) that checks each value as it reads.";

  test("the second copy of an unordered entry, in a tight or a loose list, names the first", () => {
    expect(cutLines(`# Parsers\n\n${A}\n${B}\n${A}\n`)).toEqual([["duplicate", 5]]);
    expect(cutLines(`# Parsers\n\n${C}\n\n${B}\n\n${C}\n`)).toEqual([["duplicate", 7]]);
    const cut = md(`# Parsers\n\n${A}\n${B}\n${A}\n`).cuts[0];
    expect(cut?.rule).toBe("list-entry");
    expect(cut?.source?.startLine).toBe(3);
  });

  test("kept: the same entry in two lists, a numbered step, a sub-entry under two parents, a step without a link, another link, a short entry", () => {
    expect(cutLines(`## Fast\n\n${A}\n\n## Also good\n\n${A}\n`)).toEqual([]);
    expect(cutLines(`${A}\n${B}\n\nThe second list follows, about other parsers of other formats.\n\n${A}\n`)).toEqual([]);
    const step = "Stir the sauce over a low heat until it thickens and coats the back of a spoon.";
    expect(cutLines(`1. ${step}\n2. Add the butter in small pieces, one at a time.\n3. ${step}\n`)).toEqual([]);
    expect(cutLines(`${A}\n${A.replace("example.org/fastparse", "example.org/fastparse2")}\n`)).toEqual([]);
    expect(cutLines(`- Fixed a crash.\n- Other fix here.\n- Fixed a crash.\n`)).toEqual([]);
    // A sub-entry said again under another parent, a step that comes back in a procedure (no link).
    const rule = "  - **SHOULD** follow the [error codes](#error-codes) listed in the section below this one";
    expect(cutLines(`- \`message\`\n${rule}\n- \`code\`\n${rule}\n`)).toEqual([]);
    const again = "- The server sends a new job with the minimal information the miner needs to start";
    expect(cutLines(`${again}\n- The client mines on the job until it finds a solution or a new job\n${again}\n`)).toEqual([]);
    // Entries the fingerprint folds together (punctuation), the same words in another case: two entries.
    expect(cutLines("- `cmd1|cmd2` : the second command runs whether the first succeeds, see <https://example.org/sh>.\n- `cmd1&cmd2` : the second command runs whether the first succeeds, see <https://example.org/sh>.\n")).toEqual([]);
    expect(cutLines("- A test marked `edition: 2018` runs with the [2018 edition](https://example.org/e).\n- A test marked `edition: 2018..` runs with the [2018 edition](https://example.org/e).\n")).toEqual([]);
  });

  test("an entry over a sub-list of its own stays: a table of contents that names two sections alike", () => {
    const more = "- [More to learn](#more-to-learn-about-the-subject-before-you-start)";
    const toc = `## Contents\n\n${more}\n    - [Binary search](#binary-search)\n    - [Bit tricks](#bit-tricks)\n- [Graphs](#graphs)\n${more}\n    - [Recursion](#recursion)\n    - [Dynamic programming](#dynamic-programming)\n`;
    expect(cutLines(toc)).toEqual([]);
    // The outline pasted twice brings the same sub-entries along: its second parent is a copy.
    const twice = `## Contents\n\n${more}\n    - [Binary search](#binary-search)\n- [Graphs](#graphs)\n${more}\n    - [Binary search](#binary-search)\n`;
    expect(cutLines(twice)).toContainEqual(["duplicate", 6]);
  });

  test("cleaning the kept text again cuts nothing more", () => {
    const once = md(`# Parsers\n\n${A}\n${B}\n${A}\n${B}\n`).text;
    expect(md(once).text).toBe(once);
    expect(once).toBe(`# Parsers\n\n${A}\n${B}\n`);
  });

  test("plain text is unchanged: list entries are cut only inside a repeated block", () => {
    expect(clean(`Parsers worth knowing about, in no order.\n\n${A}\n${B}\n${A}\n`).cuts).toEqual([]);
  });
});
