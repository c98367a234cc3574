// User rules run on a linear-time engine (RE2, through re2js): a pattern that would backtrack
// catastrophically in JavaScript finishes at once; what RE2 cannot run in linear time
// (look-arounds, back-references) and an empty pattern are refused with the reason.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { BIN, runCli } from "../helpers/run-cli.js";
import { tempTree } from "../helpers/temp-tree.js";

const rules = (list: unknown): string => JSON.stringify(list);

test("(a+)+$ against 40 a's and a '!' finishes (it ran until SIGKILL) and cuts nothing", () => {
  const text = `Intro.\n\nhello ${"a".repeat(40)}!\n`;
  const dir = tempTree({ "e.json": rules([{ name: "e", pattern: "(a+)+$", mode: "line" }]), "r.txt": text });
  const r = spawnSync(process.execPath, [BIN, "--rules", "e.json", "r.txt"], { cwd: dir, encoding: "utf8", timeout: 20_000, killSignal: "SIGKILL" });
  expect(r.signal).toBe(null);
  expect(r.status).toBe(0);
  expect(r.stdout).toBe(text);
});

test("the same rule in a batch with workers, and a matching line is still cut", async () => {
  const dir = tempTree({
    "e.json": rules([{ name: "aaa", pattern: "(a+)+$", mode: "line" }]),
    "d/a.txt": `A line of prose that stays here.\n\nhello ${"a".repeat(40)}!\n\nscream aaaa\n`,
    "d/b.txt": `Another page of prose, long enough.\n\n${"a".repeat(5000)}b\n`,
  });
  const r = await runCli(["--rules", "e.json", "d", "--out-dir", "out", "--jobs", "2"], { cwd: dir });
  expect(r.code).toBe(0);
  const { readFileSync } = await import("node:fs");
  expect(readFileSync(path.join(dir, "out/a.txt"), "utf8")).toBe(`A line of prose that stays here.\n\nhello ${"a".repeat(40)}!\n`);
  expect(readFileSync(path.join(dir, "out/b.txt"), "utf8")).toBe(`Another page of prose, long enough.\n\n${"a".repeat(5000)}b\n`);
});

test("rules keep their meaning: case-insensitive, Unicode, prefix rules anchored", async () => {
  const dir = tempTree({
    "r.json": rules([
      { name: "ad", pattern: "^sponsored by \\w+$", mode: "line" },
      { name: "via", pattern: "Über uns:\\s*", mode: "prefix" },
    ]),
  });
  const r = await runCli(["--rules", "r.json"], { cwd: dir, stdin: "SPONSORED BY Acme\n\nüBER UNS: The text stays.\n\nA line about Über uns: kept whole.\n" });
  expect(r.stderr).toBe("");
  expect(r.stdout).toBe("The text stays.\n\nA line about Über uns: kept whole.\n");
});

test.each([
  ["(?<=a)b", 'rule "x": pattern uses a look-behind, which the linear-time engine user rules run on (RE2) does not have'],
  ["(?=a)a", 'rule "x": pattern uses a look-ahead, which the linear-time engine user rules run on (RE2) does not have'],
  ["(a)\\1", 'rule "x": pattern uses a back-reference, which the linear-time engine user rules run on (RE2) does not have'],
  ["", 'rule "x": empty pattern (it would match every line)'],
  ["(", 'rule "x": invalid pattern: missing closing ): `(`'],
])("refused with the reason: %j", async (pattern, message) => {
  const dir = tempTree({});
  writeFileSync(path.join(dir, "r.json"), rules([{ name: "x", pattern, mode: "line" }]));
  const r = await runCli(["--rules", "r.json"], { cwd: dir, stdin: "Some text.\n" });
  expect(r.stderr).toBe(`winnow: r.json: ${message}\n`);
  expect(r.code).toBe(2);
});
