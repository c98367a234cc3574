import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { CODE_LINE, isCodeLine, isTableRow, mayBeCodeLine, mayBeTableRow, TABLE_ROW, trimmedEndLength, trimmedLength } from "../../src/core/line-shapes.js";

// Pieces that make the regexes match, nearly match, or fool a cheap test: edges of white space of
// every kind `\s` knows, cell separators, figures, signs, keywords, header names, methods.
const PIECES = [
  " ", "  ", "   ", "\t", "\u00a0", "\u2003", "\u3000", "\ufeff", "\u2028", "\r", "\v",
  "|", "{", "}", "[", "]", "(", ")", ";", ",", ":", "\"", "/", "//", "#", "#include", "%", ".", "-", "+", "$", "€", "£",
  "1", "42", "3.50", "٣", "½", "²", "x", "word", "Word", "WORD", "Content-Type", "X-Id", "GET", "POST", "HTTP", "HTTP/1.1", "200",
  "import ", "export ", "const ", "let ", "var ", "function ", "def ", "class ", "return", "returned", "The", "said",
];
const line = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { maxLength: 12 }).map((a) => a.join(""));

describe("line shapes", () => {
  test("the cheap test before TABLE_ROW is true whenever the regex matches", () => {
    fc.assert(
      fc.property(line, (l) => {
        const matches = TABLE_ROW.test(l.trim());
        if (matches) expect(mayBeTableRow(l)).toBe(true);
        expect(isTableRow(l)).toBe(matches);
      }),
      { numRuns: 20000 },
    );
  });

  test("the cheap test before CODE_LINE is true whenever the regex matches", () => {
    fc.assert(
      fc.property(line, (l) => {
        const matches = CODE_LINE.test(l);
        if (matches) expect(mayBeCodeLine(l)).toBe(true);
        expect(isCodeLine(l)).toBe(matches);
      }),
      { numRuns: 20000 },
    );
  });

  test("trimmed lengths are those of trim and trimEnd, for every white space they know", () => {
    const white = [..." \t\n\v\f\r\u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff", "\u200b", "\u0085", "x", "é"];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...white), fc.string({ maxLength: 2 })), { maxLength: 10 }).map((a) => a.join("")), (l) => {
        expect(trimmedLength(l)).toBe(l.trim().length);
        expect(trimmedEndLength(l)).toBe(l.trimEnd().length);
      }),
      { numRuns: 5000 },
    );
  });

  test.each([
    ["| a | b |", true],
    ["Name\tPrice", true],
    ["Apples   $1.20", true],
    ["Total    12%  ", true],
    ["Apples $1.20", false],
    ["Chapter three   begins here", false],
  ])("table row: %j is %s", (l, want) => {
    expect(isTableRow(l)).toBe(want);
  });

  test.each([
    ["}", true],
    ["  return x;", true],
    ["Content-Type: text/html", true],
    ["GET /index.html HTTP/1.1", true],
    ["HTTP/1.1 200 OK", true],
    ['  "key": 1,', true],
    ["import fs from 'fs'", true],
    ["Note: this is prose with spaces", false],
    ["GET READY for the show", false],
  ])("code line: %j is %s", (l, want) => {
    expect(isCodeLine(l)).toBe(want);
  });

  test("plain prose never reaches either regex", () => {
    for (const l of ["The cat sat on the mat, and then it left.", "Said the man: nothing at all.", "A long sentence ends here.", '"Come in," she said: "the door is open."', '""Quoted": twice.']) {
      expect(mayBeTableRow(l)).toBe(false);
      expect(mayBeCodeLine(l)).toBe(false);
    }
  });
});
