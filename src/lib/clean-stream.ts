// One text cleaned as it streams: bytes in (UTF-8, or UTF-16 with its BOM), clean bytes out in the
// same encoding, segment by segment, holding only the current segment (core/stream-clean.ts).
import { resolveOptions, type Options } from "../core/options.js";
import { StreamCleaner, type StreamTuning } from "../core/stream-clean.js";
import type { CleanStats, Cut } from "../core/types.js";
import { loadFormat } from "../core/unit-splitters.js";
import { loadPageModel } from "../core/boilerplate/page-model-loader.js";
import { decodeUtf8, TextStreamDecoder, TextStreamEncoder, type Encoding } from "../io/text-stream.js";

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
  /**
   * The source never writes into a chunk it has yielded (node's file and socket streams make a
   * new buffer for every read). A UTF-8 text's kept stretches then come out as its chunks' own
   * bytes, held until written, and `text` is decoded from `bytes` only when read. Default false.
   */
  chunksKept?: boolean | undefined;
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
  if (options.pageModel !== undefined && options.pageModel !== false) await loadPageModel();
  const opts = resolveOptions(options);
  await loadFormat(opts.format);
  const decoder = new TextStreamDecoder(o.name ?? "<stdin>");
  // Small kept chunks of UTF-8 (standard input's 64 KB) go to the cleaner undecoded: it decodes
  // them a segment at a time, in one piece. Decoded one by one, each made a string the scavenger
  // copied and the buffer a string of many pieces, copied into one when read; a chunk of 1 MB (a
  // file's) is decoded as it comes, which costs no more (its string is not copied again).
  decoder.keepUtf8Below = o.chunksKept === true ? KEEP_UTF8_BELOW : 0;
  const cleaner = new StreamCleaner(opts, undefined, o.tuning);
  let encoder: TextStreamEncoder | undefined;
  const encode = (text: string): Uint8Array => (text ? (encoder ??= new TextStreamEncoder(decoder.encoding ?? "utf8")).write(text) : new Uint8Array(0));
  // Set once the first text comes: UTF-8 from chunks that stay as they are.
  let asBytes: boolean | undefined;
  const push = (text: string): { text?: string; bytes: Uint8Array | null; cuts: Cut[] } => {
    asBytes ??= o.chunksKept === true && decoder.lastUtf8 !== null;
    if (!asBytes) return { ...cleaner.push(text), bytes: null };
    return cleaner.pushUtf8(text || null, decoder.lastUtf8 as Uint8Array);
  };
  for await (const chunk of source) {
    const text = decoder.write(typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk);
    // A chunk kept as UTF-8 (keepUtf8Below) comes as its bytes alone.
    const kept = text ? null : decoder.lastUtf8;
    if (!text && !kept?.length) continue;
    const piece = push(text);
    yield withText({ input: text, inputUtf8: kept, bytes: piece.bytes ?? encode(piece.text ?? ""), cuts: piece.cuts }, piece.text);
  }
  const rest = decoder.end();
  const piece = rest ? push(rest) : { text: "", bytes: null, cuts: [] };
  if (asBytes) {
    const last = cleaner.endUtf8();
    yield withText({ input: rest, bytes: concat(piece.bytes ?? new Uint8Array(0), last.bytes), cuts: [...piece.cuts, ...last.cuts], end: { stats: last.stats, encoding: "utf8" } });
    return;
  }
  const last = cleaner.end();
  const text = (piece.text ?? "") + last.text;
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

/**
 * The piece with its text: given, or (bytes cleaned as bytes) decoded from them when first read;
 * its input likewise, from `inputUtf8` where the chunk was kept undecoded.
 */
function withText(p: Omit<CleanPiece, "text"> & { inputUtf8?: Uint8Array | null }, text?: string): CleanPiece {
  if (text !== undefined) return { input: p.input, text, bytes: p.bytes, cuts: p.cuts, ...(p.end ? { end: p.end } : {}) };
  let decoded: string | undefined;
  let input = p.inputUtf8 ? undefined : p.input;
  const inputUtf8 = p.inputUtf8;
  const piece = {
    get input(): string {
      return (input ??= decodeOrThrow(inputUtf8 as Uint8Array));
    },
    get text(): string {
      return (decoded ??= decodeUtf8(p.bytes) ?? "");
    },
    bytes: p.bytes,
    cuts: p.cuts,
  };
  return p.end ? Object.assign(piece, { end: p.end }) : piece;
}

/** Chunks of UTF-8 under this many bytes are left undecoded where chunks are kept. */
const KEEP_UTF8_BELOW = 1 << 18;

/** Decodes UTF-8 the decoder checked already. */
function decodeOrThrow(bytes: Uint8Array): string {
  const text = decodeUtf8(bytes);
  if (text === null) throw new Error("cleanStream: UTF-8 checked valid does not decode");
  return text;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
