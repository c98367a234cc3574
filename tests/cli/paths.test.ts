// Paths the CLI is given: unreadable, unwritable, looping, oddly named; a reader that stops early.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { missingRoot, need } from "../helpers/require-tool.js";
import { BIN, runCli } from "../helpers/run-cli.js";

const A = "The council said on Tuesday that the new library would open in the spring, after two years of delays.";
const B = "Officials blamed the delays on a dispute with the original contractor, which walked away last autumn.";
const tmp = (): string => mkdtempSync(path.join(tmpdir(), "winnow-paths-"));
const root = process.getuid?.() === 0;

/** Why `tool` cannot be found on PATH, or undefined. */
const missing = (tool: string, apt: string): string | undefined =>
  spawnSync("sh", ["-c", `command -v ${tool}`]).status === 0 ? undefined : `\`${tool}\` is not installed (Debian package ${apt})`;

/** Runs the bin as user nobody: root reads and writes everything, nobody does not. */
function asNobody(args: string[], cwd: string) {
  return spawnSync("setpriv", ["--reuid=nobody", "--regid=nogroup", "--clear-groups", process.execPath, BIN, ...args], { cwd, encoding: "utf8" });
}

describe("paths", () => {
  test("a file without read permission: exit 2, one line", (ctx) => {
    const dir = tmp();
    chmodSync(dir, 0o755);
    writeFileSync(path.join(dir, "secret.txt"), `${A}\n`, { mode: 0o600 });
    if (root) {
      need(ctx, missing("setpriv", "util-linux"));
      const r = asNobody(["secret.txt"], dir);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe("winnow: secret.txt: permission denied\n");
      expect(r.stdout).toBe("");
    } else {
      chmodSync(path.join(dir, "secret.txt"), 0o000);
      const r = spawnSync(process.execPath, [BIN, "secret.txt"], { cwd: dir, encoding: "utf8" });
      expect(r.stderr).toBe("winnow: secret.txt: permission denied\n");
    }
  });

  test("-o into a directory the user cannot write: exit 2, nothing written", (ctx) => {
    need(ctx, missingRoot("it becomes user nobody") ?? missing("setpriv", "util-linux"));
    const dir = tmp();
    chmodSync(dir, 0o755);
    writeFileSync(path.join(dir, "in.txt"), `${A}\n`, { mode: 0o644 });
    const r = asNobody(["in.txt", "-o", "out.txt"], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("winnow: out.txt: cannot write: permission denied\n");
    expect(readdirSync(dir)).toEqual(["in.txt"]);
  });

  test("-o onto an immutable file (chattr +i): exit 2, the file untouched, no temp file left", (ctx) => {
    need(ctx, missingRoot("chattr +i") ?? missing("chattr", "e2fsprogs"));
    const dir = tmp();
    writeFileSync(path.join(dir, "in.txt"), `${A}\n\n${A}\n`);
    writeFileSync(path.join(dir, "out.txt"), "old contents\n");
    execFileSync("chattr", ["+i", path.join(dir, "out.txt")]);
    try {
      const r = spawnSync(process.execPath, [BIN, "in.txt", "-o", "out.txt"], { cwd: dir, encoding: "utf8" });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe("winnow: out.txt: cannot write: permission denied\n");
      expect(readFileSync(path.join(dir, "out.txt"), "utf8")).toBe("old contents\n");
      expect(readdirSync(dir).sort()).toEqual(["in.txt", "out.txt"]);
    } finally {
      execFileSync("chattr", ["-i", path.join(dir, "out.txt")]);
    }
  });

  test("a symlink loop: exit 2, one line", async () => {
    const dir = tmp();
    symlinkSync("b.txt", path.join(dir, "a.txt"));
    symlinkSync("a.txt", path.join(dir, "b.txt"));
    const r = await runCli(["a.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("winnow: a.txt: too many levels of symbolic links\n");
  });

  test("names with spaces and a newline are read and written; errors show the newline escaped", async () => {
    const dir = tmp();
    const name = "my notes\nfrom today.txt";
    writeFileSync(path.join(dir, name), `${A}\n\n${A}\n`);
    const r = await runCli([name, "-o", "clean copy.txt"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(dir, "clean copy.txt"), "utf8")).toBe(`${A}\n`);
    const missing = await runCli(["no such\nfile.txt"], { cwd: dir });
    expect(missing.stderr).toBe("winnow: no such\\nfile.txt: no such file or directory\n");
  });

  test("a name that is not UTF-8 reaches the file system byte for byte (spawned through bash)", () => {
    const dir = tmp();
    writeFileSync(Buffer.from(path.join(dir, "na\xffme.txt"), "latin1"), `${A}\n\n${A}\n`);
    const script = `exec "${process.execPath}" "${BIN}" $'na\\xffme.txt' -o $'out\\xfe.txt'; `;
    const r = spawnSync("bash", ["-c", script], { cwd: dir, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(readFileSync(Buffer.from(path.join(dir, "out\xfe.txt"), "latin1"), "utf8")).toBe(`${A}\n`);
    const missing = spawnSync("bash", ["-c", `exec "${process.execPath}" "${BIN}" $'gone\\xff.txt'`], { cwd: dir, encoding: "utf8" });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe("winnow: gone\\xff.txt: no such file or directory\n");
  });
});

test("batch mode names a file whose name is not UTF-8 as skipped, and cleans the rest", () => {
  const dir = tmp();
  mkdirSync(path.join(dir, "t"));
  writeFileSync(Buffer.from(path.join(dir, "t", "na\xffme.txt"), "latin1"), `${A}\n\n${A}\n`);
  writeFileSync(path.join(dir, "t", "ok.txt"), `${A}\n\n${A}\n`);
  const r = spawnSync(process.execPath, [BIN, "--no-progress", "--write", "t"], { cwd: dir, encoding: "utf8" });
  expect(r.status).toBe(0);
  expect(r.stderr).toContain("t/na\\xffme.txt: skipped: its name is not UTF-8"); // as the README promises, not U+FFFD
  expect(readFileSync(path.join(dir, "t", "ok.txt"), "utf8")).toBe(`${A}\n`);
  expect(readFileSync(Buffer.from(path.join(dir, "t", "na\xffme.txt"), "latin1"), "utf8")).toBe(`${A}\n\n${A}\n`);
});

describe("a reader that stops early", () => {
  test("winnow big.txt | head -1 exits quietly: status 0, nothing on stderr", () => {
    const dir = tmp();
    const big = path.join(dir, "big.txt");
    writeFileSync(big, Array.from({ length: 100_000 }, (_, i) => `Paragraph ${i} tells of ${i * 7} things and more, in words.`).join("\n\n"));
    const r = spawnSync("bash", ["-c", `"${process.execPath}" "${BIN}" big.txt 2>err.txt | head -1; echo "\${PIPESTATUS[0]}"`], { cwd: dir, encoding: "utf8" });
    const [first, status] = r.stdout.split("\n");
    expect(first).toBe("Paragraph 0 tells of 0 things and more, in words.");
    expect(status).toBe("0");
    expect(readFileSync(path.join(dir, "err.txt"), "utf8")).toBe("");
  });

  test("the same through standard input", () => {
    const dir = tmp();
    writeFileSync(path.join(dir, "big.txt"), `${A}\n\n${B}\n\n` + Array.from({ length: 100_000 }, (_, i) => `Line ${i} of many.`).join("\n\n"));
    const r = spawnSync("bash", ["-c", `cat big.txt | "${process.execPath}" "${BIN}" 2>err.txt | head -c 10 >/dev/null; echo "\${PIPESTATUS[1]}"`], { cwd: dir, encoding: "utf8" });
    expect(r.stdout.trim()).toBe("0");
    expect(readFileSync(path.join(dir, "err.txt"), "utf8")).toBe("");
  });
});

test("a directory given as -o target: exit 2, one line", async () => {
  const dir = tmp();
  mkdirSync(path.join(dir, "out"));
  writeFileSync(path.join(dir, "in.txt"), `${A}\n`);
  const r = await runCli(["in.txt", "-o", "out"], { cwd: dir });
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/^winnow: out: cannot write: .*\n$/);
});
