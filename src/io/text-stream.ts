// Bytes to text and back, chunk by chunk: the encoding is found in the first bytes (UTF-16 BOM or
// UTF-8), binary data and invalid sequences are refused with their byte offset, and the text is
// written back in the encoding it came in, byte for byte.
import { isAscii, isUtf8, transcode } from "node:buffer";
import { holdTrailingHighSurrogate } from "../core/surrogates.js";
import { InputError } from "../base/errors.js";

const UTF8 = new TextEncoder();

/** How a text file is stored; it is written back the same way. */
export type Encoding = "utf8" | "utf16le" | "utf16be";

export class TextStreamDecoder {
  encoding: Encoding | undefined;
  /** Bytes taken in so far. */
  private offset = 0;
  /** Bytes held back: the start of an unfinished sequence (or of the BOM). */
  private held: Uint8Array = new Uint8Array(0);
  private readonly utf16 = new TextDecoder("utf-16le");
  /** A high surrogate ended the last chunk; its byte offset. */
  private highAt = -1;
  /**
   * The UTF-8 bytes of the text the last call gave (views of the bytes written, which the caller
   * must leave as they are): that text's UTF-8 exactly. null for UTF-16.
   */
  lastUtf8: Uint8Array | null = null;
  /**
   * A UTF-8 chunk shorter than this (bytes) is checked but not decoded: write() gives "" and
   * lastUtf8 its bytes, which the caller decodes where it reads them. 0: every chunk is decoded.
   */
  keepUtf8Below = 0;

  constructor(private readonly name: string) {}

  /** The text of this chunk (possibly empty); throws an InputError naming the file and byte offset. */
  write(chunk: Uint8Array): string {
    this.lastUtf8 = null;
    const bytes = this.held.length > 0 ? concat(this.held, chunk) : chunk;
    const base = this.offset - this.held.length;
    this.offset += chunk.length;
    this.held = new Uint8Array(0);
    if (this.encoding === undefined) {
      if (bytes.length < 2) {
        this.held = bytes.slice();
        return "";
      }
      if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        this.encoding = bytes[0] === 0xff ? "utf16le" : "utf16be";
        return "\uFEFF" + this.writeUtf16(bytes.subarray(2), base + 2);
      }
      this.encoding = "utf8";
    }
    return this.encoding === "utf8" ? this.writeUtf8(bytes, base, bytes.length < this.keepUtf8Below) : this.writeUtf16(bytes, base);
  }

  /** The rest of the text; throws when the input stops in the middle of a character. */
  end(): string {
    this.lastUtf8 = null;
    const at = this.offset - this.held.length;
    if (this.encoding === undefined) {
      const rest = this.held;
      this.held = new Uint8Array(0);
      this.encoding = "utf8";
      const text = this.writeUtf8(rest, at);
      const bytes = this.lastUtf8;
      this.end();
      this.lastUtf8 = bytes;
      return text;
    }
    if (this.held.length > 0) {
      const what = this.encoding === "utf8" ? "invalid UTF-8" : "invalid UTF-16 (odd number of bytes)";
      throw new InputError(`${this.name}: ${what} at byte offset ${at}, not cleaned`);
    }
    if (this.highAt >= 0) throw this.badUtf16(this.highAt);
    return "";
  }

  private writeUtf8(bytes: Uint8Array, base: number, lazy = false): string {
    const nul = bytes.indexOf(0);
    if (nul !== -1) throw new InputError(`${this.name}: binary file (NUL byte at offset ${base + nul}), not cleaned`);
    const keep = bytes.length - unfinishedUtf8(bytes);
    if (keep < bytes.length) this.held = bytes.slice(keep);
    const body = bytes.subarray(0, keep);
    if (lazy) {
      if (!isUtf8(body)) throw new InputError(`${this.name}: invalid UTF-8 at byte offset ${base + firstInvalidUtf8(body)}, not cleaned`);
      this.lastUtf8 = body;
      return "";
    }
    const text = decodeUtf8(body);
    if (text === null) throw new InputError(`${this.name}: invalid UTF-8 at byte offset ${base + firstInvalidUtf8(body)}, not cleaned`);
    this.lastUtf8 = body;
    return text;
  }

  private writeUtf16(bytes: Uint8Array, base: number): string {
    const even = bytes.length - (bytes.length % 2);
    if (even < bytes.length) this.held = bytes.slice(even);
    const units = new Uint8Array(even);
    const be = this.encoding === "utf16be";
    for (let i = 0; i < even; i += 2) {
      units[i] = bytes[be ? i + 1 : i] ?? 0;
      units[i + 1] = bytes[be ? i : i + 1] ?? 0;
    }
    // A lone surrogate has no UTF-16 reading that writes back the same bytes: refuse it.
    for (let i = 0; i < even; i += 2) {
      const c = (units[i] ?? 0) | ((units[i + 1] ?? 0) << 8);
      if (c === 0) throw new InputError(`${this.name}: binary file (NUL character at offset ${base + i}), not cleaned`);
      const high = c >= 0xd800 && c <= 0xdbff;
      const low = c >= 0xdc00 && c <= 0xdfff;
      if (this.highAt >= 0 && !low) throw this.badUtf16(this.highAt);
      if (this.highAt < 0 && low) throw this.badUtf16(base + i);
      this.highAt = high ? base + i : -1;
    }
    return this.utf16.decode(units, { stream: true });
  }

  private badUtf16(at: number): InputError {
    return new InputError(`${this.name}: invalid UTF-16 (unpaired surrogate) at byte offset ${at}, not cleaned`);
  }
}

/** Writes text back in its encoding; a UTF-16 text's BOM is its first character. */
export class TextStreamEncoder {
  private wrote = false;
  /** A high surrogate that ended the last piece: UTF-8 needs its pair to encode it. */
  private high = "";
  constructor(private readonly encoding: Encoding) {}

  write(piece: string): Uint8Array {
    if (piece.length > 0) this.wrote = true;
    if (this.encoding !== "utf8") return this.utf16(piece);
    let text: string;
    [text, this.high] = holdTrailingHighSurrogate(this.high + piece);
    return UTF8.encode(text);
  }

  private utf16(text: string): Uint8Array {
    const out = new Uint8Array(text.length * 2);
    const le = this.encoding === "utf16le";
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      out[2 * i] = le ? c & 0xff : c >> 8;
      out[2 * i + 1] = le ? c >> 8 : c & 0xff;
    }
    return out;
  }

  /** A UTF-16 text cut down to nothing keeps its BOM, so it stays a UTF-16 file. */
  end(): Uint8Array {
    if (this.high) {
      const rest = new TextEncoder().encode(this.high);
      this.high = "";
      return rest;
    }
    if (this.wrote || this.encoding === "utf8") return new Uint8Array(0);
    return this.encoding === "utf16le" ? Uint8Array.of(0xff, 0xfe) : Uint8Array.of(0xfe, 0xff);
  }
}

/**
 * The text of UTF-8 bytes, a BOM kept as U+FEFF; null when they are not valid UTF-8. What
 * `new TextDecoder("utf-8", { fatal: true, ignoreBOM: true })` gives, four to five times faster on
 * text past ASCII (node 20's decoder: 7 ns a byte, about 200 ms of a 30 MB pipe run): the bytes
 * are checked (simdutf), then ASCII is copied as Latin-1 and the rest converted to UTF-16 by ICU
 * and copied as such. A text past ASCII comes out a two-byte string even where every character is
 * under U+0100 (the decoder made those one-byte): the same characters.
 */
export function decodeUtf8(body: Uint8Array): string | null {
  const b = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (isAscii(b)) return b.toString("latin1");
  if (!isUtf8(b)) return null;
  return transcode(b, "utf8", "utf16le").toString("utf16le");
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Length of a sequence that starts near the end of `b` and needs bytes not yet read. */
function unfinishedUtf8(b: Uint8Array): number {
  for (let k = 1; k <= 3 && k <= b.length; k++) {
    const c = b[b.length - k] ?? 0;
    if ((c & 0xc0) === 0x80) continue;
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return need > k ? k : 0;
  }
  return 0;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i] ?? 0;
    const need = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
    }
    if (need === 2 && ((c === 0xe0 && (b[i + 1] ?? 0) < 0xa0) || (c === 0xed && (b[i + 1] ?? 0) > 0x9f))) return i;
    if (need === 3 && ((c === 0xf0 && (b[i + 1] ?? 0) < 0x90) || (c === 0xf4 && (b[i + 1] ?? 0) > 0x8f))) return i;
    i += need + 1;
  }
  return b.length;
}
