import { type Options } from "../core/options.js";
import { type StreamTuning } from "../core/stream-clean.js";
import type { CleanStats, Cut } from "../core/types.js";
import { type Encoding } from "../io/text-stream.js";
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
    end?: {
        stats: CleanStats;
        encoding: Encoding;
    };
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
export declare function cleanStream(source: AsyncIterable<Uint8Array | string>, options?: Partial<Options>, o?: CleanStreamOptions): AsyncGenerator<CleanPiece, void, undefined>;
