// Writes the kept lines out byte for byte, and turns decisions into the cut report.
import type { Analysis } from "./analysis-types.js";
import type { DedupIndex } from "./dedup-index.js";
import type { Decisions } from "./decide.js";
import type { Cut } from "./types.js";

/**
 * What render carries from one segment of a text to the next when the text comes in segments
 * (a stream); a whole text is one segment with a fresh carry.
 */
export interface RenderCarry {
  /** Nothing rendered yet: decides whether the text has a BOM. */
  begun: boolean;
  /** No unit seen yet: blank lines so far are the text's leading blank lines. */
  atStart: boolean;
  /** A kept unit has been written. */
  emitted: boolean;
  /** The first run of blank lines since the last kept unit. */
  gap: string | null;
  /** Blank text after the last unit seen, still to be placed. */
  run: string;
  /** The text starts with a BOM that no output has carried yet. */
  bom: boolean;
}

export function newRenderCarry(): RenderCarry {
  return { begun: false, atStart: true, emitted: false, gap: null, run: "", bom: false };
}

/**
 * Kept units come out as they came in, a stripped prefix aside. Between two kept units stands the
 * first run of blank lines that stood between them, so a cut never leaves two runs behind; blank
 * lines before the first unit and after the last are kept as they were.
 */
export function render(a: Analysis, decisions: Decisions, carry: RenderCarry = newRenderCarry(), final = true): string {
  const parts: string[] = [];
  renderInto(a, decisions, carry, final, parts, false);
  return withBom(carry, parts.join(""));
}

/**
 * What render() writes, as pieces in order: a string, or two numbers `from, to` standing for
 * `a.text.slice(from, to)` (a kept unit), so that a caller holding the text's bytes writes those
 * and no string is made. Joined with the ranges sliced, it is render()'s text.
 */
export type RenderParts = (string | number)[];

/** render() as parts (see RenderParts); a BOM the output owes comes first, as a string. */
export function renderParts(a: Analysis, decisions: Decisions, carry: RenderCarry, final: boolean): RenderParts {
  const parts: RenderParts = [];
  renderInto(a, decisions, carry, final, parts, true);
  if (carry.bom && partsLength(parts) > 0) {
    carry.bom = false;
    parts.unshift("\uFEFF");
  }
  return parts;
}

function partsLength(parts: RenderParts): number {
  let n = 0;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (typeof p === "string") n += p.length;
    else {
      n += ((parts[i + 1] as number) ?? 0) - (p ?? 0);
      i++;
    }
  }
  return n;
}

function renderInto(a: Analysis, decisions: Decisions, carry: RenderCarry, final: boolean, parts: RenderParts, ranges: boolean): void {
  const { text, lines, units } = a;
  const bom = !carry.begun && text.charCodeAt(0) === 0xfeff;
  if (!carry.begun) carry.bom = bom;
  carry.begun = true;
  let prevEnd = 0;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (!u) continue;
    const start = lines.start[u.first] ?? 0;
    // Text written from offset 0 carries the BOM itself.
    if (bom && prevEnd === 0 && start > 0 && carry.atStart) carry.bom = false;
    placeBlank(carry, carry.run + text.slice(prevEnd, start), parts);
    prevEnd = lines.next[u.last] ?? text.length;
    if (decisions[i]) continue;
    let from = start;
    if (u.prefix) from += u.prefix.length + (from === 0 && bom ? 1 : 0);
    if (bom && from === 0) carry.bom = false;
    if (ranges) {
      keepGap(carry, parts);
      parts.push(from, prevEnd);
    } else keep(carry, text.slice(from, prevEnd), parts);
  }
  const tail = carry.run + text.slice(prevEnd);
  carry.run = "";
  // Leading blank lines are kept whatever follows; blank lines after a cut with nothing kept yet never show.
  if (carry.atStart || (final && carry.emitted)) {
    if (bom && prevEnd === 0) carry.bom = false;
    parts.push(tail);
  } else if (carry.emitted) carry.run = tail;
}

/** A kept line written as it is, unanalyzed (a stream's over-long line); `first` for its first piece. */
export function renderRaw(carry: RenderCarry, piece: string, first: boolean): string {
  const parts: string[] = [];
  if (first) {
    carry.begun = true;
    placeBlank(carry, carry.run, parts);
    keep(carry, piece, parts);
  } else parts.push(piece);
  return withBom(carry, parts.join(""));
}

function placeBlank(carry: RenderCarry, blank: string, parts: RenderParts): void {
  carry.run = "";
  if (carry.atStart) {
    if (blank) parts.push(blank);
    carry.atStart = false;
  } else if (blank && carry.gap === null) carry.gap = blank;
}

function keep(carry: RenderCarry, s: string, parts: RenderParts): void {
  keepGap(carry, parts);
  parts.push(s);
}

/** The gap owed before a kept unit, which the caller writes next. */
function keepGap(carry: RenderCarry, parts: RenderParts): void {
  if (carry.gap !== null && carry.emitted) parts.push(carry.gap);
  carry.gap = null;
  carry.emitted = true;
}

/** The BOM goes before the first output when the text's own first bytes were not written. */
function withBom(carry: RenderCarry, out: string): string {
  if (!carry.bom || out.length === 0) return out;
  carry.bom = false;
  return "\uFEFF" + out;
}

/** `lineOffset`: lines of the text before this segment, when it comes in segments. */
export function buildCuts(a: Analysis, decisions: Decisions, index: DedupIndex, doc: number, lineOffset = 0): Cut[] {
  const { text, lines, units } = a;
  const cuts: Cut[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (!u) continue;
    const d = decisions[i];
    const startLine = u.first + 1 + lineOffset;
    if (!d) {
      if (u.prefix) {
        cuts.push({ kind: "boilerplate", startLine, endLine: startLine, text: u.prefix.match, prefix: true, rule: u.prefix.rule, match: u.prefix.match.trim() });
      }
      continue;
    }
    const cut: Cut = {
      kind: d.kind,
      startLine,
      endLine: u.last + 1 + lineOffset,
      // Only the text's own BOM (offset 0) is not part of a line; a U+FEFF inside the text is.
      text: text.slice(lines.start[u.first] === 0 && text.charCodeAt(0) === 0xfeff ? 1 : lines.start[u.first], lines.end[u.last]),
      prefix: false,
      rule: d.rule,
    };
    if (d.match !== undefined) cut.match = d.match;
    if (d.source) {
      const span = index.span(d.source);
      const file = index.docName(d.source.doc);
      cut.source = { startLine: span.first + 1, endLine: span.last + 1 };
      if (d.source.doc !== doc && file !== undefined) cut.source.file = file;
    }
    if (d.similarity !== undefined) cut.similarity = Math.round(d.similarity * 1000) / 1000;
    // Passed on unread: a near cut's diff is worked out when something reads it (decide.ts lazyDiffers).
    const differs = Object.getOwnPropertyDescriptor(d, "differs");
    if (differs) Object.defineProperty(cut, "differs", differs);
    if (d.score !== undefined) cut.score = d.score;
    cuts.push(cut);
  }
  return cuts;
}
