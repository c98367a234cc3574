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

  test("at another depth: a usage paragraph pasted under the options", () => {
    expect(cutLines(`## Usage\n\n### Sorting\n\n${SAID}\n\n## Options\n\n${SAID}\n`)).toEqual([["duplicate", 9]]);
    expect(cutLines(`## push(task)\n\n${SAID}\n\n\`\`\`ts\npush(task)\n\`\`\`\n\n${SAID}\n`)).toEqual([["duplicate", 9]]);
  });

  test("a whole page pasted twice: every paragraph of the second copy", () => {
    const page = `# Queue\n\n## push(task)\n\n${SAID}\n\n## unshift(task)\n\nAdds a task at the start of the queue, ahead of every task that waits.\n`;
    expect(cutLines(`${page}\n${page}`)).toEqual([["duplicate", 15], ["duplicate", 19]]);
  });

  test("a near copy under the same heading", () => {
    const long = `${SAID} It keeps the order of the tasks it was given, whatever their size, and never runs two of them at once.`;
    expect(cutLines(`## push(task)\n\n${long}\n\n${long.replace("settles", "resolves")}\n`)).toEqual([["near-duplicate", 5]]);
  });

  test("in plain text, headings or not", () => {
    expect(clean(`## push(task)\n\n${SAID}\n\n## unshift(task)\n\n${SAID}\n`).cuts.map((c) => c.startLine)).toEqual([7]);
  });

  test("in another file, whatever its headings", () => {
    const index = new DedupIndex();
    clean(`## push(task)\n\n${SAID}\n`, { format: "markdown" }, { index, name: "a.md" });
    const b = clean(`## unshift(task)\n\n${SAID}\n`, { format: "markdown" }, { index, name: "b.md" });
    expect(b.cuts).toEqual([expect.objectContaining({ kind: "duplicate", startLine: 3, source: expect.objectContaining({ file: "a.md", startLine: 3 }) })]);
  });
});

test("cleaning the kept text again cuts nothing more", () => {
  const text = `## push(task)\n\n${SAID}\n\n${SAID}\n\n## unshift(task)\n\n${SAID}\n`;
  const once = md(text);
  expect(once.cuts.map((c) => c.startLine)).toEqual([5]);
  expect(md(once.text).cuts).toEqual([]);
});
