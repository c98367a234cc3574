// Where a stream may be cut into segments: exactly (the whole text's result is kept) or, past the
// size limit, at the last blank line or line end.
import type { Analysis, UnitInfo } from "./analysis-types.js";
import type { Options } from "./options.js";
import { isTrimSpace } from "./white-space.js";
import { lineShapesOf, setLineShapes } from "./units.js";

/** A long paragraph: no neighbour rule cuts it or looks past it. */
function isAnchor(u: UnitInfo | undefined, o: Options): boolean {
  return u !== undefined && u.kind === "paragraph" && u.tokens >= o.minWords && u.tokens > o.stubMaxWords;
}

/**
 * The last place where two anchors stand apart with blank lines between them and the second is
 * followed by a finished blank line: everything before it is decided exactly as in the whole text.
 * Returns the analysis of the text before it, sliced from the buffer's.
 */
export function exactCut(a: Analysis, o: Options, buf: string): Analysis | null {
  const { units, lines } = a;
  for (let i = units.length - 2; i >= 0; i--) {
    const u = units[i];
    const v = units[i + 1];
    if (!u || !v || v.first <= u.last + 1 || !isAnchor(u, o) || !isAnchor(v, o)) continue;
    const after = v.last + 1;
    const blankAfter = after < lines.start.length && (units[i + 2]?.first ?? Infinity) > after && (lines.next[after] ?? 0) > (lines.end[after] ?? 0);
    const at = lines.start[v.first] ?? 0;
    if (!blankAfter || buf.charCodeAt(at) === 0xfeff) continue;
    return sliceAnalysis(a, i + 1, at);
  }
  return null;
}

function sliceAnalysis(a: Analysis, unitCount: number, at: number): Analysis {
  const lineCount = a.units[unitCount]?.first ?? a.lines.start.length;
  const sel = a.units[unitCount - 1]?.selEnd ?? 0;
  const lines = { start: a.lines.start.slice(0, lineCount), end: a.lines.end.slice(0, lineCount), next: a.lines.next.slice(0, lineCount) };
  // The same lines: the shapes the splitter read carry over (units.ts).
  const shapes = lineShapesOf(a.lines);
  if (shapes) setLineShapes(lines, { bits: shapes.bits.subarray(0, lineCount), widths: shapes.widths.subarray(0, lineCount) });
  return {
    text: a.text.slice(0, at),
    lines,
    units: a.units.slice(0, unitCount),
    selHash: a.selHash.subarray(0, sel),
    selPos: a.selPos.subarray(0, sel),
    stems: a.stems,
  };
}

/**
 * Not exact: the start of the last unit after a blank line, preferring one with no code on either
 * side (a cut inside a code block or a winnow-disable region would end its protection), else the
 * start of the last line.
 */
export function fallbackCut(a: Analysis, buf: string): number {
  const { units, lines } = a;
  for (const avoidCode of [true, false]) {
    for (let j = units.length - 1; j >= 1; j--) {
      const u = units[j];
      const p = units[j - 1];
      if (!u || !p || u.first <= p.last + 1 || (avoidCode && (u.kind === "code" || p.kind === "code"))) continue;
      const at = lines.start[u.first] ?? 0;
      if (buf.charCodeAt(at) !== 0xfeff) return at;
    }
  }
  for (let l = lines.start.length - 1; l >= 1; l--) {
    const at = lines.start[l] ?? 0;
    if (buf.charCodeAt(at) !== 0xfeff) return at;
  }
  return 0;
}

export function firstLineEnd(s: string): number {
  const n = s.indexOf("\n");
  const r = s.indexOf("\r");
  return n < 0 ? r : r < 0 ? n : Math.min(n, r);
}

/**
 * Looks for a blank line (white space only, as trim() sees it) in a text that arrives in pieces,
 * each read once as it comes: the stream's buffer is a string grown by appending, and reading a
 * character of it made it one piece, a copy of up to 16 MB twice a segment (at 4 M and 8 M
 * characters), most of the time the scan took. The text given first starts a line.
 */
export class BlankLineScan {
  /** A finished blank line was seen. */
  private blank = false;
  /** The current line holds a character that is not white space. */
  private content = false;
  /** The current line holds white space only, and some. */
  private spaces = false;
  /** The last piece ended in CR: a LF opening the next ends the same line. */
  private afterCR = false;

  /** Starts again on a text whose first piece starts a line. */
  reset(): void {
    this.blank = false;
    this.content = false;
    this.spaces = false;
    this.afterCR = false;
  }

  /** True if the text so far may hold a blank line (a white-space tail counts). */
  get mayHaveBlankLine(): boolean {
    return this.blank || this.spaces;
  }

  /** Reads the next piece of the text. */
  add(s: string): void {
    if (this.blank) return;
    const n = s.length;
    let p = 0;
    if (this.afterCR && n > 0) {
      this.afterCR = false;
      if (s.charCodeAt(0) === 10) p = 1;
    }
    let nextLF = -2;
    let nextCR = -2;
    while (p < n) {
      if (!this.content) {
        while (p < n && isTrimSpace(s.charCodeAt(p))) {
          p++;
          this.spaces = true;
        }
        if (p === n) return;
        const c = s.charCodeAt(p);
        if (c === 10 || c === 13) {
          this.blank = true;
          return;
        }
        this.content = true;
        this.spaces = false;
      }
      if (nextLF !== -1 && nextLF < p) nextLF = s.indexOf("\n", p);
      if (nextCR !== -1 && nextCR < p) nextCR = s.indexOf("\r", p);
      const e = nextLF < 0 ? nextCR : nextCR < 0 ? nextLF : Math.min(nextLF, nextCR);
      if (e < 0) return; // the line goes on in the next piece
      this.content = false;
      if (s.charCodeAt(e) === 13) {
        if (e + 1 === n) {
          this.afterCR = true;
          return;
        }
        p = s.charCodeAt(e + 1) === 10 ? e + 2 : e + 1;
      } else p = e + 1;
    }
  }

  /** add() for a piece given as its UTF-8 (valid, whole characters): the same answers. */
  addBytes(b: Uint8Array): void {
    if (this.blank) return;
    const n = b.length;
    let p = 0;
    if (this.afterCR && n > 0) {
      this.afterCR = false;
      if (b[0] === 10) p = 1;
    }
    let nextLF = -2;
    let nextCR = -2;
    while (p < n) {
      if (!this.content) {
        for (let k = p < n ? trimSpaceBytes(b, p) : 0; k > 0; k = p < n ? trimSpaceBytes(b, p) : 0) {
          p += k;
          this.spaces = true;
        }
        if (p === n) return;
        const c = b[p];
        if (c === 10 || c === 13) {
          this.blank = true;
          return;
        }
        this.content = true;
        this.spaces = false;
      }
      if (nextLF !== -1 && nextLF < p) nextLF = b.indexOf(10, p);
      if (nextCR !== -1 && nextCR < p) nextCR = b.indexOf(13, p);
      const e = nextLF < 0 ? nextCR : nextCR < 0 ? nextLF : Math.min(nextLF, nextCR);
      if (e < 0) return; // the line goes on in the next piece
      this.content = false;
      if (b[e] === 13) {
        if (e + 1 === n) {
          this.afterCR = true;
          return;
        }
        p = b[e + 1] === 10 ? e + 2 : e + 1;
      } else p = e + 1;
    }
  }
}

/**
 * Whether the valid UTF-8 at b[p] opens a character that isTrimSpace() holds: its length in bytes
 * (0: not one). The text's pieces hold whole characters.
 */
function trimSpaceBytes(b: Uint8Array, p: number): number {
  const c = b[p] as number;
  if (c < 0x80) return c === 32 || c === 9 || c === 11 || c === 12 ? 1 : 0;
  if (c === 0xc2) return b[p + 1] === 0xa0 ? 2 : 0; // U+00A0
  const d = b[p + 1] as number;
  const e = b[p + 2] as number;
  if (c === 0xe1) return d === 0x9a && e === 0x80 ? 3 : 0; // U+1680
  if (c === 0xe2) {
    if (d === 0x80) return e <= 0x8a || e === 0xa8 || e === 0xa9 || e === 0xaf ? 3 : 0; // U+2000-200A, U+2028, U+2029, U+202F
    return d === 0x81 && e === 0x9f ? 3 : 0; // U+205F
  }
  if (c === 0xe3) return d === 0x80 && e === 0x80 ? 3 : 0; // U+3000
  if (c === 0xef) return d === 0xbb && e === 0xbf ? 3 : 0; // U+FEFF
  return 0;
}

/** Where fallbackCut cuts a text with no blank line: the start of its last line not opening with U+FEFF (0: none). */
export function lastLineCut(s: string): number {
  for (let p = s.length - 1; p >= 1; p--) {
    const c = s.charCodeAt(p - 1);
    if ((c === 10 || (c === 13 && s.charCodeAt(p) !== 10)) && s.charCodeAt(p) !== 0xfeff) return p;
  }
  return 0;
}
