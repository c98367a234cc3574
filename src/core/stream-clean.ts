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
import { newRenderCarry, renderRaw, type RenderParts } from "./render.js";
import { ByteQueue, ByteSink, joinBytes, utf16Length, utf8Span } from "./segment-bytes.js";
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

/** A piece of a text pushed as UTF-8 (pushUtf8): the clean text's bytes. */
export interface StreamBytes {
  /** Clean UTF-8 to write out, in order: views of the bytes pushed where it is kept text. */
  bytes: Uint8Array;
  cuts: Cut[];
}

/** What a call puts out: text, or (pushed as UTF-8) byte pieces. */
interface Out extends StreamPiece {
  bin: ByteSink | null;
  /** The bytes of a finished call. */
  done?: Uint8Array;
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
  /** The buffer's text; pushed as UTF-8 with no text, only its front: `pending` follows it. */
  private buf = "";
  /**
   * Chunks pushed as UTF-8 alone (pushUtf8 with no text), not decoded yet: the buffer is decoded
   * in one piece when it is read as text (analyzed, cut, a long line), not chunk by chunk into a
   * string grown by appending that is copied into one piece again when read.
   */
  private pending: Uint8Array[] = [];
  /** The UTF-16 length of `pending`'s text. */
  private pendingLength = 0;
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
  private unscanned: (string | Uint8Array)[] = [];
  /** Buffer length at which the next cut is tried (doubles while no exact cut is found). */
  private nextTry: number;
  /** Inside an over-long line being passed through. */
  private passing = false;
  /** The last chunk ended in CR: a LF at the start of the next belongs to it. */
  private crPending = false;
  private heldSurrogate = "";
  private ended = false;
  /**
   * Pushed as UTF-8 (pushUtf8): the buffer's bytes, which are its text's UTF-8 exactly; kept text
   * is written as ranges of them. null when pushed as text.
   */
  private bytes: ByteQueue | null = null;
  private mode: "text" | "utf8" | null = null;
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
    this.setMode("text");
    const out = newOut(false);
    this.take(out, chunk, null);
    return { text: out.text, cuts: out.cuts };
  }

  /**
   * push() for a text that came as UTF-8: `bytes` are `chunk`'s UTF-8 exactly (a chunk of valid
   * UTF-8 and its decoding, so no lone surrogate). The clean text comes back as bytes, its kept
   * stretches written from the bytes given; they are what encoding push()'s text would give.
   * `chunk` null: `bytes` are valid UTF-8 of whole characters, decoded by the cleaner when read
   * (TextDecoder, fatal, a BOM kept as U+FEFF). A stream is pushed one way throughout.
   */
  pushUtf8(chunk: string | null, bytes: Uint8Array): StreamBytes {
    this.setMode("utf8");
    this.bytes ??= new ByteQueue();
    const out = newOut(true);
    this.take(out, chunk, bytes);
    return this.bytesOf(out);
  }

  private setMode(mode: "text" | "utf8"): void {
    if (this.mode !== null && this.mode !== mode) throw new Error("StreamCleaner: a stream is pushed as text or as UTF-8 throughout");
    this.mode = mode;
  }

  private take(out: Out, chunk: string | null, bytes: Uint8Array | null): void {
    if (this.ended) throw new Error("StreamCleaner: push after end");
    if (chunk === null) {
      if (bytes) this.takeBytes(out, bytes);
      return;
    }
    let text: string;
    [text, this.heldSurrogate] = holdTrailingHighSurrogate(this.heldSurrogate + chunk);
    if (bytes && this.heldSurrogate) throw new Error("StreamCleaner: pushUtf8 with a lone surrogate");
    if (this.crPending && text.charCodeAt(0) === 10) {
      this.emitRaw(out, "\n", false);
      text = text.slice(1);
      bytes = bytes && bytes.subarray(1);
    }
    this.crPending = false;
    if (this.passing) {
      text = this.passLongLine(out, text);
      bytes = bytes && bytes.subarray(bytes.length - utf8Span(text, 0, text.length));
    }
    if (text.length === 0) return;
    this.text(); // chunks given as UTF-8 alone before this one are decoded first, from the bytes before this one's
    if (bytes) this.bytes?.push(bytes);
    this.append(text);
    this.cutSegments(out);
  }

  /** take() of a chunk given as UTF-8 alone: decoded only where the text is read. */
  private takeBytes(out: Out, bytes: Uint8Array): void {
    if (this.crPending && bytes[0] === 10) {
      this.emitRaw(out, "\n", false);
      bytes = bytes.subarray(1);
    }
    this.crPending = false;
    if (this.passing) {
      const rest = this.passLongLine(out, decode(bytes));
      bytes = bytes.subarray(bytes.length - utf8Span(rest, 0, rest.length));
    }
    if (bytes.length === 0) return;
    (this.bytes as ByteQueue).push(bytes);
    const n = utf16Length(bytes);
    const eol = Math.max(bytes.lastIndexOf(10), bytes.lastIndexOf(13));
    const length = this.length();
    if (eol >= 0) this.tailStart = length + n - utf16Length(bytes, eol + 1);
    if (length === 0) this.firstCode = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 0xfeff : -1;
    this.pending.push(bytes);
    this.pendingLength += n;
    this.unscanned.push(bytes);
    this.cutSegments(out);
  }

  /** The buffer's length in UTF-16 code units. */
  private length(): number {
    return this.buf.length + this.pendingLength;
  }

  /**
   * The buffer's text, decoded where chunks came as UTF-8 alone: from all its bytes in one piece
   * when what was decoded before is the smaller part (after a cut, the start of a line), else
   * appended to it.
   */
  private text(): string {
    if (this.pending.length === 0) return this.buf;
    if (this.buf.length < this.pendingLength) this.buf = decode((this.bytes as ByteQueue).all());
    else this.buf += decode(joinBytes(this.pending));
    this.pending = [];
    this.pendingLength = 0;
    return this.buf;
  }

  /** The rest of the text; `stats` covers the whole stream. */
  end(): StreamPiece & { stats: CleanStats } {
    this.setMode("text");
    const out = newOut(false);
    const stats = this.finish(out);
    return { text: out.text, cuts: out.cuts, stats };
  }

  /** end() of a stream pushed as UTF-8. */
  endUtf8(): StreamBytes & { stats: CleanStats } {
    this.setMode("utf8");
    this.bytes ??= new ByteQueue();
    const out = newOut(true);
    const stats = this.finish(out);
    return { bytes: out.done ?? new Uint8Array(0), cuts: out.cuts, stats };
  }

  private finish(out: Out): CleanStats {
    if (this.ended) throw new Error("StreamCleaner: end called twice");
    if (this.heldSurrogate) {
      if (this.passing) this.emitRaw(out, this.heldSurrogate, false);
      else this.append(this.heldSurrogate);
      this.heldSurrogate = "";
    }
    while (this.seg.carry.begun && this.text().charCodeAt(0) === 0xfeff) this.startLongLine(out, 0);
    this.seg.final = true;
    this.cleanSegment(out, analyze(this.text(), this.o, this.rules, true, this.seg.lineOffset === 0));
    this.buf = "";
    this.ended = true;
    if (out.bin) out.done = this.countBytesOut(out);
    this.totals.linesOut = this.outLines.total();
    return { ...this.totals, cuts: { ...this.totals.cuts } };
  }

  /** The byte pieces of a call as one array, counted out. */
  private bytesOf(out: Out): StreamBytes {
    return { bytes: this.countBytesOut(out), cuts: out.cuts };
  }

  private countBytesOut(out: Out): Uint8Array {
    const bytes = out.bin ? out.bin.take() : new Uint8Array(0);
    this.totals.bytesOut += bytes.length;
    this.outLines.addBytes(bytes);
    return bytes;
  }

  private append(text: string): void {
    const eol = Math.max(text.lastIndexOf("\n"), text.lastIndexOf("\r"));
    if (eol >= 0) this.tailStart = this.buf.length + eol + 1;
    if (this.buf.length === 0) this.firstCode = text.charCodeAt(0);
    this.buf += text;
    this.unscanned.push(text);
  }

  private dropFront(n: number): void {
    this.buf = this.text().slice(n);
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
    for (const piece of this.unscanned) {
      if (typeof piece === "string") this.blankScan.add(piece);
      else this.blankScan.addBytes(piece);
    }
    this.unscanned = [];
    return this.blankScan.mayHaveBlankLine;
  }

  private cutSegments(out: Out): void {
    const t = this.tuning;
    for (;;) {
      // A U+FEFF opening a later segment would read as a BOM: its line goes through as it is.
      if (this.seg.carry.begun && this.firstCode === 0xfeff) {
        this.startLongLine(out, 0);
        return;
      }
      if (this.length() - this.tailStart > t.maxLineChars) {
        this.startLongLine(out, this.tailStart);
        return;
      }
      if (this.length() < this.nextTry) return;
      if (!this.mayHaveBlankLine()) {
        if (this.length() < t.maxSegmentChars) {
          this.nextTry = Math.min(this.nextTry * 2, t.maxSegmentChars);
          return;
        }
        const at = lastLineCut(this.text());
        if (at <= 0) return;
        this.cleanSegment(out, analyze(this.buf.slice(0, at), this.o, this.rules, true, this.seg.lineOffset === 0));
        this.dropFront(at);
        continue;
      }
      const a = analyze(this.text(), this.o, this.rules, true, this.seg.lineOffset === 0);
      const exact = exactCut(a, this.o, this.buf);
      if (exact) {
        this.cleanSegment(out, exact);
        this.dropFront(exact.text.length);
        this.nextTry = t.segmentChars;
        continue;
      }
      if (this.length() < t.maxSegmentChars) {
        this.nextTry = Math.min(this.nextTry * 2, t.maxSegmentChars);
        return;
      }
      const at = fallbackCut(a, this.buf);
      if (at <= 0) return; // one line under maxLineChars: wait for its end
      this.cleanSegment(out, analyze(this.buf.slice(0, at), this.o, this.rules, true, this.seg.lineOffset === 0));
      this.dropFront(at);
    }
  }

  private cleanSegment(out: Out, a: Analysis): void {
    this.seg.wantParts = out.bin !== null;
    // Pushed as UTF-8, the text is valid UTF-8 decoded (pushUtf8()): no lone surrogate.
    this.seg.wellFormed = this.mode === "utf8";
    const r = cleanAnalysis(a, this.o, this.rules, this.context, this.seg);
    this.seg.lineOffset += a.lines.start.length;
    const s = this.totals;
    s.linesIn += r.stats.linesIn;
    s.units += r.stats.units;
    for (const c of r.cuts) s.cuts[c.kind]++;
    if (out.bin) s.bytesIn += this.segmentBytes(out, a.text, this.seg.parts ?? [r.text]);
    else {
      s.bytesIn += r.stats.bytesIn;
      // The cleaning measured its text's UTF-8 bytes already: an 8 M-character segment is not read again for them.
      this.addOut(out, r.text, r.stats.bytesOut);
    }
    this.seg.parts = null;
    for (const c of r.cuts) out.cuts.push(c);
  }

  /**
   * Puts out the parts of a segment cleaned from the front of the buffer (render parts of `text`):
   * kept ranges as views of the buffer's bytes, their offsets found by measuring the text between
   * them in UTF-8. Drops the segment's bytes; returns their number.
   */
  private segmentBytes(out: Out, text: string, parts: RenderParts): number {
    const q = this.bytes as ByteQueue;
    const bin = out.bin as ByteSink;
    let at = 0;
    let byte = 0;
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i] ?? "";
      if (typeof p === "string") {
        this.addOut(out, p);
        continue;
      }
      const to = parts[++i] as number;
      byte += utf8Span(text, at, p);
      const from = byte;
      byte += utf8Span(text, p, to);
      at = to;
      if (byte > from) q.copyTo(from, byte, bin);
    }
    byte += utf8Span(text, at, text.length);
    q.drop(byte);
    return byte;
  }

  /** Cleans what stands before the over-long line (or one opening with U+FEFF), then writes the line as it comes. */
  private startLongLine(out: Out, lineStart: number): void {
    this.text();
    if (lineStart > 0) this.cleanSegment(out, analyze(this.buf.slice(0, lineStart), this.o, this.rules, true, this.seg.lineOffset === 0));
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
    // The queue held the line's bytes: the rest's stay, as the buffer's.
    this.bytes?.keepLast(utf8Span(rest, 0, rest.length));
    if (rest) {
      this.append(rest);
      this.cutSegments(out);
    }
  }

  /** Writes the over-long line up to its line ending; returns the text after it. */
  private passLongLine(out: Out, text: string): string {
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

  private emitRaw(out: Out, piece: string, first: boolean): void {
    this.totals.bytesIn += utf8Length(piece);
    this.addOut(out, renderRaw(this.seg.carry, piece, first));
  }

  /** Text put out; pushed as UTF-8, it is encoded (a gap, a BOM, an over-long line, a text cleaned again). */
  private addOut(out: Out, text: string, bytes?: number): void {
    if (!text) return;
    if (out.bin) {
      out.bin.writeString(text, bytes);
      return;
    }
    this.totals.bytesOut += bytes ?? utf8Length(text);
    this.outLines.add(text);
    out.text += text;
  }
}


let textDecoder: { decode(bytes: Uint8Array): string } | undefined;

/** Decodes the chunks pushUtf8 was given with no text (valid UTF-8). */
function decode(bytes: Uint8Array): string {
  textDecoder ??= new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  return textDecoder.decode(bytes);
}

function newOut(bytes: boolean): Out {
  return { text: "", cuts: [], bin: bytes ? new ByteSink() : null };
}
