// Bytes to text and back for whole files (see text-stream.ts): refuses binary data and invalid UTF-8 with the byte offset, keeps UTF-16.
import { TextStreamDecoder, type Encoding } from "./text-stream.js";

export type { Encoding } from "./text-stream.js";

export interface Decoded {
  text: string;
  encoding: Encoding;
}

/** Decodes a whole file; `name` goes into the one-line error. */
export function decodeBytes(bytes: Uint8Array, name: string): Decoded {
  const d = new TextStreamDecoder(name);
  const text = d.write(bytes) + d.end();
  return { text, encoding: d.encoding ?? "utf8" };
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

export { firstInvalidUtf8 } from "./text-stream.js";
