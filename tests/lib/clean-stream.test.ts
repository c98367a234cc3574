// cleanStream: a text in chunks gives, piece by piece, the bytes clean() gives for the whole text.
import { describe, expect, test } from "vitest";
import { InputError } from "../../src/base/errors.js";
import { clean } from "../../src/core/clean.js";
import { cleanStream } from "../../src/lib/clean-stream.js";

const P = (n: number): string => `Paragraph ${"abcdefghij"[n % 10]} of the story, which goes on about the harbour for a while (${"xyz"[n % 3]}).`;
const TEXT = Array.from({ length: 60 }, (_, i) => P(i % 25)).join("\n\n") + "\n\nAdvertisement\n";

async function* chunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function collect(source: AsyncIterable<Uint8Array | string>) {
  const bytes: number[] = [];
  const cuts = [];
  let end;
  for await (const p of cleanStream(source, {}, { tuning: { segmentChars: 200 } })) {
    bytes.push(...p.bytes);
    cuts.push(...p.cuts);
    end = p.end;
  }
  return { text: Buffer.from(bytes).toString("utf8"), cuts, end };
}

describe("cleanStream", () => {
  test.each([1, 7, 64, 100_000])("chunks of %i bytes: the same text and cuts as clean()", async (size) => {
    const whole = clean(TEXT);
    const got = await collect(chunks(new TextEncoder().encode(TEXT), size));
    expect(got.text).toBe(whole.text);
    expect(got.cuts.map((c) => [c.kind, c.startLine])).toEqual(whole.cuts.map((c) => [c.kind, c.startLine]));
    expect(got.end?.stats.bytesOut).toBe(whole.stats.bytesOut);
    expect(got.end?.encoding).toBe("utf8");
  });

  test("UTF-16 comes out as UTF-16 with its BOM", async () => {
    const text = `\uFEFF${P(1)}\n\n${P(1)}\n`;
    const le = Buffer.from(text, "utf16le");
    const out: Uint8Array[] = [];
    for await (const p of cleanStream(chunks(le, 5))) out.push(p.bytes);
    expect(Buffer.concat(out).toString("utf16le")).toBe(`\uFEFF${P(1)}\n`);
  });

  test("binary data is refused with the name given", async () => {
    const run = async () => {
      for await (const _ of cleanStream(chunks(Uint8Array.of(0x41, 0, 0x42), 2), {}, { name: "blob.bin" })) void _;
    };
    await expect(run()).rejects.toBeInstanceOf(InputError);
    await expect(run()).rejects.toThrow(/^blob\.bin: /);
  });

  test("chunks kept: the same bytes, texts, cuts and figures as decoded and encoded again", async () => {
    const texts = [TEXT, `\uFEFF${TEXT}`, TEXT.replace(/\n/g, "\r\n"), `${P(2)} \u00e9\u20ac\ud83d\ude00 caf\u00e9\n\n${TEXT}\n\n${P(2)} \u00e9\u20ac\ud83d\ude00 caf\u00e9\n`, "a", ""];
    for (const text of texts) {
      for (const size of [1, 2, 5, 64, 100_000]) {
        const run = async (chunksKept: boolean) => {
          const pieces = [];
          for await (const p of cleanStream(chunks(new TextEncoder().encode(text), size), {}, { tuning: { segmentChars: 200 }, chunksKept })) {
            pieces.push({ input: p.input, text: p.text, bytes: [...p.bytes], cuts: p.cuts, end: p.end });
          }
          return pieces;
        };
        expect(await run(true)).toEqual(await run(false));
      }
    }
  });
});
