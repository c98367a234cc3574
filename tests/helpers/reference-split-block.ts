// The unit splitter's block split as it was before it read line shapes (units.ts): each line's
// text tested by the regular expressions as it goes. The tests hold the shape-based split to it.
import { isCodeLine, isTableRow, trimmedEndLength, trimmedLength } from "../../src/core/line-shapes.js";
import { displayWidth, type UnitKind, type UnitSpan } from "../../src/core/units.js";

const LIST_MARKER = /^\s*(?:[-*+•·▪►–]\s|\d{1,3}[.)]\s|\(?[a-zA-Z0-9]{1,2}\)\s)/;
const BARE_NUMBER = /^\s*\d{1,3}\s+\S/;
const MD_HEADING = /^\s{0,3}#{1,6}(?:\s|$)/;
const ENDS_WITH_WORD = /[\p{L}\p{N}]$/u;
const STARTS_LOWER = /^\s*\p{Ll}/u;

/** One block (lines without a blank between them) into units. */
function splitBlock(lines: string[], a: number, b: number, out: UnitSpan[]): void {
  const block = lines.slice(a, b + 1);
  const codeLines = block.filter(isCodeLine).length;
  const indented = block.every((l) => /^(?: {4}|\t)/.test(l)) && !block.every((l) => LIST_MARKER.test(l));
  if (indented || (block.length >= 2 && codeLines >= 0.5 * block.length)) {
    out.push({ first: a, last: b, kind: "code" });
    return;
  }
  if (isWrappedProse(block)) {
    // A hard-wrapped paragraph stays one unit, but list items inside it start units of their own,
    // unless the item opens with a dash and lower case and the line before ends mid-sentence, on a word.
    let start = a;
    for (let k = a + 1; k <= b; k++) {
      const wrappedDash = /^\s*[-–]\s+\p{Ll}/u.test(lines[k] ?? "") && ENDS_WITH_WORD.test((lines[k - 1] ?? "").trimEnd());
      if ((LIST_MARKER.test(lines[k] ?? "") && !wrappedDash) || MD_HEADING.test(lines[k] ?? "")) {
        out.push({ first: start, last: k - 1, kind: kindOfLine(lines[start] ?? "", false, false) });
        start = k;
      }
    }
    out.push({ first: start, last: b, kind: start === a ? "paragraph" : kindOfLine(lines[start] ?? "", false, false) });
    return;
  }
  const verse = isVerse(block);
  const numbered = block.filter((l) => BARE_NUMBER.test(l)).length >= 2;
  for (let k = a; k <= b; k++) {
    const line = lines[k] ?? "";
    const prev = out[out.length - 1];
    // An indented line under a list item continues it (Markdown's lazy continuation).
    if (prev && prev.kind === "list-item" && prev.last === k - 1 && /^\s+\S/.test(line) && !LIST_MARKER.test(line)) {
      prev.last = k;
      continue;
    }
    out.push({ first: k, last: k, kind: kindOfLine(line, verse, numbered) });
  }
}

/** A block of two or more short lines reads as verse (stanzas, dialogue, labels), not prose. */
function isVerse(block: string[]): boolean {
  if (block.length < 2) return false;
  // The (upper) median width is under 70 when more than half the lines are: counted, not sorted.
  // A line is at least as wide as it is long, so a long one needs no width.
  const half = Math.floor(block.length / 2);
  let narrow = 0;
  for (let k = 0; k < block.length; k++) {
    const l = block[k] ?? "";
    if (trimmedLength(l) < 70 && displayWidth(l.trim()) < 70) narrow++;
    if (narrow > half) return true;
    if (narrow + (block.length - 1 - k) <= half) return false; // the rest cannot make it
  }
  return false;
}

/** What one block (lines with no blank line among them) splits into, lines numbered from 0. */
export function referenceSplitBlockLines(block: string[]): UnitSpan[] {
  const out: UnitSpan[] = [];
  if (block.length > 0) splitBlock(block, 0, block.length - 1, out);
  return out;
}

function kindOfLine(line: string, verse: boolean, numbered: boolean): UnitKind {
  if (MD_HEADING.test(line)) return "heading";
  if (LIST_MARKER.test(line) || (numbered && BARE_NUMBER.test(line))) return "list-item";
  if (isTableRow(line)) return "table-row";
  if (verse) return "verse";
  return "paragraph";
}

/**
 * Lines that continue one another: similar widths under a right margin, and joints that fall
 * mid-sentence (a line ending on a word, or the next starting in lower case). Verse has the
 * widths but ends its lines on punctuation and starts them in capitals.
 */
function isWrappedProse(block: string[]): boolean {
  if (block.length < 2) return false;
  const lens: number[] = new Array<number>(block.length);
  let width = 0; // Math.max(...lens) overflows the stack on 100k lines
  for (let k = 0; k < block.length; k++) {
    const len = trimmedEndLength(block[k] ?? "");
    if (len > 200) return false; // scraped paragraphs, one a line: known at the first
    lens[k] = len;
    if (len > width) width = len;
  }
  if (width < 40) return false;
  let wide = 0;
  let open = 0;
  let lower = 0;
  const joints = block.length - 1;
  for (let k = 0; k < joints; k++) {
    if ((lens[k] ?? 0) >= 0.6 * width) wide++;
    if (ENDS_WITH_WORD.test((block[k] ?? "").trimEnd())) open++;
    if (STARTS_LOWER.test(block[k + 1] ?? "")) lower++;
  }
  if (wide < 0.6 * joints) return false;
  return lower >= 0.25 * joints || open >= 0.5 * joints;
}
