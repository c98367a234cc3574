// Random bytes through run() in-process: exit 0 with the clean text, or exit 2 with one line that
// names the input and the byte offset. Never a crash.
import fc from "fast-check";
import { expect, test } from "vitest";
import { clean } from "../../src/core/clean.js";
import { decodeBytes } from "../../src/io/decode.js";
import { firstInvalidUtf8 } from "../../src/io/text-stream.js";
import { runCli } from "../helpers/run-cli.js";
import { document } from "../helpers/text-arbitraries.js";

/** Text with random bytes dropped in, or plain random bytes. */
const inputs = fc.oneof(
  fc.uint8Array({ maxLength: 200 }),
  fc.tuple(document, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 3 })).map(([d, edits]) => {
    const b = Buffer.from(d);
    for (const [at, byte] of edits) if (b.length) b[at % b.length] = byte;
    return new Uint8Array(b);
  }),
);

test("random bytes on standard input: a clean text or a one-line refusal with the byte offset", async () => {
  await fc.assert(
    fc.asyncProperty(inputs, async (bytes) => {
      const r = await runCli([], { stdin: Buffer.from(bytes) });
      const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
      if (r.code === 0) {
        expect(r.stderr).toBe("");
        const want = clean(decodeBytes(bytes, "<stdin>").text).text;
        const got = decodeBytes(r.stdoutBytes, "stdout");
        expect(got.text).toBe(utf16 ? want || "\uFEFF" : want);
        expect(got.encoding).toBe(utf16 ? (bytes[0] === 0xff ? "utf16le" : "utf16be") : "utf8");
        return;
      }
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/^winnow: <stdin>: (binary file \(NUL (byte|character) at offset \d+\)|invalid UTF-(8|16)[^\n]* at byte offset \d+), not cleaned\n$/);
      if (!utf16) {
        const offset = Number(/offset (\d+)/.exec(r.stderr)?.[1]);
        const nul = bytes.indexOf(0);
        expect(offset).toBe(nul >= 0 ? nul : firstInvalidUtf8(bytes));
      }
    }),
    { numRuns: 1000 },
  );
});
