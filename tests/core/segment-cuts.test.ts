// The stream cleaner's shortcut for buffers without a blank line: it must never miss a blank line
// the splitters would see, and must cut where fallbackCut cuts.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { splitLines } from "../../src/core/lines.js";
import { lastLineCut, scanForBlankLine } from "../../src/core/segment-cuts.js";

/** Texts of line endings, white space, U+FEFF and letters, so that blank lines and CRLF splits are common. */
const text = fc
  .array(fc.constantFrom("\n", "\r", "\r\n", " ", "\t", "\u00a0", "\u2028", "\ufeff", "a", "b c", "word "), { maxLength: 40 })
  .map((xs) => xs.join(""));

function hasBlankLine(s: string): boolean {
  const l = splitLines(s);
  return l.start.some((from, i) => s.slice(from, l.end[i]).trim() === "");
}

describe("scanForBlankLine", () => {
  test("finds every blank line, also when the text grows between scans", () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const r = scanForBlankLine(a, 0);
        if (hasBlankLine(a)) expect(r).toBe(-1);
        if (r >= 0 && hasBlankLine(a + b)) expect(scanForBlankLine(a + b, r)).toBe(-1);
      }),
      { numRuns: 3000 },
    );
  });

  test("reports none where there is none", () => {
    expect(scanForBlankLine("one\ntwo\r\nthree", 0)).toBeGreaterThanOrEqual(0);
    expect(scanForBlankLine("one\r\ntwo\r", 0)).toBe(5);
    expect(scanForBlankLine("one\ntwo\n", 0)).toBe(8);
    expect(scanForBlankLine("one\n\ntwo", 0)).toBe(-1);
    expect(scanForBlankLine("one\n \u00a0\ntwo", 0)).toBe(-1);
    expect(scanForBlankLine("one\r\rtwo", 0)).toBe(-1);
  });
});

describe("lastLineCut", () => {
  test("is the start of the last line after the first that does not open with U+FEFF", () => {
    fc.assert(
      fc.property(text, (s) => {
        const starts = splitLines(s).start;
        let want = 0;
        for (let l = starts.length - 1; l >= 1; l--) {
          if (s.charCodeAt(starts[l] ?? 0) !== 0xfeff) {
            want = starts[l] ?? 0;
            break;
          }
        }
        expect(lastLineCut(s)).toBe(want);
      }),
      { numRuns: 3000 },
    );
  });
});
