// A write error on standard output (a file-size limit, a full disk, /dev/full) is one line and
// exit 2, in every mode: never a short file with exit 0, never a stack trace read as "would cut".
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { expect, test } from "vitest";
import { BIN } from "../helpers/run-cli.js";
import { tempTree } from "../helpers/temp-tree.js";

/** 200,000 distinct lines, 4.5 MB: nothing is cut, so the clean text is as big as the input. */
function bigText(): string {
  let s = "";
  for (let i = 1; i <= 200_000; i++) s += `${i} some words here\n`;
  return s;
}

function sh(script: string, cwd: string): { status: number | null; stderr: string } {
  const r = spawnSync("bash", ["-c", script], { cwd, encoding: "utf8" });
  return { status: r.status, stderr: r.stderr };
}

test("ulimit -f: the short standard output is an error, exit 2, one line", () => {
  const dir = tempTree({ "big.txt": bigText() });
  const r = sh(`ulimit -f 100; exec ${process.execPath} ${BIN} big.txt > out.txt`, dir);
  expect(r.stderr).toBe("winnow: standard output: cannot write: file too large\n");
  expect(r.status).toBe(2);
  expect(statSync(`${dir}/out.txt`).size).toBeLessThanOrEqual(102_400);
});

// Skipped (with its reason in the name) where /dev/full is missing; under CI=true it must be there.
const DEV_FULL = existsSync("/dev/full") || process.env.CI === "true";

test.skipIf(!DEV_FULL)("(needs /dev/full) "+"> /dev/full: one line and exit 2, in pipe mode, --diff, --check reporters and -l", () => {
  expect(existsSync("/dev/full")).toBe(true);
  const dir = tempTree({ "a.txt": "Hello there, a paragraph of prose.\n\nBuy now!\n", "b.txt": "Nothing to cut in this line of prose.\n" });
  for (const args of ["a.txt", "a.txt --diff", "--check --reporter json a.txt b.txt", "--check --reporter sarif a.txt", "--check --reporter github a.txt", "-l a.txt b.txt", "--check --reporter json b.txt", "--list-rules"]) {
    const r = sh(`exec ${process.execPath} ${BIN} ${args} > /dev/full`, dir);
    expect(r.stderr.split("\n").filter((l) => l.startsWith("winnow: standard output"))).toEqual(["winnow: standard output: cannot write: no space left on device"]);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.status, args).toBe(2);
  }
  expect(readFileSync(`${dir}/a.txt`, "utf8")).toBe("Hello there, a paragraph of prose.\n\nBuy now!\n");
});
