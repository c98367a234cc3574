// Cleans a text that arrives in chunks, segment by segment against one index, so that a text too
// big for one string streams through in bounded memory and comes out as the whole text would.
import { holdTrailingHighSurrogate } from "./surrogates.js";
import { analyze, type Analysis } from "./analyze.js";
import { buildRuleSet, type RuleSet } from "./boilerplate/ruleset.js";
import { cleanAnalysis, utf8Length, type CleanContext, type SegmentState } from "./clean.js";
import { DedupIndex } from "./dedup-index.js";
import { LineCounter } from "./line-counter.js";
import { resolveOptions, type Options } from "./options.js";
import { BlankLineScan, exactCut, fallbackCut, firstLineEnd, lastLineCut } from "./segment-cuts.js";
import { newRenderCarry, renderRaw } from "./render.js";
import type { CleanStats, Cut } from "./types.js";

/** Segment sizes, in UTF-16 code units. */
export interface StreamTuning {
  /** A segment is cut once the buffer holds this much. */
  segmentChars: number;
  /** Past this, a segment is cut at the last blank line or line end even where that is not exact. */
  maxSegmentChars: number;
  /** A line longer than this is written as it is, unanalyzed, and never cut. */
  maxLineChars: number;
}

export const DEFAULT_STREAM_TUNING: Readonly<StreamTuning> = Object.freeze({
  segmentChars: 1 << 22,
  maxSegmentChars: 1 << 23,
  maxLineChars: 1 << 20,
});

export interface StreamPiece {
  /** Clean text to write out, in order. */
  text: string;
  /** Cuts decided since the last piece, lines numbered in the whole text. */
  cuts: Cut[];
}

/**
 * Push text chunks, write out what comes back, then call end(). A segment ends where the units on
 * both sides of a blank line are long paragraphs: no rule looks across such a pair, so the result
 * is byte for byte that of cleaning the whole text.
 */
export class StreamCleaner {
  private readonly o: Options;
  private readonly rules: RuleSet;
  private readonly context: CleanContext;
  private readonly tuning: StreamTuning;
  private readonly seg: SegmentState = { lineOffset: 0, carry: newRenderCarry(), final: false };
  private readonly outLines = new LineCounter();
  private buf = "";
  /**
   * buf.charCodeAt(0) (NaN when empty), kept apart: reading a character of the buffer, a string
   * grown by appending, copies it whole into one piece, and that on every chunk cost time growing
   * with the square of the segment size.
   */
  private firstCode = NaN;
  /** Where the buffer's last, unfinished line starts. */
  private tailStart = 0;
  /** Whether the buffer holds a blank line, read piece by piece as it is appended. */
  private readonly blankScan = new BlankLineScan();
  /** Text appended since the scan last read: it reads when asked (most pieces never are asked about). */
  private unscanned: string[] = [];
  /** Buffer length at which the next cut is tried (doubles while no exact cut is found). */
  private nextTry: number;
  /** Inside an over-long line being passed through. */
  private passing = false;
  /** The last chunk ended in CR: a LF at the start of the next belongs to it. */
  private crPending = false;
  private heldSurrogate = "";
  private ended = false;
  private readonly totals: CleanStats = {
    bytesIn: 0,
    bytesOut: 0,
    linesIn: 0,
    linesOut: 0,
    units: 0,
    cuts: { duplicate: 0, "near-duplicate": 0, boilerplate: 0 },
  };

  constructor(options: Partial<Options> = {}, context?: CleanContext, tuning: Partial<StreamTuning> = {}) {
    this.o = resolveOptions(options);
    this.rules = buildRuleSet(this.o);
    this.context = context ?? { index: new DedupIndex() };
    this.tuning = { ...DEFAULT_STREAM_TUNING, ...tuning };
    this.nextTry = this.tuning.segmentChars;
  }

  push(chunk: string): StreamPiece {
    if (this.ended) throw new Error("StreamCleaner: push after end");
    let text: string;
    [text, this.heldSurrogate] = holdTrailingHighSurrogate(this.heldSurrogate + chunk);
    const out: StreamPiece = { text: "", cuts: [] };
    if (this.crPending && text.charCodeAt(0) === 10) {
      this.emitRaw(out, "\n", false);
      text = text.slice(1);
    }
    this.crPending = false;
    if (this.passing) text = this.passLongLine(out, text);
    if (text.length === 0) return out;
    this.append(text);
    this.cutSegments(out);
    return out;
  }

  /** The rest of the text; `stats` covers the whole stream. */
  end(): StreamPiece & { stats: CleanStats } {
    if (this.ended) throw new Error("StreamCleaner: end called twice");
    const out: StreamPiece = { text: "", cuts: [] };
    if (this.heldSurrogate) {
      if (this.passing) this.emitRaw(out, this.heldSurrogate, false);
      else this.append(this.heldSurrogate);
      this.heldSurrogate = "";
    }
    while (this.seg.carry.begun && this.buf.charCodeAt(0) === 0xfeff) this.startLongLine(out, 0);
    this.seg.final = true;
    this.cleanSegment(out, analyze(this.buf, this.o, this.rules, true));
    this.buf = "";
    this.ended = true;
    this.totals.linesOut = this.outLines.total();
    return { ...out, stats: { ...this.totals, cuts: { ...this.totals.cuts } } };
  }

  private append(text: string): void {
    const eol = Math.max(text.lastIndexOf("\n"), text.lastIndexOf("\r"));
    if (eol >= 0) this.tailStart = this.buf.length + eol + 1;
    if (this.buf.length === 0) this.firstCode = text.charCodeAt(0);
    this.buf += text;
    this.unscanned.push(text);
  }

  private dropFront(n: number): void {
    this.buf = this.buf.slice(n);
    this.firstCode = this.buf.charCodeAt(0); // the buffer was made one piece to be analyzed
    this.tailStart -= n;
    this.rescan();
  }

  /** The buffer is read again from its start (a line start) when next asked. */
  private rescan(): void {
    this.blankScan.reset();
    this.unscanned = this.buf.length > 0 ? [this.buf] : [];
  }

  /**
   * Whether the buffer may hold a blank line. Without one no two units stand apart, so there is no
   * exact cut and the fallback is the last line's start: the buffer need not be analyzed to know.
   * Reads only what came since the last call, piece by piece.
   */
  private mayHaveBlankLine(): boolean {
    for (const piece of this.unscanned) this.blankScan.add(piece);
    this.unscanned = [];
    return this.blankScan.mayHaveBlankLine;
  }

  private cutSegments(out: StreamPiece): void {
    const t = this.tuning;
    for (;;) {
      // A U+FEFF opening a later segment would read as a BOM: its line goes through as it is.
      if (this.seg.carry.begun && this.firstCode === 0xfeff) {
        this.startLongLine(out, 0);
        return;
      }
      if (this.buf.length - this.tailStart > t.maxLineChars) {
        this.startLongLine(out, this.tailStart);
        return;
      }
      if (this.buf.length < this.nextTry) return;
      if (!this.mayHaveBlankLine()) {
        if (this.buf.length < t.maxSegmentChars) {
          this.nextTry = Math.min(this.nextTry * 2, t.maxSegmentChars);
          return;
        }
        const at = lastLineCut(this.buf);
        if (at <= 0) return;
        this.cleanSegment(out, analyze(this.buf.slice(0, at), this.o, this.rules, true));
        this.dropFront(at);
        continue;
      }
      const a = analyze(this.buf, this.o, this.rules, true);
      const exact = exactCut(a, this.o, this.buf);
      if (exact) {
        this.cleanSegment(out, exact);
        this.dropFront(exact.text.length);
        this.nextTry = t.segmentChars;
        continue;
      }
      if (this.buf.length < t.maxSegmentChars) {
        this.nextTry = Math.min(this.nextTry * 2, t.maxSegmentChars);
        return;
      }
      const at = fallbackCut(a, this.buf);
      if (at <= 0) return; // one line under maxLineChars: wait for its end
      this.cleanSegment(out, analyze(this.buf.slice(0, at), this.o, this.rules, true));
      this.dropFront(at);
    }
  }

  private cleanSegment(out: StreamPiece, a: Analysis): void {
    const r = cleanAnalysis(a, this.o, this.rules, this.context, this.seg);
    this.seg.lineOffset += a.lines.start.length;
    const s = this.totals;
    s.bytesIn += r.stats.bytesIn;
    s.linesIn += r.stats.linesIn;
    s.units += r.stats.units;
    for (const c of r.cuts) s.cuts[c.kind]++;
    // The cleaning measured its text's UTF-8 bytes already: an 8 M-character segment is not read again for them.
    this.addOut(out, r.text, r.stats.bytesOut);
    for (const c of r.cuts) out.cuts.push(c);
  }

  /** Cleans what stands before the over-long line (or one opening with U+FEFF), then writes the line as it comes. */
  private startLongLine(out: StreamPiece, lineStart: number): void {
    if (lineStart > 0) this.cleanSegment(out, analyze(this.buf.slice(0, lineStart), this.o, this.rules, true));
    const line = this.buf.slice(lineStart);
    this.buf = "";
    this.firstCode = NaN;
    this.rescan();
    this.tailStart = 0;
    this.passing = true;
    this.totals.units++;
    this.totals.linesIn++;
    this.seg.lineOffset++;
    this.emitRaw(out, "", true);
    const rest = this.passLongLine(out, line);
    if (rest) {
      this.append(rest);
      this.cutSegments(out);
    }
  }

  /** Writes the over-long line up to its line ending; returns the text after it. */
  private passLongLine(out: StreamPiece, text: string): string {
    const eol = firstLineEnd(text);
    if (eol < 0) {
      this.emitRaw(out, text, false);
      return "";
    }
    let end = eol + 1;
    if (text.charCodeAt(eol) === 13) {
      if (text.charCodeAt(end) === 10) end++;
      else if (end === text.length) this.crPending = true;
    }
    this.emitRaw(out, text.slice(0, end), false);
    this.passing = false;
    return text.slice(end);
  }

  private emitRaw(out: StreamPiece, piece: string, first: boolean): void {
    this.totals.bytesIn += utf8Length(piece);
    this.addOut(out, renderRaw(this.seg.carry, piece, first));
  }

  private addOut(out: StreamPiece, text: string, bytes = utf8Length(text)): void {
    if (!text) return;
    this.totals.bytesOut += bytes;
    this.outLines.add(text);
    out.text += text;
  }
}
