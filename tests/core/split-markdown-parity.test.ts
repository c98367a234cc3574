// The markdown-it block splitter against the micromark (mdast) splitter it replaced: the same units on
// the same texts, so that findings stay what they were. Over every Markdown fixture, documents written
// for the constructs where the two parsers read differently unless told (lazy HTML lines, lists after
// indented code or a definition, footnotes, front matter), and generated documents of whole blocks.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { splitLines } from "../../src/core/lines.js";
import { splitMarkdownUnits } from "../../src/core/markdown/split-markdown.js";
import { micromarkUnits } from "../helpers/micromark-units.js";

const show = (units: { first: number; last: number; kind: string }[]): string[] => units.map((u) => `${u.kind}:${u.first + 1}-${u.last + 1}`);
const both = (md: string): [string[], string[]] => {
  const lines = splitLines(md);
  return [show(splitMarkdownUnits(md, lines)), show(micromarkUnits(md, lines))];
};

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return markdownFiles(p);
    return /\.mdx?$/.test(name) ? [p] : [];
  });
}

describe("markdown-it splitter = micromark splitter", () => {
  const fixtures = markdownFiles(path.resolve(import.meta.dirname, "../../fixtures"));
  test("there are Markdown fixtures to compare", () => expect(fixtures.length).toBeGreaterThan(3));
  test.each(fixtures.map((f) => [path.relative(process.cwd(), f), f]))("%s", (_name, file) => {
    const [mine, reference] = both(readFileSync(file, "utf8"));
    expect(mine).toEqual(reference);
  });

  test.each([
    ["a tag on a lazy line after a list item's paragraph", "<Steps>\n1. Click **Save**.\n\n2. Open the page.\n</Steps>\n</Box>\n\nAfter.\n"],
    ["a lazy tag, then lazy text", "1. para\n</Steps>\nmore text\n"],
    ["a lazy tag, then lines inside the item", "- [ ] task\n<Steps>\n      deep\n\n  - sub\n"],
    ["a lazy tag in a block quote", "> quote\nmore words here\n</Steps>\n<span>x</span>\n"],
    ["a lazy closing script tag", "- item\n</script>\n"],
    ["a lazy block-level tag", "- item\n</div>\ntext\n"],
    ["ordered lists after indented code", "para\n\n    code\n\n2. Create a file\n3. Run it\n- a bullet\n\n1. one\n"],
    ["an empty item after indented code", "    code\n\n-\n"],
    ["a list after a definition", "[ref]: https://example.com\n10. ten\npara text\n"],
    ["footnote definitions", "Text[^1] and more[^note].\n\n[^1]: The first note.\n[^note]: A note\n    that goes on.\n\n[^a b]: not a footnote\n"],
    ["front matter, TOML and unclosed", "+++\ntitle = 'x'\n+++\n\n# Head\n"],
    ["a thematic break first, no front matter", "---\n\ntext\n\n---\n"],
    ["a first line that opens front matter never closed", "---\n\n- a\n\n> <b>b</b> q\n"],
    ["a table interrupting nothing", "Intro:\n\n| a | b |\n| - | - |\n| 1 | 2 |\nafter\n"],
    ["HTML inside a quote", "> a <b>bold</b> word\n\n> plain\n"],
    ["a BOM and CRLF", "\uFEFF# Title\r\n\r\ntext\r\n"],
    ["MDX", "import A from './a';\nexport const x = 1;\n\n<A />\n\ntext\n"],
  ])("%s", (_name, md) => {
    const [mine, reference] = both(md);
    expect(mine).toEqual(reference);
  });

  test("documents of whole blocks split alike", () => {
    const word = fc.constantFrom("alpha", "beta", "gamma", "delta", "`code`", "**bold**", "[link](x)", "<b>b</b>", "12", "end.");
    const text = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(" "));
    const para = fc.array(text, { minLength: 1, maxLength: 3 }).map((ls) => ls.join("\n"));
    const block = fc.oneof(
      para,
      text.map((t) => `## ${t}`),
      fc.array(text, { minLength: 1, maxLength: 4 }).map((ls) => ls.map((l) => `- ${l}`).join("\n")),
      fc.array(text, { minLength: 1, maxLength: 4 }).map((ls) => ls.map((l, i) => `${i + 1}. ${l}`).join("\n")),
      fc.tuple(text, para).map(([a, b]) => `- ${a}\n\n  ${b.replace(/\n/g, "\n  ")}`),
      para.map((p) => p.replace(/^/gm, "> ")),
      text.map((t) => "```js\n" + t + "\n```"),
      text.map((t) => `    ${t}`),
      fc.tuple(text, text).map(([a, b]) => `| ${a} | x |\n| --- | --- |\n| ${b} | y |`),
      text.map((t) => `<div>\n${t}\n</div>`),
      text.map((t) => `[${t.length}]: https://example.com/${t.length}`),
      text.map((t) => `[^${t.length}]: ${t}`),
      fc.constant("---"),
    );
    const doc = fc.tuple(fc.array(fc.tuple(block, fc.constantFrom("\n\n", "\n\n\n", "\n")), { minLength: 1, maxLength: 8 }), fc.boolean()).map(
      ([blocks, matter]) => (matter ? "---\ntitle: T\n---\n\n" : "") + blocks.map(([b, sep]) => b + sep).join(""),
    );
    fc.assert(
      fc.property(doc, (md) => {
        const [mine, reference] = both(md);
        expect(mine).toEqual(reference);
      }),
      { numRuns: 300, seed: 17 },
    );
  });
});
