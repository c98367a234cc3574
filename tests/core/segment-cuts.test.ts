// The stream cleaner's shortcut for buffers without a blank line: it must never miss a blank line
// the splitters would see, and must cut where fallbackCut cuts.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { splitLines } from "../../src/core/lines.js";
import { BlankLineScan, lastLineCut } from "../../src/core/segment-cuts.js";
import { scanForBlankLine } from "../helpers/blank-line-reference.js";

/** Texts of line endings, white space, U+FEFF and letters, so that blank lines and CRLF splits are common. */
const text = fc
  .array(fc.constantFrom("\n", "\r", "\r\n", " ", "\t", "\u00a0", "\u2028", "\ufeff", "a", "b c", "word "), { maxLength: 40 })
  .map((xs) => xs.join(""));

function hasBlankLine(s: string): boolean {
  const l = splitLines(s);
  return l.start.some((from, i) => s.slice(from, l.end[i]).trim() === "");
}

/** BlankLineScan's answer after reading `s` in pieces cut at `cuts`. */
function scanInPieces(s: string, cuts: number[], scan = new BlankLineScan()): boolean {
  let from = 0;
  for (const at of [...new Set(cuts.map((c) => c % (s.length + 1)))].sort((x, y) => x - y)) {
    scan.add(s.slice(from, at));
    from = at;
  }
  scan.add(s.slice(from));
  return scan.mayHaveBlankLine;
}

describe("BlankLineScan", () => {
  test("read in any pieces, answers as the scan over the whole text did: never misses a blank line", () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 8 }), (s, cuts) => {
        const may = scanInPieces(s, cuts);
        expect(may).toBe(scanForBlankLine(s, 0) < 0);
        if (hasBlankLine(s)) expect(may).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  test("asked between pieces, and started again", () => {
    fc.assert(
      fc.property(text, text, text, (a, b, c) => {
        const scan = new BlankLineScan();
        expect(scanInPieces(a, [], scan)).toBe(scanForBlankLine(a, 0) < 0);
        expect(scanInPieces(b, [], scan)).toBe(scanForBlankLine(a + b, 0) < 0);
        scan.reset();
        expect(scanInPieces(c, [1, 2], scan)).toBe(scanForBlankLine(c, 0) < 0);
      }),
      { numRuns: 3000 },
    );
  });

  test("pieces read as their UTF-8 (addBytes), or some as text, answer as pieces read as text", () => {
    const spaces = fc.constantFrom(" ", "\t", "\v", "\f", "\u00a0", "\u1680", "\u2000", "\u2005", "\u200a", "\u200b", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff", "\u00a1", "\u1681", "\u2030", "\u3001", "\ufefe", "\ud83d\ude00");
    const mixed = fc.array(fc.oneof(spaces, fc.constantFrom("\n", "\r", "\r\n", "a", "b c", "\u00e9")), { maxLength: 40 }).map((xs) => xs.join(""));
    fc.assert(
      fc.property(mixed, fc.array(fc.nat(), { maxLength: 8 }), fc.array(fc.boolean(), { maxLength: 9 }), (s, at, asText) => {
        const cuts = [...new Set(at.map((c) => c % (s.length + 1)))]
          .filter((p) => !(p > 0 && (s.charCodeAt(p - 1) & 0xfc00) === 0xd800))
          .sort((x, y) => x - y);
        const scan = new BlankLineScan();
        let from = 0;
        [...cuts, s.length].forEach((p, k) => {
          const piece = s.slice(from, p);
          if (asText[k]) scan.add(piece);
          else scan.addBytes(new TextEncoder().encode(piece));
          from = p;
        });
        expect(scan.mayHaveBlankLine).toBe(scanInPieces(s, cuts));
      }),
      { numRuns: 5000 },
    );
    const bytes = (s: string): boolean => {
      const scan = new BlankLineScan();
      scan.addBytes(new TextEncoder().encode(s));
      return scan.mayHaveBlankLine;
    };
    // Each white space trim() knows, and characters next to them that it does not.
    expect(bytes("a\n\u3000\u205f\n")).toBe(true);
    expect(bytes("a\n\u3001\nb")).toBe(false);
    expect(bytes("a\n\u2030\nb")).toBe(false);
    expect(bytes("a\n\u200b\nb")).toBe(false);
  });

  test("by name: CR and LF in two pieces, a blank line ended by CR at a piece's end", () => {
    expect(scanInPieces("one\r\ntwo", [4])).toBe(false);
    expect(scanInPieces("one\r\rtwo", [4])).toBe(true);
    expect(scanInPieces("one\n\r", [4])).toBe(true);
    expect(scanInPieces("one\n \u00a0", [5])).toBe(true);
    expect(scanInPieces("one\n \u00a0x\n", [5, 6])).toBe(false);
  });
});

describe("scanForBlankLine (the reference)", () => {
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
