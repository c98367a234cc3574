// The chunked decoder gives the same text, or the same refusal, however the bytes are split.
import fc from "fast-check";
import { expect, test } from "vitest";
import { TextStreamDecoder, TextStreamEncoder } from "../../src/io/text-stream.js";

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
