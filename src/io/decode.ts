// Bytes to text and back: refuses binary data and invalid UTF-8 with the byte offset, keeps UTF-16.
import { InputError } from "../cli/errors.js";

export type Encoding = "utf8" | "utf16le" | "utf16be";

export interface Decoded {
  text: string;
  encoding: Encoding;
}

/** Decodes a whole file; `name` goes into the one-line error. */
export function decodeBytes(bytes: Uint8Array, name: string): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: "\uFEFF" + new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf16le" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: "\uFEFF" + decodeUtf16be(bytes.subarray(2)), encoding: "utf16be" };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new InputError(`${name}: binary file (NUL byte at offset ${nul}), not cleaned`);
  try {
    // ignoreBOM keeps a UTF-8 BOM in the text, so it is written back.
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes), encoding: "utf8" };
  } catch {
    throw new InputError(`${name}: invalid UTF-8 at byte offset ${firstInvalidUtf8(bytes)}, not cleaned`);
  }
}

/** Encodes text back in the encoding it came in. */
export function encodeText(text: string, encoding: Encoding): Uint8Array {
  if (encoding === "utf8") return new TextEncoder().encode(text);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const out = new Uint8Array(2 + body.length * 2);
  out[0] = encoding === "utf16le" ? 0xff : 0xfe;
  out[1] = encoding === "utf16le" ? 0xfe : 0xff;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    const [a, b] = encoding === "utf16le" ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff];
    out[2 + 2 * i] = a;
    out[3 + 2 * i] = b;
  }
  return out;
}

function decodeUtf16be(b: Uint8Array): string {
  const swapped = new Uint8Array(b.length - (b.length % 2));
  for (let i = 0; i + 1 < b.length; i += 2) {
    swapped[i] = b[i + 1] ?? 0;
    swapped[i + 1] = b[i] ?? 0;
  }
  return new TextDecoder("utf-16le").decode(swapped);
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
