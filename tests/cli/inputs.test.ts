// Whatever comes in through the CLI: a correct result or a one-line refusal, never a trace or mojibake.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { clean } from "../../src/core/clean.js";
import { runCli, spawnCli } from "../helpers/run-cli.js";

const A = "The council said on Tuesday that the new library would open in the spring, after two years of delays.";
const B = "Officials blamed the delays on a dispute with the original contractor, which walked away last autumn.";
const tmp = (): string => mkdtempSync(path.join(tmpdir(), "winnow-inputs-"));

/** Runs the CLI on `bytes` as a file, in-process. */
async function onFile(bytes: Buffer | string, argv: string[] = []) {
  const dir = tmp();
  writeFileSync(path.join(dir, "in.txt"), bytes);
  return runCli(["in.txt", ...argv], { cwd: dir });
}

function utf16(text: string, order: "le" | "be"): Buffer {
  const le = Buffer.from("\uFEFF" + text, "utf16le");
  return order === "le" ? le : le.swap16();
}

describe("text shapes come out byte for byte", () => {
  test.each([
    ["an empty file", "", ""],
    ["blank lines only", "\n\n  \n\t\n", "\n\n  \n\t\n"],
    ["no final newline", `${A}\n\n${B}`, `${A}\n\n${B}`],
    ["no final newline after a cut", `${A}\n\n${B}\n\n${A}`, `${A}\n\n${B}\n`],
    ["CRLF", `${A}\r\n\r\n${B}\r\n\r\n${A}\r\n`, `${A}\r\n\r\n${B}\r\n`],
    ["CR only", `${A}\r\r${B}\r\r${A}\r`, `${A}\r\r${B}\r`],
    ["mixed line endings", `${A}\r\n\n${B}\r\rAdvertisement\n\n${A}\r\n`, `${A}\r\n\n${B}\r`],
    ["a UTF-8 BOM before a cut first line", `\uFEFFAdvertisement\n\n${A}\n`, `\uFEFF${A}\n`],
    ["CJK and emoji", `中文段落的内容在这里，没有空格分隔的句子。\n\n${A} 👩‍👩‍👧\n\n${A} 👩‍👩‍👧\n`, `中文段落的内容在这里，没有空格分隔的句子。\n\n${A} 👩‍👩‍👧\n`],
  ])("%s", async (_name, input, expected) => {
    const r = await onFile(input);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdoutBytes.equals(Buffer.from(expected))).toBe(true);
    expect(r.stdout).toBe(clean(input).text);
  });

  test("the spawned bin gives the same bytes for CRLF, CR and BOM input", () => {
    const dir = tmp();
    const input = `\uFEFF${A}\r\n\r\n${B}\r\r${A}\n`;
    writeFileSync(path.join(dir, "in.txt"), input);
    const r = spawnCli(["in.txt"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdoutBytes.equals(Buffer.from(clean(input).text))).toBe(true);
  });
});

describe("UTF-16 with a BOM is decoded and written back in its own byte order", () => {
  test.each(["le", "be"] as const)("UTF-16%s: the clean text, and untouched text byte for byte", async (order) => {
    const text = `${A} 😀\r\n\r\n${B}\r\n\r\n${A} 😀\r\n`;
    const r = await onFile(utf16(text, order));
    expect(r.code).toBe(0);
    expect(r.stdoutBytes.equals(utf16(`${A} 😀\r\n\r\n${B}\r\n`, order))).toBe(true);
    const keep = utf16(`${B}\n\nünïcödé 中文\n`, order);
    expect((await onFile(keep)).stdoutBytes.equals(keep)).toBe(true);
  });

  test.each(["le", "be"] as const)("UTF-16%s over several read chunks, a surrogate pair split across them", async (order) => {
    // 2 + 2 * 524286 bytes before the emoji: its high surrogate ends the first 1 MiB chunk.
    const text = "a".repeat(524_286) + "😀\n\n" + `${B}\n\n${B}\n` + "déjà vu ".repeat(60_000) + "\n";
    const r = await onFile(utf16(text, order));
    expect(r.code).toBe(0);
    expect(r.stdoutBytes.equals(utf16("a".repeat(524_286) + "😀\n\n" + `${B}\n\n` + "déjà vu ".repeat(60_000) + "\n", order))).toBe(true);
  });

  test("-o onto the input file itself is refused (no output lands on an input); --write cleans it in place", async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, "in.txt"), `${A}\n\n${A}\n`);
    const r = await runCli(["in.txt", "-o", "in.txt"], { cwd: dir });
    expect(r.stderr).toBe("winnow: -o in.txt: is an input; it would be overwritten (--write cleans a file in place)\n");
    expect(r.code).toBe(2);
    const { readFileSync } = await import("node:fs");
    expect(readFileSync(path.join(dir, "in.txt"), "utf8")).toBe(`${A}\n\n${A}\n`);
    expect((await runCli(["in.txt", "--write"], { cwd: dir, env: { CI: "1" } })).code).toBe(0);
    expect(readFileSync(path.join(dir, "in.txt"), "utf8")).toBe(`${A}\n`);
  });

  test("UTF-16 -o writes the file in UTF-16; a text cut to nothing keeps its BOM", async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, "in.txt"), utf16("Advertisement\n", "be"));
    const r = await runCli(["in.txt", "-o", "out.txt"], { cwd: dir });
    expect(r.code).toBe(0);
    const { readFileSync } = await import("node:fs");
    expect(readFileSync(path.join(dir, "out.txt"))).toEqual(Buffer.from([0xfe, 0xff]));
  });

  test.each([
    ["an unpaired surrogate", Buffer.concat([utf16("ab", "le"), Buffer.from([0x00, 0xd8, 0x61, 0x00])]), /invalid UTF-16 \(unpaired surrogate\) at byte offset 6/],
    ["an odd number of bytes", Buffer.concat([utf16("ab", "le"), Buffer.from([0x61])]), /invalid UTF-16 \(odd number of bytes\) at byte offset 6/],
    ["a NUL character", Buffer.concat([utf16("ab", "be"), Buffer.from([0x00, 0x00])]), /binary file \(NUL character at offset 6\)/],
  ])("refused, never mojibake: %s", async (_name, bytes, message) => {
    const r = await onFile(bytes);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^winnow: in\\.txt: ${message.source}, not cleaned\\n$`));
    expect(r.stdout).toBe("");
  });
});

describe("bytes that are not text are refused with the file's name and the byte offset", () => {
  test.each([
    ["invalid UTF-8 past the first 1 MiB chunk", Buffer.concat([Buffer.alloc(1 << 20, "a\n"), Buffer.from("ok\xff", "latin1")]), /invalid UTF-8 at byte offset 1048578/],
    ["a multi-byte character split at the chunk boundary, then cut short at the end", Buffer.concat([Buffer.alloc((1 << 20) - 1, "a"), Buffer.from("é"), Buffer.from([0xe4, 0xb8])]), /invalid UTF-8 at byte offset 1048577/],
    ["an overlong encoding", Buffer.from([0x61, 0xc0, 0xaf]), /invalid UTF-8 at byte offset 1/],
    ["a UTF-16 surrogate encoded in UTF-8", Buffer.from([0x61, 0x62, 0xed, 0xa0, 0x80]), /invalid UTF-8 at byte offset 2/],
    ["NUL bytes", Buffer.from("abc\0def"), /binary file \(NUL byte at offset 3\)/],
    ["a PNG renamed .txt", Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex"), /binary file \(NUL byte at offset 8\)/],
  ])("%s", async (_name, bytes, message) => {
    const r = await onFile(bytes);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^winnow: in\\.txt: ${message.source}, not cleaned\\n$`));
    expect(r.stdout).toBe("");
  });

  test("on standard input, through the spawned bin: exit 2, one line, no trace", () => {
    const r = spawnCli([], { stdin: Buffer.from([0x68, 0x69, 0x0a, 0xfe]) });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("winnow: <stdin>: invalid UTF-8 at byte offset 3, not cleaned\n");
    expect(r.stdout).toBe("");
  });

  test("-o leaves no file behind when the input is refused", async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, "in.txt"), Buffer.concat([Buffer.alloc(3 << 20, `${A}\n\n`), Buffer.from([0xff])]));
    const r = await runCli(["in.txt", "-o", "out.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    const { readdirSync } = await import("node:fs");
    expect(readdirSync(dir)).toEqual(["in.txt"]);
  });
});

describe("sizes", () => {
  test("a very long paragraph: one 3 MB line and a 3 MB hard-wrapped block", async () => {
    const words = (n: number, seed: number) => Array.from({ length: n }, (_, i) => `w${(i * 7919 + seed) % 100_003}`).join(" ");
    const line = words(400_000, 1);
    const wrapped = words(400_000, 2).replace(/(.{70}\S*) /g, "$1\n");
    const input = `${line}\n\n${wrapped}\n`;
    const r = await onFile(input);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(input);
  });

  test("a million tiny paragraphs", { timeout: 300_000 }, async () => {
    const input = Array.from({ length: 1_000_000 }, (_, i) => `p${i}`).join("\n\n") + "\n";
    const r = await onFile(input);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(input);
  });

  test("one paragraph repeated 100,000 times comes out once", { timeout: 60_000 }, async () => {
    const r = await onFile(`${A}\n\n`.repeat(100_000), ["--report", "report.json"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${A}\n\n`);
  });
});
