// The chunked decoder gives the same text, or the same refusal, however the bytes are split.
import fc from "fast-check";
import { expect, test } from "vitest";
import { decodeUtf8, TextStreamDecoder, TextStreamEncoder } from "../../src/io/text-stream.js";

function decodeInPieces(bytes: Uint8Array, cuts: number[]): { text: string; error: string } {
  const d = new TextStreamDecoder("x.txt");
  let text = "";
  try {
    let from = 0;
    for (const at of [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b)) {
      text += d.write(bytes.subarray(from, at));
      from = at;
    }
    text += d.write(bytes.subarray(from)) + d.end();
    return { text, error: "" };
  } catch (e) {
    return { text: "", error: (e as Error).message };
  }
}

const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 64 }),
  fc.string({ unit: "grapheme", maxLength: 30 }).map((s) => new TextEncoder().encode(s)),
  fc.tuple(fc.constantFrom("le", "be"), fc.string({ unit: "binary", maxLength: 30 })).map(([o, s]) => {
    const b = Buffer.from("\uFEFF" + s, "utf16le");
    return new Uint8Array(o === "le" ? b : b.swap16());
  }),
);

// A chunk is checked for NUL bytes before UTF-8, so split input may name an earlier invalid byte
// where the whole names a later NUL: both refuse, at an offset where the bytes are bad.
test("any split of the bytes: the same text, or a refusal at a bad byte as when decoding them whole", () => {
  fc.assert(
    fc.property(bytes, fc.array(fc.nat(), { maxLength: 10 }), (b, cuts) => {
      const split = decodeInPieces(b, cuts);
      const whole = decodeInPieces(b, []);
      expect(split.text).toBe(whole.text);
      expect(split.error === "").toBe(whole.error === "");
      const binary = /^x\.txt: binary file \(NUL (byte|character) at offset (\d+)\), not cleaned$/.exec(split.error);
      if (binary && binary[1] === "byte") expect(b[Number(binary[2])]).toBe(0);
      if (split.error) expect(split.error).toMatch(/^x\.txt: (binary file|invalid UTF-(8|16)).* offset \d+\)?, not cleaned$/);
    }),
    { numRuns: 3000 },
  );
});

test("chunks kept as UTF-8 (keepUtf8Below): each piece's text is its kept bytes decoded, and the refusals are the same, at the same piece", () => {
  const run = (b: Uint8Array, cuts: number[], below: number): string[] => {
    const d = new TextStreamDecoder("x.txt");
    d.keepUtf8Below = below;
    const out: string[] = [];
    try {
      let from = 0;
      for (const at of [...[...new Set(cuts.map((c) => c % (b.length + 1)))].sort((x, y) => x - y), b.length]) {
        const text = d.write(b.subarray(from, at));
        const kept = d.lastUtf8;
        out.push(text === "" && kept && below > 0 ? (decodeUtf8(kept) ?? "not UTF-8") : text);
        from = at;
      }
      out.push(d.end());
    } catch (e) {
      out.push((e as Error).message);
    }
    return out;
  };
  fc.assert(
    fc.property(bytes, fc.array(fc.nat(), { maxLength: 10 }), fc.constantFrom(1, 4, 1 << 18), (b, cuts, below) => {
      expect(run(b, cuts, below)).toEqual(run(b, cuts, 0));
    }),
    { numRuns: 3000 },
  );
});

test("what decodes encodes back to the same bytes, in pieces too", () => {
  fc.assert(
    fc.property(bytes, fc.nat(), (b, at) => {
      const d = new TextStreamDecoder("x.txt");
      let text: string;
      try {
        text = d.write(b) + d.end();
      } catch {
        return;
      }
      const e = new TextStreamEncoder(d.encoding ?? "utf8");
      const cut = at % (text.length + 1);
      const out = Buffer.concat([e.write(text.slice(0, cut)), e.write(text.slice(cut)), e.end()]);
      expect(out.equals(Buffer.from(b)) || (b.length < 2 && text === "")).toBe(true);
    }),
    { numRuns: 3000 },
  );
});

// decodeUtf8 checks, then converts, in two steps (node:buffer) where the decoder did both: the same
// text for valid bytes, null exactly where the decoder refuses.
const utf8Bytes = fc.oneof(
  fc.uint8Array({ maxLength: 64 }),
  fc.string({ unit: "binary", maxLength: 40 }).map((s) => new TextEncoder().encode(s)),
  fc.string({ unit: fc.constantFrom("a", " ", "\n", "\uFEFF", "é", "“", "\uFFFF", "\u{1F600}", "\u00A0"), maxLength: 40 }).map((s) => new TextEncoder().encode(s)),
  // valid text with a byte changed, dropped or added: invalid sequences next to valid ones
  fc.tuple(fc.string({ unit: "binary", minLength: 1, maxLength: 30 }), fc.nat(), fc.integer({ min: 0, max: 255 })).map(([s, at, v]) => {
    const b = Array.from(new TextEncoder().encode(s));
    b.splice(at % (b.length + 1), at % 3 === 0 ? 1 : 0, ...(at % 3 === 1 ? [] : [v]));
    return Uint8Array.from(b);
  }),
);

test("decodeUtf8: the fatal decoder's text, with a BOM kept, and null where it throws", () => {
  const reference = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  fc.assert(
    fc.property(utf8Bytes, fc.nat(8), (b, off) => {
      // a view into a bigger buffer, as the reader's chunks are
      const big = new Uint8Array(b.length + off + 3).fill(0x41);
      big.set(b, off);
      const view = big.subarray(off, off + b.length);
      let expected: string | null;
      try {
        expected = reference.decode(view);
      } catch {
        expected = null;
      }
      expect(decodeUtf8(view)).toBe(expected);
    }),
    { numRuns: 5000 },
  );
  expect(decodeUtf8(Uint8Array.of(0xef, 0xbb, 0xbf, 0x61))).toBe("\uFEFFa");
  expect(decodeUtf8(Uint8Array.of(0xed, 0xa0, 0x80))).toBe(null);
});
