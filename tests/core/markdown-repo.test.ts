// A small docs repository in Markdown: repeated "## Example" headings and code blocks, a changelog
// with repeated entries, tables and front matter, and one paragraph pasted into a doc of another
// folder at another depth (a copy in another file is the writer's in authored Markdown; read as
// scraped pages, a copy in a parallel place or anywhere in a sibling page is still kept), and a
// paragraph left twice in a row by an edit.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { clean } from "../../src/core/clean.js";
import { DedupIndex } from "../../src/core/dedup-index.js";
import { loadFormat } from "../../src/core/unit-splitters.js";

const dir = new URL("../../fixtures/markdown-repo/", import.meta.url);
const files = ["CHANGELOG.md", "README.md", "docs/configuration.md", "guide/filing.md"]; // path order
const read = (f: string): string => readFileSync(new URL(f, dir), "utf8");

/** 1-based line of the n-th line that starts with `start`. */
function lineOf(file: string, start: string, nth = 1): number {
  let seen = 0;
  const lines = read(file).split("\n");
  for (let i = 0; i < lines.length; i++) if ((lines[i] ?? "").startsWith(start) && ++seen === nth) return i + 1;
  throw new Error(`${file}: no line ${nth} starting ${start}`);
}

describe("a Markdown docs repository", () => {
  const findings = async (markdownText: "authored" | "scraped") => {
    await loadFormat("markdown");
    const index = new DedupIndex();
    return files.flatMap((file) =>
      clean(read(file), { format: "markdown", markdownText }, { index, name: file }).cuts.map((c) => ({
        file,
        line: c.startLine,
        kind: c.kind,
        source: c.source ? `${c.source.file ?? file}:${c.source.startLine}` : undefined,
      })),
    );
  };
  const pastedTwice = () => ({ file: "README.md", line: lineOf("README.md", "The filer moves", 2), kind: "duplicate", source: `README.md:${lineOf("README.md", "The filer moves")}` });

  test("authored (the default): only the paragraph pasted twice in a row is cut; a copy in another doc is the writer's", async () => {
    expect(await findings("authored")).toEqual([pastedTwice()]);
  });

  test("scraped: a paragraph pasted between two docs is cut too", async () => {
    const found = await findings("scraped");
    // The README's usage paragraph shown again under "## Options" is two sections, a paragraph and
    // a table away from its first copy: in Markdown that is the writer's repetition, and it stays
    // (AuthoredCopies.close); the copy pasted right after its first one is cut.
    expect(found).toEqual([
      pastedTwice(),
      {
        file: "guide/filing.md",
        line: lineOf("guide/filing.md", "Before you change"),
        kind: "duplicate",
        source: `docs/configuration.md:${lineOf("docs/configuration.md", "Before you change")}`,
      },
    ]);
  });

  test("the same files read as plain text would lose more (the protection is what keeps them)", () => {
    const index = new DedupIndex();
    const asText = files.reduce((n, file) => n + clean(read(file), { format: "text" }, { index, name: file }).cuts.length, 0);
    expect(asText).toBeGreaterThan(2);
  });
});
