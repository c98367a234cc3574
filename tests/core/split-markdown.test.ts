import { describe, expect, test } from "vitest";
import { clean } from "../../src/index.js";
import { splitLines } from "../../src/core/lines.js";
import { splitMarkdownUnits } from "../../src/core/markdown/split-markdown.js";

function units(md: string): string[] {
  const lines = splitLines(md);
  return splitMarkdownUnits(md, lines).map((u) => `${u.kind}:${u.first + 1}-${u.last + 1}`);
}

const PARA = "This paragraph was pasted twice by someone who edits the docs in a hurry every week.";

describe("splitMarkdownUnits", () => {
  test.each([
    ["front matter", "---\ntitle: A\n---\n\ntext here\n", ["code:1-3", "paragraph:5-5"]],
    ["a fenced block with blank lines", "```js\na\n\nb\n```\n", ["code:1-5"]],
    ["an indented block", "para\n\n    code\n    more\n", ["paragraph:1-1", "code:3-4"]],
    ["a table", "| a | b |\n|---|---|\n| 1 | 2 |\n", ["code:1-3"]],
    ["an HTML block", "<div>\nx\n</div>\n", ["code:1-3"]],
    ["a definition", "[x]: https://example.com\n", ["code:1-1"]],
    ["a heading", "## Example\n", ["code:1-1"]],
    ["list items", "- one\n- two\n  wrapped\n", ["list-item:1-1", "list-item:2-3"]],
    ["a nested list", "- one\n  - two\n", ["list-item:1-1", "list-item:2-2"]],
    ["a block quote", "> a\n> b\n\n> c\n> ```\n> x\n> ```\n", ["paragraph:1-2", "code:4-7"]],
    ["CRLF and a lazy paragraph", "# T\r\n\r\npara\r\nlazy\r\n", ["code:1-1", "paragraph:3-4"]],
    ["an unclosed fence", "```\ncode\n\n\n", ["code:1-2"]],
    ["MDX imports", "import Tabs from '~/components/Tabs.astro';\nimport { Card, Grid } from \"ui\";\n\ntext\n", ["code:1-2", "paragraph:4-4"]],
    ["an MDX side-effect import", "import './styles.css';\n", ["code:1-1"]],
    ["MDX exports", "export const meta = { title: 'A' };\n\nexport default function Layout() {}\n", ["code:1-1", "code:3-3"]],
    ["prose that starts with Import", "Import the data from the old site, then export it.\n", ["paragraph:1-1"]],
    ["prose with a lower-case import", "import your keys from the vault first, then export the list\n", ["paragraph:1-1"]],
    ["an import statement inside a list item is the author's text", "- import x from 'y'\n", ["list-item:1-1"]],
  ])("%s", (_name, md, expected) => {
    expect(units(md)).toEqual(expected);
  });
});

describe("clean with format markdown", () => {
  test("cuts a repeated paragraph but keeps repeated headings and code blocks", () => {
    const block = "```sh\nnpm install winnow --save-dev and then run it\n```\n";
    const md = `# Title\n\n## Example\n\n${PARA}\n\n${block}\n## Example\n\n${PARA}\n\n${block}`;
    const r = clean(md, { format: "markdown" });
    expect(r.cuts.map((c) => [c.kind, c.startLine])).toEqual([["duplicate", 13]]);
    expect(r.text).toBe(`# Title\n\n## Example\n\n${PARA}\n\n${block}\n## Example\n\n${block}`);
  });

  test("never cuts a table or front matter repeated verbatim", () => {
    const table = "| word | meaning of the word in this glossary |\n|---|---|\n| a | b |\n";
    const md = `---\ntitle: same\n---\n\n${table}\n${table}`;
    expect(clean(md, { format: "markdown" }).cuts).toEqual([]);
  });

  test("MDX import lines repeated at the top of every page are never cut", () => {
    const imports = "import { Steps, Tabs, TabItem } from '@example/components';\nimport ReadMore from '~/components/ReadMore.astro';\n";
    const md = `${imports}\n${PARA}\n\n${imports}\n${PARA}\n`;
    expect(clean(md, { format: "markdown" }).cuts.map((c) => c.startLine)).toEqual([9]);
  });

  test("the same text read as plain text does cut the repeated code line", () => {
    const md = `${PARA}\n\n    ${PARA}\n\n${PARA}\n`;
    expect(clean(md, { format: "markdown" }).cuts.map((c) => c.startLine)).toEqual([5]);
  });
});
