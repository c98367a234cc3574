// Where outputs land: a device, a FIFO or a socket is written into (or refused), never replaced;
// a symbolic link is followed; no output (-o, --report, --report-file, --out-dir) resolves to an
// input, whatever path, symbolic or hard link names it; reports are written whole or not at all.
import { spawn, spawnSync } from "node:child_process";
import { linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { expect, test } from "vitest";
import { BIN, spawnCli } from "../helpers/run-cli.js";
import { tempTree } from "../helpers/temp-tree.js";

const INPUT = "Hello world, a sentence of prose that stays.\n\nBuy now!\n";
const CLEAN = "Hello world, a sentence of prose that stays.\n";

const isRoot = process.getuid?.() === 0;
// mknod needs root; under CI=true (root) it must run.
const canMknod = isRoot || process.env.CI === "true";

test.skipIf(!canMknod)("(needs root for mknod) -o a character device writes into it and leaves it a device", () => {
  const dir = tempTree({ "in.txt": INPUT });
  expect(spawnSync("mknod", [path.join(dir, "fakenull"), "c", "1", "3"]).status).toBe(0);
  const r = spawnCli(["in.txt", "-o", "fakenull"], { cwd: dir });
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  expect(lstatSync(path.join(dir, "fakenull")).isCharacterDevice()).toBe(true);
  expect(readdirSync(dir).sort()).toEqual(["fakenull", "in.txt"]);
});

test("-o a FIFO writes into it: the reader gets the clean text, the FIFO stays", async () => {
  const dir = tempTree({ "in.txt": INPUT });
  expect(spawnSync("mkfifo", [path.join(dir, "fifo")]).status).toBe(0);
  const reader = spawn("cat", ["fifo"], { cwd: dir });
  const got: Buffer[] = [];
  reader.stdout.on("data", (b: Buffer) => got.push(b));
  const done = new Promise<void>((resolve) => reader.on("close", () => resolve()));
  const r = spawnSync(process.execPath, [BIN, "in.txt", "-o", "fifo"], { cwd: dir, encoding: "utf8", timeout: 20_000 });
  await done;
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  expect(Buffer.concat(got).toString()).toBe(CLEAN);
  expect(lstatSync(path.join(dir, "fifo")).isFIFO()).toBe(true);
});

test("-o a socket is refused in one line, and the socket stays", async () => {
  const dir = tempTree({ "in.txt": INPUT });
  const sock = path.join(dir, "sock");
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(sock, resolve));
  try {
    const r = spawnCli(["in.txt", "-o", "sock"], { cwd: dir });
    expect(r.stderr).toBe("winnow: sock: is a socket, not written\n");
    expect(r.code).toBe(2);
    expect(lstatSync(sock).isSocket()).toBe(true);
  } finally {
    server.close();
  }
});

test("-o a symbolic link writes the file it points to; the link stays; a dangling link is refused", () => {
  const dir = tempTree({ "in.txt": INPUT, "real/out.txt": "old\n" });
  symlinkSync("real/out.txt", path.join(dir, "link.txt"));
  const r = spawnCli(["in.txt", "-o", "link.txt"], { cwd: dir });
  expect(r.code).toBe(0);
  expect(lstatSync(path.join(dir, "link.txt")).isSymbolicLink()).toBe(true);
  expect(readFileSync(path.join(dir, "real/out.txt"), "utf8")).toBe(CLEAN);
  expect(readdirSync(path.join(dir, "real"))).toEqual(["out.txt"]);

  symlinkSync("nowhere/x.txt", path.join(dir, "dangling.txt"));
  const d = spawnCli(["in.txt", "-o", "dangling.txt"], { cwd: dir });
  expect(d.stderr).toBe("winnow: dangling.txt: symbolic link to a missing file, not written\n");
  expect(d.code).toBe(2);
  expect(lstatSync(path.join(dir, "dangling.txt")).isSymbolicLink()).toBe(true);
});

test.each([
  [["a.txt", "-o", "out.txt", "--report", "a.txt"], "winnow: --report a.txt: is an input; it would be overwritten\n"],
  [["a.txt", "-o", "a.txt"], "winnow: -o a.txt: is an input; it would be overwritten (--write cleans a file in place)\n"],
  [["a.txt", "-o", "hard.txt"], "winnow: -o hard.txt: is the same file as the input a.txt; it would be overwritten (--write cleans a file in place)\n"],
  [["a.txt", "-o", "soft.txt"], "winnow: -o soft.txt: is the same file as the input a.txt; it would be overwritten (--write cleans a file in place)\n"],
  [["--check", "a.txt", "--report-file", "a.txt"], "winnow: --report-file a.txt: is an input; it would be overwritten\n"],
  [["--check", "a.txt", "--against", "b.txt", "--report-file", "b.txt"], "winnow: --report-file b.txt: is an input; it would be overwritten\n"],
  [["d", "--out-dir", "o", "--report", "d/x.txt"], "winnow: --report d/x.txt: is an input; it would be overwritten\n"],
  [["a.txt", "-o", "out.txt", "--report", "out.txt"], "winnow: --report out.txt: the same file as -o out.txt\n"],
])("no output over an input: %j", (argv, message) => {
  const dir = tempTree({ "a.txt": INPUT, "b.txt": "Another text.\n", "d/x.txt": INPUT });
  linkSync(path.join(dir, "a.txt"), path.join(dir, "hard.txt"));
  symlinkSync("a.txt", path.join(dir, "soft.txt"));
  const r = spawnCli(argv, { cwd: dir });
  expect(r.stderr).toBe(message);
  expect(r.code).toBe(2);
  expect(readFileSync(path.join(dir, "a.txt"), "utf8")).toBe(INPUT);
  expect(readFileSync(path.join(dir, "b.txt"), "utf8")).toBe("Another text.\n");
  expect(readFileSync(path.join(dir, "d/x.txt"), "utf8")).toBe(INPUT);
  expect(readdirSync(dir).sort()).toEqual(["a.txt", "b.txt", "d", "hard.txt", "soft.txt"]);
});

test("--report-file over standard input's file is refused", () => {
  const dir = tempTree({ "a.txt": INPUT });
  const r = spawnSync("bash", ["-c", `exec "${process.execPath}" "${BIN}" --check --report-file a.txt < a.txt`], { cwd: dir, encoding: "utf8" });
  expect(r.stderr).toBe("winnow: --report-file a.txt: is the same file as the input <stdin>; it would be overwritten\n");
  expect(r.status).toBe(2);
  expect(readFileSync(path.join(dir, "a.txt"), "utf8")).toBe(INPUT);
});

test("a report that cannot be written whole leaves the previous report and no temporary file", () => {
  // One paragraph 400 times: 399 duplicate cuts, each in the report with its text.
  const paragraphs = Array.from({ length: 400 }, () => "The same paragraph of prose, printed again and again by a broken scraper.");
  const dir = tempTree({ "big.txt": paragraphs.join("\n\n") + "\n", "r.json": "old\n" });
  // Standard output to /dev/null (no size limit there); the report is bigger than 20 KiB.
  const r = spawnSync("bash", ["-c", `ulimit -f 20; exec "${process.execPath}" "${BIN}" big.txt --report r.json > /dev/null`], { cwd: dir, encoding: "utf8" });
  expect(r.stderr).toBe("winnow: r.json: cannot write: file too large\n");
  expect(r.status).toBe(2);
  expect(readFileSync(path.join(dir, "r.json"), "utf8")).toBe("old\n");
  expect(readdirSync(dir).sort()).toEqual(["big.txt", "r.json"]);
});

test("--out-dir through a symbolic link to the input tree is refused, the inputs untouched", () => {
  const dir = tempTree({ "od/a.txt": INPUT, "od/sub/b.txt": INPUT });
  symlinkSync("od", path.join(dir, "odlink"));
  mkdirSync(path.join(dir, "p"));
  symlinkSync("..", path.join(dir, "p/up"));
  for (const out of ["odlink", "od", "./od/", "p/up/od"]) {
    const r = spawnCli(["od", "--out-dir", out], { cwd: dir });
    expect(r.stderr, out).toBe(`winnow: --out-dir ${out}: every input is inside it (it is the input tree): use --write to clean in place, or name another directory\n`);
    expect(r.code).toBe(2);
    expect(readFileSync(path.join(dir, "od/a.txt"), "utf8")).toBe(INPUT);
    expect(readdirSync(path.join(dir, "od")).sort()).toEqual(["a.txt", "sub"]);
  }
});

test("--out-dir whose mirrored file is a link to an input is refused", () => {
  const dir = tempTree({ "in/a.txt": INPUT });
  mkdirSync(path.join(dir, "out"));
  symlinkSync("../in/a.txt", path.join(dir, "out/a.txt"));
  const r = spawnCli(["in", "--out-dir", "out"], { cwd: dir });
  expect(r.stderr).toBe("winnow: --out-dir out: in/a.txt would be written over the input in/a.txt\n");
  expect(r.code).toBe(2);
  expect(readFileSync(path.join(dir, "in/a.txt"), "utf8")).toBe(INPUT);
});

test("--out-dir inside the input tree still works (its files are not read back)", () => {
  const dir = tempTree({ "a.txt": INPUT });
  writeFileSync(path.join(dir, "b.txt"), "Another paragraph of prose here.\n");
  const r = spawnCli([".", "--out-dir", "clean"], { cwd: dir });
  expect(r.code).toBe(0);
  expect(readFileSync(path.join(dir, "clean/a.txt"), "utf8")).toBe(CLEAN);
  const again = spawnCli([".", "--out-dir", "clean"], { cwd: dir });
  expect(again.code).toBe(0);
  expect(readdirSync(path.join(dir, "clean")).sort()).toEqual(["a.txt", "b.txt"]);
});
