// keptLines: the rows it keeps, prefixes taken off, are exactly the clean text's lines.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { clean } from "../../src/core/clean.js";
import { splitLines } from "../../src/core/lines.js";
import { keptLines, stripBom } from "../../src/report/html-kept-lines.js";

function rebuilt(input: string): { kept: string[] | null; clean: string[] } {
  const r = clean(input);
  const lines = splitLines(input);
  const flags = keptLines(input, lines, r.cuts, r.text);
  const prefix = new Map(r.cuts.filter((c) => c.prefix).map((c) => [c.startLine, c.text.length]));
  const out = splitLines(r.text);
  const cleanLines = out.start.map((s, i) => r.text.slice(s, out.end[i]));
  if (cleanLines[0] !== undefined) cleanLines[0] = stripBom(cleanLines[0]);
  if (!flags) return { kept: null, clean: cleanLines };
  const kept = lines.start
    .map((s, i) => stripBom(input.slice(s, lines.end[i])).slice(prefix.get(i + 1) ?? 0))
    .filter((_, i) => flags[i]);
  return { kept, clean: cleanLines };
}

const PARAS = [
  "The committee met on Tuesday to discuss the budget for the coming year in some detail.",
  "Residents asked for more frequent buses on the northern route during the winter months.",
  "Advertisement",
  "Quote from Ann on May 1, 2024, 9:00 AMThe meeting ran late into the evening once again.",
  "Subscribe to our newsletter",
  "Short line",
  "",
  "   ",
];

describe("keptLines", () => {
  test.each([
    ["blank runs around cuts", "A first paragraph that is long enough to be counted here.\n\n\nAdvertisement\n\n\nA first paragraph that is long enough to be counted here.\n\nEnd line of the text.\n"],
    ["CRLF and a BOM", "\uFEFFAdvertisement\r\nA paragraph of plain words that runs on for a while.\r\n\r\nA paragraph of plain words that runs on for a while.\r\n"],
    ["a stripped prefix", PARAS[3] ?? ""],
  ])("%s", (_, input) => {
    const { kept, clean } = rebuilt(input);
    expect(kept).toEqual(clean);
  });

  test("holds for texts made of repeated paragraphs, boilerplate and blank lines", () => {
    const text = fc
      .tuple(fc.array(fc.constantFrom(...PARAS), { maxLength: 14 }), fc.constantFrom("\n", "\r\n"), fc.boolean())
      .map(([ls, eol, final]) => ls.join(eol) + (final ? eol : ""));
    fc.assert(
      fc.property(text, (input) => {
        const { kept, clean } = rebuilt(input);
        expect(kept).toEqual(clean);
      }),
      { numRuns: 200 },
    );
  });
});
