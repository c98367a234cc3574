// The stream's bytes path: a text pushed with its UTF-8 comes out as the bytes of what the text
// path gives, its kept stretches taken from the bytes pushed.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { Options } from "../../src/core/options.js";
import { ByteQueue, ByteSink, utf16Length, utf8Span } from "../../src/core/segment-bytes.js";
import { StreamCleaner, type StreamTuning } from "../../src/core/stream-clean.js";
import { document, hostileText, mutated } from "../helpers/text-arbitraries.js";

const utf8 = new TextEncoder();

describe("utf8Span", () => {
  const chars = fc.constantFrom("a", " ", "\n", "\u00e9", "\u20ac", "\ud83d\ude00", "\ud800", "\udc00", "\uFEFF", "x".repeat(50), "\u00e9".repeat(40));
  test("is the length of the span's UTF-8 (a lone surrogate as U+FFFD), short spans and long", () => {
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 80 }), fc.nat(), fc.nat(), (xs, p, q) => {
        const s = xs.join("");
        const from = Math.min(p, q) % (s.length + 1);
        const to = from + (Math.max(p, q) % (s.length - from + 1));
        expect(utf8Span(s, from, to)).toBe(utf8.encode(s.slice(from, to)).length);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("utf16Length", () => {
  test("is the length of the text of valid UTF-8, and of any range of whole characters", () => {
    const chars = fc.constantFrom("a", "\n", "\u00e9", "\u07ff", "\u0800", "\u20ac", "\uffff", "\ud83d\ude00", "\udbff\udfff");
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 60 }), fc.nat(), (xs, k) => {
        const s = xs.join("");
        const b = utf8.encode(s);
        expect(utf16Length(b)).toBe(s.length);
        const cut = k % (xs.length + 1);
        const head = utf8.encode(xs.slice(0, cut).join("")).length;
        expect(utf16Length(b, head)).toBe(xs.slice(cut).join("").length);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("ByteQueue and ByteSink", () => {
  test("ranges copied, strings written, drops and the kept tail read as over plain arrays", () => {
    const ops = fc.array(
      fc.oneof(
        fc.record({ push: fc.uint8Array({ maxLength: 9 }) }),
        fc.record({ drop: fc.nat() }),
        fc.record({ keep: fc.nat() }),
        fc.record({ from: fc.nat(), to: fc.nat() }),
        fc.record({ write: fc.string({ unit: fc.constantFrom("a", "\n", "\u00e9", "\u20ac", "\ud83d\ude00", "\ud800", "\udc00"), maxLength: 6 }), short: fc.boolean() }),
        fc.record({ take: fc.constant(true) }),
      ),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(ops, (list) => {
        const q = new ByteQueue();
        const sink = new ByteSink();
        let model: number[] = [];
        let written: number[] = [];
        for (const op of list) {
          if ("push" in op) {
            q.push(op.push);
            model.push(...op.push);
          } else if ("drop" in op) {
            const n = op.drop % (model.length + 1);
            q.drop(n);
            model = model.slice(n);
          } else if ("keep" in op) {
            const n = op.keep % (model.length + 1);
            q.keepLast(n);
            model = model.slice(model.length - n);
          } else if ("write" in op) {
            const bytes = utf8.encode(op.write);
            // A byte count too small must not lose the rest of the string.
            sink.writeString(op.write, op.short ? Math.floor(bytes.length / 2) : bytes.length);
            written.push(...bytes);
          } else if ("take" in op) {
            expect([...sink.take()]).toEqual(written);
            written = [];
          } else {
            const a = op.from % (model.length + 1);
            const b = a + (op.to % (model.length - a + 1));
            q.copyTo(a, b, sink);
            written.push(...model.slice(a, b));
          }
          expect(q.length).toBe(model.length);
          expect([...sink.buf.subarray(0, sink.length)]).toEqual(written);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

/** The text path: pieces of text, their outputs encoded. */
function viaText(chunks: string[], tuning: Partial<StreamTuning>, o: Partial<Options>) {
  const s = new StreamCleaner(o, undefined, tuning);
  let out = "";
  const cuts = [];
  for (const c of chunks) {
    const p = s.push(c);
    out += p.text;
    cuts.push(...p.cuts);
  }
  const end = s.end();
  return { bytes: [...utf8.encode(out + end.text)], cuts: [...cuts, ...end.cuts], stats: end.stats };
}

/** The bytes path: each piece with its UTF-8, laid out in one array as a decoder's views would be. */
function viaBytes(chunks: string[], tuning: Partial<StreamTuning>, o: Partial<Options>) {
  const s = new StreamCleaner(o, undefined, tuning);
  const out: number[] = [];
  const cuts = [];
  for (const c of chunks) {
    const all = utf8.encode(`#${c}#`);
    const p = s.pushUtf8(c, all.subarray(1, all.length - 1));
    out.push(...p.bytes);
    cuts.push(...p.cuts);
  }
  const end = s.endUtf8();
  return { bytes: [...out, ...end.bytes], cuts: [...cuts, ...end.cuts], stats: end.stats };
}

/** The bytes path with no text: each piece as its UTF-8 alone, decoded by the cleaner where read. */
function viaBytesAlone(chunks: string[], tuning: Partial<StreamTuning>, o: Partial<Options>, mixed = false) {
  const s = new StreamCleaner(o, undefined, tuning);
  const out: number[] = [];
  const cuts: ReturnType<StreamCleaner["endUtf8"]>["cuts"] = [];
  chunks.forEach((c, k) => {
    const all = utf8.encode(`#${c}#`);
    // Mixed: every third piece comes with its text, as pushUtf8 takes it too.
    const p = s.pushUtf8(mixed && k % 3 === 1 ? c : null, all.subarray(1, all.length - 1));
    out.push(...p.bytes);
    cuts.push(...p.cuts);
  });
  const end = s.endUtf8();
  return { bytes: [...out, ...end.bytes], cuts: [...cuts, ...end.cuts], stats: end.stats };
}

// Valid UTF-8 has no lone surrogate: the text a decoder gives.
const wellFormed = (s: string): string => new TextDecoder().decode(utf8.encode(s));
const texts = fc.oneof(document, mutated, document.map((d) => d.repeat(3)), hostileText, fc.tuple(document, hostileText).map(([d, h]) => d + h + d)).map(wellFormed);
const withEnds = fc.tuple(texts, fc.constantFrom("", "\uFEFF"), fc.constantFrom("\n", "\r\n", "\r")).map(([t, bom, eol]) => bom + t.replace(/\r?\n/g, eol));
const tunings = fc.constantFrom<Partial<StreamTuning>>(
  {},
  { segmentChars: 40, maxSegmentChars: 80, maxLineChars: 30 },
  { segmentChars: 7, maxSegmentChars: 14, maxLineChars: 10 },
  { segmentChars: 200, maxSegmentChars: Infinity, maxLineChars: Infinity },
  { segmentChars: 100, maxSegmentChars: 100, maxLineChars: 60 },
);
const options = fc.constantFrom<Partial<Options>>({}, { exact: true }, { minWords: 3, stubMaxWords: 2 }, { dedupe: false });

/** Cut points, never inside a surrogate pair (a decoder never ends a piece there). */
function pieces(s: string, at: number[]): string[] {
  const cuts = [...new Set(at.map((p) => p % (s.length + 1)))]
    .filter((p) => !(p > 0 && (s.charCodeAt(p - 1) & 0xfc00) === 0xd800 && (s.charCodeAt(p) & 0xfc00) === 0xdc00))
    .sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const p of [...cuts, s.length]) {
    out.push(s.slice(from, p));
    from = p;
  }
  return out;
}

/** A text in pieces: cut at some points, and at every `step` characters. */
const chunked = fc
  .tuple(withEnds, fc.array(fc.nat(), { maxLength: 12 }), fc.integer({ min: 3, max: 120 }))
  .map(([x, at, step]) => pieces(x, [...at, ...Array.from({ length: Math.floor(x.length / step) }, (_, i) => (i + 1) * step)]));

/** The same bytes, cuts and figures. */
function expectSame(b: { bytes: unknown; cuts: unknown; stats: unknown }, a: { bytes: unknown; cuts: unknown; stats: unknown }): void {
  expect(b.bytes).toEqual(a.bytes);
  expect(b.cuts).toEqual(a.cuts);
  expect(b.stats).toEqual(a.stats);
}

describe("StreamCleaner.pushUtf8", () => {
  test("gives the UTF-8 of push()'s text, its cuts and its figures, for any pieces and segment sizes", () => {
    fc.assert(
      fc.property(chunked, tunings, options, (chunks, tuning, o) => {
        expectSame(viaBytes(chunks, tuning, o), viaText(chunks, tuning, o));
      }),
      { numRuns: 1500 },
    );
  });

  test("with no text (the cleaner decodes the buffer where it reads it), or some pieces with it: the same bytes, cuts and figures", () => {
    fc.assert(
      fc.property(chunked, tunings, options, fc.boolean(), (chunks, tuning, o, mixed) => {
        expectSame(viaBytesAlone(chunks, tuning, o, mixed), viaText(chunks, tuning, o));
      }),
      { numRuns: 1500 },
    );
  });

  test("with no text, by name: a BOM, CR then LF across pieces, a long line, a later line opening with U+FEFF", () => {
    const tuning = { segmentChars: 7, maxSegmentChars: 14, maxLineChars: 10 };
    for (const chunks of [
      ["\uFEFFone two three four five\r", "\nsix\n\n\uFEFFseven\n"],
      ["a\r", "\n", "\r", "b ".repeat(20), "\r", "\nc\n\n", "\uFEFF d\n"],
      ["x".repeat(30), "y\r", "\nz ", "\u00e9\ud83d\ude00\n\n\u3000\n"],
    ]) {
      expect(viaBytesAlone(chunks, tuning, {})).toEqual(viaText(chunks, tuning, {}));
      expect(viaBytesAlone(chunks, {}, { exact: true })).toEqual(viaText(chunks, {}, { exact: true }));
    }
  });

  test("a stream is pushed one way throughout", () => {
    const s = new StreamCleaner();
    s.push("a\n");
    expect(() => s.pushUtf8("b\n", utf8.encode("b\n"))).toThrow(/throughout/);
  });
});
