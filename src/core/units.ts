// Splits a text into the units a reader sees as paragraphs, each a span of whole lines.
import { isCodeLine, isTableRow, trimmedEndLength, trimmedLength } from "./line-shapes.js";
import type { Lines } from "./lines.js";
import { isBlank, isWhiteSpace } from "./white-space.js";

export type UnitKind = "paragraph" | "verse" | "list-item" | "table-row" | "heading" | "code";

export interface UnitSpan {
  /** 0-based first and last line. */
  first: number;
  last: number;
  kind: UnitKind;
}

const LIST_MARKER = /^\s*(?:[-*+•·▪►–]\s|\d{1,3}[.)]\s|\(?[a-zA-Z0-9]{1,2}\)\s)/;
const BARE_NUMBER = /^\s*\d{1,3}\s+\S/;
const MD_HEADING = /^\s{0,3}#{1,6}(?:\s|$)/;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const ENDS_WITH_WORD = /[\p{L}\p{N}]$/u;
const LOWER_START = /^\s*\p{Ll}/u;

/**
 * Each line's shape as the splitter reads it (lineShape()), with its width without trailing white
 * space, for the lines splitUnits() put in blocks; -1 for the others (blank lines, code fences).
 * Read again where a block is split once more on the lines it keeps (rejudgeBlocks(), and the kept
 * text's check in kept-analysis.ts): those splits then run no regular expression and make no string
 * per line. Keyed by the text's line table, which lives as long as its analysis.
 */
export interface LineShapes {
  bits: Int32Array;
  widths: Int32Array;
}
const SHAPES = new WeakMap<Lines, LineShapes>();

/** The shapes splitUnits() worked out for the lines of this line table, if it split them. */
export function lineShapesOf(lines: Lines): LineShapes | undefined {
  return SHAPES.get(lines);
}

/** Notes the shapes of the lines of another line table over the same lines (a slice of a text, the kept text). */
export function setLineShapes(lines: Lines, shapes: LineShapes): void {
  SHAPES.set(lines, shapes);
}

/**
 * Units over the non-blank lines; blank lines belong to no unit. `opening`: the text opens a
 * document (not a later segment of a stream, nor the kept text of one that opened otherwise), so
 * front matter may open it.
 */
export function splitUnits(text: string, lines: Lines, opening = true): UnitSpan[] {
  const count = lines.start.length;
  const trimmed: string[] = new Array<string>(count);
  for (let i = 0; i < count; i++) {
    let s = text.slice(lines.start[i], lines.end[i]);
    if (i === 0 && s.charCodeAt(0) === 0xfeff) s = s.slice(1);
    trimmed[i] = s;
  }
  const shapes: LineShapes = { bits: new Int32Array(count).fill(-1), widths: new Int32Array(count) };
  const units: UnitSpan[] = [];
  let i = 0;
  const matter = opening ? yamlFrontMatterEnd(trimmed) : -1;
  if (matter > 0) {
    units.push({ first: 0, last: matter, kind: "code" });
    i = matter + 1;
  }
  while (i < count) {
    const line = trimmed[i] ?? "";
    if (isBlank(line)) {
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const close = findFenceEnd(trimmed, i, fence[1] ?? "```");
      units.push({ first: i, last: close, kind: "code" });
      i = close + 1;
      continue;
    }
    let j = i;
    while (j + 1 < count && !isBlank(trimmed[j + 1] ?? "") && !FENCE.test(trimmed[j + 1] ?? "")) j++;
    for (let k = i; k <= j; k++) {
      const l = trimmed[k] ?? "";
      shapes.bits[k] = lineShape(l);
      shapes.widths[k] = trimmedEndLength(l);
    }
    splitShapes(shapes.bits, shapes.widths, i, j, units);
    i = j + 1;
  }
  SHAPES.set(lines, shapes);
  return units;
}


/**
 * The closing line of YAML front matter opening a text ("---", "tags: WSTG", …, "---"), or -1: a
 * site's metadata that a program reads, as it reads code, and kept as code is (a page include's
 * "tags:" line is no article's meta line). Every line between is a key, an indented or listed
 * value, a comment or blank, and one at least is a key.
 */
function yamlFrontMatterEnd(lines: readonly string[]): number {
  if ((lines[0] ?? "").trimEnd() !== "---") return -1;
  let keys = 0;
  for (let k = 1; k < Math.min(lines.length, FRONT_MATTER_LINES); k++) {
    const l = lines[k] ?? "";
    const t = l.trimEnd();
    if (t === "---" || t === "...") return keys > 0 ? k : -1;
    if (YAML_KEY.test(l)) keys++;
    else if (!isBlank(l) && !YAML_VALUE.test(l)) return -1;
  }
  return -1;
}
const FRONT_MATTER_LINES = 200;
const YAML_KEY = /^[A-Za-z_][\w.-]*:(?:[ \t]|$)/;
/** An indented continuation, a list entry or a comment. */
const YAML_VALUE = /^(?:[ \t]+\S|-[ \t]|#)/;

function findFenceEnd(lines: string[], open: number, marker: string): number {
  const ch = marker[0] ?? "`";
  for (let k = open + 1; k < lines.length; k++) {
    const t = (lines[k] ?? "").trim();
    if (t.length >= marker.length && t[0] === ch && /^(`{3,}|~{3,})$/.test(t)) return k;
  }
  return lines.length - 1;
}

/** Shape bits of a line (lineShape()). */
const CODE = 1;
const INDENTED = 2;
const LIST = 4;
const HEADING = 8;
const BARE = 16;
const TABLE = 32;
const NARROW = 64;
const ENDS_WORD = 128;
const STARTS_LOWER = 256;
const LAZY = 512;
/** The list marker is a dash ("- ", "– ") and lower case follows: after a line that ends mid-sentence, a wrapped dash. */
const DASH = 1024;
const WRAPPED_DASH = /^\s*[-–]\s+\p{Ll}/u;

/**
 * What the splitter asks of a non-blank line, as bits: a line of code, indented by four spaces or a
 * tab, a list marker, a Markdown heading, a bare number, a table row, narrow (under 70 columns,
 * for verse), ending on a letter or digit, starting in lower case, opening with white space (a
 * lazy continuation of a list item). A block's split depends on these and the lines' widths alone.
 */
export function lineShape(line: string): number {
  // The first character that is not white space (\s) decides whether a marker or a heading may
  // open the line: most lines open with a letter and skip those regular expressions.
  const n = line.length;
  let p = 0;
  while (p < n && isWhiteSpace(line.charCodeAt(p))) p++;
  const c = line.charCodeAt(p); // NaN past the end
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const digit = c >= 48 && c <= 57;
  let bits = 0;
  if (isCodeLine(line)) bits |= CODE;
  if (line.startsWith("    ") || line.charCodeAt(0) === 9) bits |= INDENTED;
  // A marker opens with one of these, a digit, "(", or a letter or two and ")".
  const mayList = !letter || line.charCodeAt(p + 1) === 41 || line.charCodeAt(p + 2) === 41;
  if (mayList && LIST_MARKER.test(line)) bits |= (c === 45 || c === 0x2013) && WRAPPED_DASH.test(line) ? LIST | DASH : LIST;
  if (c === 35 && MD_HEADING.test(line)) bits |= HEADING;
  if (digit && BARE_NUMBER.test(line)) bits |= BARE;
  if (isTableRow(line)) bits |= TABLE;
  if (trimmedLength(line) < 70 && displayWidth(line.trim()) < 70) bits |= NARROW;
  // The last character that is not white space: a letter or digit; past ASCII, the \p classes say.
  let q = n - 1;
  while (q >= 0 && isWhiteSpace(line.charCodeAt(q))) q--;
  const e = line.charCodeAt(q);
  if (e < 0x80 ? (e >= 48 && e <= 57) || (e >= 65 && e <= 90) || (e >= 97 && e <= 122) : ENDS_WITH_WORD.test(line.slice(0, q + 1))) bits |= ENDS_WORD;
  if (c < 0x80 ? c >= 97 && c <= 122 : LOWER_START.test(line)) bits |= STARTS_LOWER;
  // /^\s+\S/: white space first, then something else.
  if (p > 0 && p < n) bits |= LAZY;
  return bits;
}

/**
 * One block, lines a..b of `bits` and `widths` (lineShape() and trimmedEndLength() of each line),
 * into units, as a reader sees them (a code block, hard-wrapped prose, or a unit a line).
 */
function splitShapes(bits: ArrayLike<number>, widths: ArrayLike<number>, a: number, b: number, out: UnitSpan[]): void {
  const n = b - a + 1;
  let codeLines = 0;
  let allIndented = true;
  let allListed = true;
  let narrow = 0;
  let bare = 0;
  for (let k = a; k <= b; k++) {
    const s = bits[k] ?? 0;
    if (s & CODE) codeLines++;
    if (!(s & INDENTED)) allIndented = false;
    if (!(s & LIST)) allListed = false;
    if (s & NARROW) narrow++;
    if (s & BARE) bare++;
  }
  const indented = allIndented && !allListed;
  if (indented || (n >= 2 && codeLines >= 0.5 * n)) {
    out.push({ first: a, last: b, kind: "code" });
    return;
  }
  if (isWrappedShapes(bits, widths, a, b)) {
    // A hard-wrapped paragraph stays one unit, but list items inside it start units of their own:
    // not a dash and lower case after a line that ends mid-sentence, on a word ("the qualifying
    // was" / "- something Murphy"), which is a dash the wrap put first. Split there, the tail was a
    // list item (never cut as a copy) beside the paragraph, and a paragraph once a cut took the
    // lines above it, so a second run cut what the first had kept. Numbers stay items: "… Chapter
    // 42\n43. Showing how".
    let start = a;
    for (let k = a + 1; k <= b; k++) {
      const s = bits[k] ?? 0;
      if (s & (LIST | HEADING) && !(s & DASH && (bits[k - 1] ?? 0) & ENDS_WORD)) {
        out.push({ first: start, last: k - 1, kind: kindOfShape(bits[start] ?? 0, false, false) });
        start = k;
      }
    }
    out.push({ first: start, last: b, kind: start === a ? "paragraph" : kindOfShape(bits[start] ?? 0, false, false) });
    return;
  }
  // A block of two or more short lines reads as verse (stanzas, dialogue, labels), not prose: the
  // (upper) median width is under 70 when more than half the lines are.
  const verse = n >= 2 && narrow > Math.floor(n / 2);
  const numbered = bare >= 2;
  for (let k = a; k <= b; k++) {
    const s = bits[k] ?? 0;
    const prev = out[out.length - 1];
    // An indented line under a list item continues it (Markdown's lazy continuation).
    if (prev && prev.kind === "list-item" && prev.last === k - 1 && s & LAZY && !(s & LIST)) {
      prev.last = k;
      continue;
    }
    out.push({ first: k, last: k, kind: kindOfShape(s, verse, numbered) });
  }
}

/** Shapes (and widths) of the given lines, for a block split on lines of its own. */
function shapesOfLines(block: readonly string[]): LineShapes {
  const bits = new Int32Array(block.length);
  const widths = new Int32Array(block.length);
  for (let k = 0; k < block.length; k++) {
    const l = block[k] ?? "";
    bits[k] = lineShape(l);
    widths[k] = trimmedEndLength(l);
  }
  return { bits, widths };
}

/** What a block of lines with these shapes and widths (numbered from 0) splits into. */
export function splitShapesOf(bits: ArrayLike<number>, widths: ArrayLike<number>): UnitSpan[] {
  const out: UnitSpan[] = [];
  if (bits.length > 0) splitShapes(bits, widths, 0, bits.length - 1, out);
  return out;
}

/** What one block (lines with no blank line among them) splits into, lines numbered from 0. */
export function splitBlockLines(block: string[]): UnitSpan[] {
  const { bits, widths } = shapesOfLines(block);
  return splitShapesOf(bits, widths);
}

/**
 * Blocks some of whose lines a line rule cuts are judged again (verse or prose, numbered or not)
 * on the lines that stay: that is the block a second cleaning sees, so the judgement (which decides
 * what may be cut as a duplicate) is the same both times. Where the lines that stay split otherwise
 * (into hard-wrapped prose), the units stand; clean() cleans the kept text again then.
 */
export function rejudgeBlocks(text: string, lines: Lines, units: readonly (UnitSpan & { boiler: unknown })[]): void {
  // The lines' shapes, where splitUnits() worked them out for this text: no line is read again.
  const known = SHAPES.get(lines);
  rejudgeKinds(units, (l, k, bits, widths) => {
    const s = known ? (known.bits[l] ?? -1) : -1;
    if (s >= 0 && known) {
      bits[k] = s;
      widths[k] = known.widths[l] ?? 0;
    } else {
      const body = lineBody(text, lines, l);
      bits[k] = lineShape(body);
      widths[k] = trimmedEndLength(body);
    }
  });
}

/**
 * rejudgeBlocks() over units whose lines' shape and width `shape` writes at k of `bits` and
 * `widths`: also how the settling check (kept-analysis.ts) knows the kinds a second cleaning's
 * analysis would give.
 */
export function rejudgeKinds(units: readonly (UnitSpan & { boiler: unknown })[], shape: (line: number, k: number, bits: Int32Array, widths: Int32Array) => void): void {
  // Blocks as splitBlock saw them: single-line units on adjacent lines (code and wrapped prose end them).
  const single = (u: UnitSpan | undefined): boolean => !!u && u.first === u.last && u.kind !== "code";
  for (let a = 0; a < units.length; ) {
    let b = a;
    while (single(units[a]) && single(units[b + 1]) && (units[b + 1]?.first ?? -1) === (units[b]?.last ?? -2) + 1) b++;
    const block = units.slice(a, b + 1);
    a = b + 1;
    if (block.length < 2 || !block.some((u) => u.boiler)) continue;
    const kept = block.filter((u) => !u.boiler);
    const bits = new Int32Array(kept.length);
    const widths = new Int32Array(kept.length);
    kept.forEach((u, k) => shape(u.first, k, bits, widths));
    const split = splitShapesOf(bits, widths);
    if (split.length !== kept.length || split.some((s) => s.first !== s.last || s.kind === "code")) continue;
    kept.forEach((u, k) => (u.kind = split[k]?.kind ?? u.kind));
  }
}

/** A line's content, without the text's BOM. */
function lineBody(text: string, lines: Lines, l: number): string {
  const s = text.slice(lines.start[l], lines.end[l]);
  return l === 0 && s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

function kindOfShape(s: number, verse: boolean, numbered: boolean): UnitKind {
  if (s & HEADING) return "heading";
  if (s & LIST || (numbered && s & BARE)) return "list-item";
  if (s & TABLE) return "table-row";
  if (verse) return "verse";
  return "paragraph";
}

/**
 * Lines that continue one another: similar widths under a right margin, and joints that fall
 * mid-sentence (a line ending on a word, or the next starting in lower case). Verse has the
 * widths but ends its lines on punctuation and starts them in capitals.
 */
function isWrappedShapes(bits: ArrayLike<number>, widths: ArrayLike<number>, a: number, b: number): boolean {
  if (b - a + 1 < 2) return false;
  let width = 0; // Math.max(...widths) overflows the stack on 100k lines
  for (let k = a; k <= b; k++) {
    const len = widths[k] ?? 0;
    if (len > 200) return false; // scraped paragraphs, one a line: known at the first
    if (len > width) width = len;
  }
  if (width < 40) return false;
  let wide = 0;
  let open = 0;
  let lower = 0;
  const joints = b - a;
  for (let k = a; k < b; k++) {
    if ((widths[k] ?? 0) >= 0.6 * width) wide++;
    if ((bits[k] ?? 0) & ENDS_WORD) open++;
    if ((bits[k + 1] ?? 0) & STARTS_LOWER) lower++;
  }
  if (wide < 0.6 * joints) return false;
  return lower >= 0.25 * joints || open >= 0.5 * joints;
}

/** Width as a reader sees it: Chinese and Japanese characters take two columns. */
const WIDE = /[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/;

export function displayWidth(s: string): number {
  if (!WIDE.test(s)) return s.length; // the engine's scan, much faster than the loop below
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    w += (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xff60) ? 2 : 1;
  }
  return w;
}
