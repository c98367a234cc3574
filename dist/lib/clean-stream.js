// One text cleaned as it streams: bytes in (UTF-8, or UTF-16 with its BOM), clean bytes out in the
// same encoding, segment by segment, holding only the current segment (core/stream-clean.ts).
import { resolveOptions } from "../core/options.js";
import { StreamCleaner } from "../core/stream-clean.js";
import { loadFormat } from "../core/unit-splitters.js";
import { TextStreamDecoder, TextStreamEncoder } from "../io/text-stream.js";
/**
 * Cleans a text that arrives in chunks (a file, standard input, a socket), yielding the clean text
 * as soon as each stretch of it is settled. The concatenated `bytes` are what `clean()` would give
 * for the whole text, encoded as it came. Throws an `InputError` naming `name` on binary data or
 * invalid UTF-8 or UTF-16.
 *
 * @example
 * for await (const piece of cleanStream(process.stdin)) process.stdout.write(piece.bytes);
 */
export async function* cleanStream(source, options = {}, o = {}) {
    const opts = resolveOptions(options);
    await loadFormat(opts.format);
    const decoder = new TextStreamDecoder(o.name ?? "<stdin>");
    const cleaner = new StreamCleaner(opts, undefined, o.tuning);
    let encoder;
    const encode = (text) => (text ? (encoder ??= new TextStreamEncoder(decoder.encoding ?? "utf8")).write(text) : new Uint8Array(0));
    for await (const chunk of source) {
        const text = decoder.write(typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk);
        if (!text)
            continue;
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
function concat(a, b) {
    const out = new Uint8Array(a.length + b.length);
    out.set(a);
    out.set(b, a.length);
    return out;
}
//# sourceMappingURL=clean-stream.js.map