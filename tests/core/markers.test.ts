import { describe, expect, test } from "vitest";
import { clean } from "../../src/index.js";

const PARA = "A paragraph that a careless editor pasted into this page twice over the years of edits.";

describe.each(["text", "markdown"] as const)("markers in %s", (format) => {
  test("without markers the copy is cut", () => {
    expect(clean(`${PARA}\n\n${PARA}\n`, { format }).cuts).toHaveLength(1);
  });

  test("disable … enable keeps what stands between them, and cutting resumes after", () => {
    const t = `${PARA}\n\n<!-- winnow-disable -->\n\n${PARA}\n\n<!-- winnow-enable -->\n\n${PARA}\n`;
    const r = clean(t, { format });
    expect(r.cuts.map((c) => c.startLine)).toEqual([9]);
  });

  test("disable without enable runs to the end", () => {
    const t = `${PARA}\n\n<!-- winnow-disable -->\n\n${PARA}\n\n${PARA}\n`;
    expect(clean(t, { format }).cuts).toEqual([]);
  });

  test("disable-next protects only the next unit", () => {
    const t = `${PARA}\n\n<!-- winnow-disable-next -->\n${PARA}\n\n${PARA}\n`;
    const r = clean(t, { format });
    expect(r.cuts.map((c) => c.startLine)).toEqual([6]);
  });

  test("a marker inside a fenced code block is text, not a marker", () => {
    const t = `${PARA}\n\n\`\`\`\n<!-- winnow-disable -->\n\`\`\`\n\n${PARA}\n`;
    expect(clean(t, { format }).cuts.map((c) => c.startLine)).toEqual([7]);
  });
});

// MDX 2 and later refuse an HTML comment ("Unexpected character `!`"): there the markers are comment expressions.
describe.each(["text", "markdown"] as const)("MDX comment-expression markers in %s", (format) => {
  test("{/* winnow-disable */} … {/* winnow-enable */} keeps what stands between them", () => {
    const t = `${PARA}\n\n{/* winnow-disable */}\n\n${PARA}\n\n{/*winnow-enable*/}\n\n${PARA}\n`;
    expect(clean(t, { format }).cuts.map((c) => c.startLine)).toEqual([9]);
  });

  test("{/* winnow-disable-next */} protects only the next unit", () => {
    const t = `${PARA}\n\n{/* winnow-disable-next */}\n${PARA}\n\n${PARA}\n`;
    expect(clean(t, { format }).cuts.map((c) => c.startLine)).toEqual([6]);
  });

  test("an expression that is not only the marker is no marker", () => {
    const t = `${PARA}\n\n{/* winnow-disable-next */ x}\n\n${PARA}\n`;
    expect(clean(t, { format }).cuts.map((c) => c.startLine)).toEqual([5]);
  });
});
