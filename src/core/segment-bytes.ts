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

/** Bytes in pieces, read from the front: appended at the back, dropped from the front. */
export class ByteQueue {
  private pieces: Uint8Array[] = [];
  /** Bytes of pieces[0] dropped already. */
  private head = 0;
  /** Bytes held. */
  length = 0;

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
  }

  /** Keeps the last `n` bytes. */
  keepLast(n: number): void {
    this.drop(this.length - n);
  }

  /** Appends to `into` the bytes [from, to) of those held, as views of the pieces (no copy). */
  slices(from: number, to: number, into: Uint8Array[]): void {
    if (from < 0 || to > this.length || from > to) throw new Error("ByteQueue: range out of bounds");
    let at = from + this.head;
    let end = to + this.head;
    for (const p of this.pieces) {
      if (at >= end) return;
      if (at < p.length) {
        const stop = Math.min(end, p.length);
        into.push(p.subarray(at, stop));
      }
      at = Math.max(0, at - p.length);
      end -= p.length;
    }
  }
}

/** One array of the pieces, in order (a single piece is given back as it is). */
export function joinBytes(pieces: readonly Uint8Array[], size: number): Uint8Array {
  if (pieces.length === 1) return pieces[0] as Uint8Array;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
