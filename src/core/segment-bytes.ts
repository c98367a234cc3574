// A stream's input kept as the UTF-8 bytes it came in, beside the decoded text, so that kept text
// is written out as byte ranges of the input: no output string is joined and encoded again.

const encoder = new TextEncoder();
let scratch: Uint8Array | null = null;
const CHUNK = 65536;

/**
 * The UTF-8 length of `s.slice(from, to)`, a lone surrogate counted as U+FFFD (3 bytes), as
 * written. Short spans by a loop over the char codes, long ones by the engine's encoder over
 * slices (several times faster a character).
 */
export function utf8Span(s: string, from: number, to: number): number {
  if (to - from < 48) {
    let n = to - from;
    for (let i = from; i < to; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x80) continue;
      if (c < 0x800) n += 1;
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        n += 2; // a pair: 4 bytes for 2 code units
        i++;
      } else n += 2;
    }
    return n;
  }
  scratch ??= new Uint8Array(3 * CHUNK + 3);
  let n = 0;
  for (let i = from; i < to; ) {
    let j = Math.min(to, i + CHUNK);
    const last = s.charCodeAt(j - 1);
    if (last >= 0xd800 && last <= 0xdbff && j < to) j++; // keep a surrogate pair together
    n += encoder.encodeInto(s.slice(i, j), scratch).written;
    i = j;
  }
  return n;
}

/**
 * The UTF-16 length of the text of `b`, valid UTF-8 (a character of four bytes is a surrogate
 * pair): one for each byte that does not continue a sequence, one more for each that opens four.
 */
export function utf16Length(b: Uint8Array, from = 0, to = b.length): number {
  let n = to - from;
  for (let i = from; i < to; i++) {
    const c = b[i] as number;
    if (c < 0x80) continue;
    if (c < 0xc0) n--;
    else if (c >= 0xf0) n++;
  }
  return n;
}

/** Bytes in pieces, read from the front: appended at the back, dropped from the front. */
export class ByteQueue {
  private pieces: Uint8Array[] = [];
  /** Bytes of pieces[0] dropped already. */
  private head = 0;
  /** Bytes held. */
  length = 0;
  /** copyTo's last starting piece, and where it starts among the bytes held. */
  private cursorK = 0;
  private cursorStart = 0;

  push(b: Uint8Array): void {
    if (b.length === 0) return;
    this.pieces.push(b);
    this.length += b.length;
  }

  /** Drops the first `n` bytes. */
  drop(n: number): void {
    if (n > this.length) throw new Error("ByteQueue: drop past the end");
    this.length -= n;
    let k = 0;
    while (n > 0) {
      const p = this.pieces[k] as Uint8Array;
      const left = p.length - this.head;
      if (n < left) {
        this.head += n;
        break;
      }
      n -= left;
      this.head = 0;
      k++;
    }
    if (k > 0) this.pieces.splice(0, k);
    this.cursorK = 0;
    this.cursorStart = -this.head;
  }

  /** The bytes held, as one array (a view of the only piece where there is one). */
  all(): Uint8Array {
    const first = this.pieces[0];
    if (!first) return new Uint8Array(0);
    return joinBytes([first.subarray(this.head), ...this.pieces.slice(1)]);
  }

  /** Keeps the last `n` bytes. */
  keepLast(n: number): void {
    this.drop(this.length - n);
  }

  /**
   * Copies the bytes [from, to) of those held to the end of `into`. Ranges asked in order start
   * from the piece the last one started in (a stream's chunks can be 64 KB: hundreds a segment).
   */
  copyTo(from: number, to: number, into: ByteSink): void {
    if (from < 0 || to > this.length || from > to) throw new Error("ByteQueue: range out of bounds");
    if (from === to) return;
    into.room(to - from);
    const pieces = this.pieces;
    let k = 0;
    let start = -this.head; // where pieces[k] starts among the bytes held
    if (this.cursorStart <= from && this.cursorK < pieces.length) {
      k = this.cursorK;
      start = this.cursorStart;
    }
    while (start + (pieces[k] as Uint8Array).length <= from) start += (pieces[k++] as Uint8Array).length;
    this.cursorK = k;
    this.cursorStart = start;
    for (let at = from; at < to; k++) {
      const p = pieces[k] as Uint8Array;
      const a = at - start;
      const b = Math.min(to - start, p.length);
      into.buf.set(a === 0 && b === p.length ? p : p.subarray(a, b), into.length);
      into.length += b - a;
      at = start + b;
      start += p.length;
    }
  }
}

/**
 * Bytes written one after the other into one array that grows: what a call of the stream puts out.
 * A kept unit is copied into it as it is found, so no object stands for it until the call returns
 * (a view a unit, held to the end of the call, cost 440 MB on a million one-word paragraphs).
 */
export class ByteSink {
  buf: Uint8Array = new Uint8Array(0);
  length = 0;

  /** Makes room for `n` more bytes. */
  room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.length + n, 2 * this.buf.length, 4096));
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  /** Writes `s` as UTF-8 (a lone surrogate as U+FFFD, as TextEncoder does); `bytes` when known. */
  writeString(s: string, bytes = 3 * s.length): void {
    this.room(bytes);
    const r = encoder.encodeInto(s, this.buf.subarray(this.length));
    this.length += r.written;
    if (r.read < s.length) this.writeString(s.slice(r.read)); // `bytes` was short: the rest at 3 a unit
  }

  /** What was written, and a fresh start. */
  take(): Uint8Array {
    const out = this.buf.subarray(0, this.length);
    this.buf = new Uint8Array(0);
    this.length = 0;
    return out;
  }
}

/** The pieces as one array: the piece itself when there is one. */
export function joinBytes(pieces: readonly Uint8Array[]): Uint8Array {
  if (pieces.length === 1) return pieces[0] as Uint8Array;
  let n = 0;
  for (const b of pieces) n += b.length;
  const out = new Uint8Array(n);
  n = 0;
  for (const b of pieces) {
    out.set(b, n);
    n += b.length;
  }
  return out;
}
