// One text cleaned as it streams: bytes in (UTF-8, or UTF-16 with its BOM), clean bytes out in the
// same encoding, segment by segment, holding only the current segment (core/stream-clean.ts).
import { resolveOptions, type Options } from "../core/options.js";
import { StreamCleaner, type StreamTuning } from "../core/stream-clean.js";
import type { CleanStats, Cut } from "../core/types.js";
import { loadFormat } from "../core/unit-splitters.js";
import { TextStreamDecoder, TextStreamEncoder, type Encoding } from "../io/text-stream.js";

/** One step of a cleaned stream. */
export interface CleanPiece {
  /** The input text this piece consumed (decoded). */
  input: string;
  /** The clean text of this piece. */
  text: string;
  /** `text` encoded as the input was: write these bytes out. */
  bytes: Uint8Array;
  /** What was cut in this piece, with reasons and line numbers in the whole text. */
  cuts: Cut[];
  /** Set on the last piece only: the figures of the whole text, and the encoding it came in. */
  end?: { stats: CleanStats; encoding: Encoding };
}

export interface CleanStreamOptions {
  /** The name in one-line errors (invalid UTF-8, binary data). Default `<stdin>`. */
  name?: string | undefined;
  /** Segment sizes; the output is the same for any (tests use small ones). */
  tuning?: Partial<StreamTuning> | undefined;
}

/**
 * Cleans a text that arrives in chunks (a file, standard input, a socket), yielding the clean text
 * as soon as each stretch of it is settled. The concatenated `bytes` are what `clean()` would give
 * for the whole text, encoded as it came. Throws an `InputError` naming `name` on binary data or
 * invalid UTF-8 or UTF-16.
 *
 * @example
 * for await (const piece of cleanStream(process.stdin)) process.stdout.write(piece.bytes);
 */
export async function* cleanStream(
  source: AsyncIterable<Uint8Array | string>,
  options: Partial<Options> = {},
  o: CleanStreamOptions = {},
): AsyncGenerator<CleanPiece, void, undefined> {
  const opts = resolveOptions(options);
  await loadFormat(opts.format);
  const decoder = new TextStreamDecoder(o.name ?? "<stdin>");
  const cleaner = new StreamCleaner(opts, undefined, o.tuning);
  let encoder: TextStreamEncoder | undefined;
  const encode = (text: string): Uint8Array => (text ? (encoder ??= new TextStreamEncoder(decoder.encoding ?? "utf8")).write(text) : new Uint8Array(0));
  for await (const chunk of source) {
    const text = decoder.write(typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk);
    if (!text) continue;
    const piece = cleaner.push(text);
    yield { input: text, text: piece.text, bytes: encode(piece.text), cuts: piece.cuts };
  }
  const rest = decoder.end();
  const piece = rest ? cleaner.push(rest) : { text: "", cuts: [] };
  const last = cleaner.end();
  const text = piece.text + last.text;
  const body = encode(text);
  const tail = (encoder ??= new TextStreamEncoder(decoder.encoding ?? "utf8")).end();
  yield {
    input: rest,
    text,
    bytes: tail.length === 0 ? body : concat(body, tail),
    cuts: [...piece.cuts, ...last.cuts],
    end: { stats: last.stats, encoding: decoder.encoding ?? "utf8" },
  };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
