import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { BUILTIN_RULES } from "../../src/core/boilerplate/rules.js";
import { runCli, spawnCli } from "../helpers/run-cli.js";

const A = "The council said on Tuesday that the new library would open in the spring, after two years of delays caused by rising costs.";
const B = "Officials blamed the delays on a dispute with the original contractor, which walked away from the site last autumn.";
const tmp = (): string => mkdtempSync(path.join(tmpdir(), "winnow-pipe-"));

describe("pipe mode", () => {
  test("stdin to stdout, and nothing else on stdout", async () => {
    const r = await runCli([], { stdin: `${A}\n\n${B}\n\n${A}\n` });
    expect(r).toMatchObject({ code: 0, stdout: `${A}\n\n${B}\n`, stderr: "" });
  });

  test("- means stdin; a file argument is read; -o writes the file", async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, "in.txt"), `${A}\n${A}\n`);
    expect((await runCli(["-"], { stdin: `${A}\n${A}\n` })).stdout).toBe(`${A}\n`);
    expect((await runCli(["in.txt"], { cwd: dir })).stdout).toBe(`${A}\n`);
    const r = await runCli(["in.txt", "-o", "out.txt"], { cwd: dir });
    expect(r.stdout).toBe("");
    expect(readFileSync(path.join(dir, "out.txt"), "utf8")).toBe(`${A}\n`);
  });

  test("a summary on stderr with --verbose or a terminal, never with --quiet", async () => {
    expect((await runCli(["--verbose"], { stdin: `${A}\n${A}\n` })).stderr).toMatch(/^winnow: -: cut 1 \(1 duplicate, 0 near-duplicate, 0 boilerplate\)/);
    expect((await runCli([], { stdin: `${A}\n`, stderrTTY: true })).stderr).toMatch(/nothing to cut/);
    expect((await runCli(["--quiet"], { stdin: `${A}\n`, stderrTTY: true })).stderr).toBe("");
  });

  test("UTF-16 input is written back in UTF-16", async () => {
    const dir = tmp();
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${A}\r\n${A}\r\n`, "utf16le")]);
    writeFileSync(path.join(dir, "le.txt"), le);
    const r = await runCli(["le.txt"], { cwd: dir });
    expect(r.stdoutBytes.equals(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${A}\r\n`, "utf16le")]))).toBe(true);
  });
});

describe("errors: one line naming the file, exit 2", () => {
  test.each([
    ["a missing file", ["missing.txt"], /^winnow: missing\.txt: no such file or directory\n$/],
    ["a directory", ["sub"], /^winnow: sub: is a directory, not a file \(to clean the files in it, add --out-dir DIR, --write or --check\)\n$/],
    ["a binary file", ["bin.txt"], /^winnow: bin\.txt: binary file \(NUL byte at offset 3\), not cleaned\n$/],
    ["invalid UTF-8", ["bad.txt"], /^winnow: bad\.txt: invalid UTF-8 at byte offset 4, not cleaned\n$/],
    ["a bad option value", ["--threshold", "2"], /--threshold.*greater than 0 and at most 1/],
    ["an unknown option", ["--frobnicate"], /unknown option '--frobnicate'/],
    ["several files without an output mode", ["a.txt", "b.txt"], /use --out-dir DIR or --write/],
    ["an unknown rule to disable", ["--disable", "no-such-rule"], /no rule named "no-such-rule"/],
    ["a rules file that is not JSON", ["--rules", "rules.txt"], /^winnow: rules\.txt: not valid JSON/],
  ])("%s", async (_name, argv, message) => {
    const dir = tmp();
    mkdirSync(path.join(dir, "sub"));
    writeFileSync(path.join(dir, "bin.txt"), Buffer.from([0x41, 0x42, 0x43, 0x00, 0x44]));
    writeFileSync(path.join(dir, "bad.txt"), Buffer.from([0x61, 0x62, 0x63, 0x0a, 0xff, 0x0a]));
    writeFileSync(path.join(dir, "rules.txt"), "not json");
    const r = await runCli(argv, { cwd: dir, stdin: "" });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
  });
});

describe("rules on the command line", () => {
  test("--list-rules names every built-in rule", async () => {
    const r = await runCli(["--list-rules"]);
    expect(r.code).toBe(0);
    for (const rule of BUILTIN_RULES) expect(r.stdout).toContain(rule.name);
    for (const name of ["cta-score", "stub", "navigation-run", "off-topic-headline"]) expect(r.stdout).toContain(name);
  });

  test("--disable, --no-default-rules and --rules FILE", async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, "rules.json"), JSON.stringify([{ name: "house-ad", pattern: "^Buy the Gazette", mode: "line" }]));
    const text = `${A}\n\nAdvertisement\n\nBuy the Gazette every Sunday\n`;
    expect((await runCli(["--disable", "advertisement"], { stdin: text, cwd: dir })).stdout).toContain("Advertisement");
    expect((await runCli(["--no-default-rules"], { stdin: text, cwd: dir })).stdout).toBe(text);
    expect((await runCli(["--rules", "rules.json"], { stdin: text, cwd: dir })).stdout).toBe(`${A}\n`);
  });
});

describe("--help and --version", () => {
  test("--help lists every option with its default", async () => {
    const r = await runCli(["--help"]);
    expect(r.code).toBe(0);
    for (const flag of ["--output", "--report", "--diff", "--ngram", "--threshold", "--min-words", "--exact", "--rules", "--disable", "--list-rules", "--quiet"]) {
      expect(r.stdout).toContain(flag);
    }
    expect(r.stdout).toMatch(/--threshold <share>[\s\S]*\(default: 0\.6\)/);
  });

  test("--version prints the package version", async () => {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
    expect((await runCli(["--version"])).stdout.trim()).toBe(pkg.version);
  });
});

describe("--diff", () => {
  test.each([
    ["LF", `${A}\n\n${B}\n\nAdvertisement\n\n${A}\n`],
    ["CRLF without a final newline", `Quote from Ann Lee on May 2, 2023, 9:15 AM ${A}\r\n${B}\r\n${A}`],
    ["nothing to cut", `${A}\n`],
  ])("patch turns the input into the output exactly (%s)", (_name, input) => {
    const dir = tmp();
    const file = path.join(dir, "doc.txt");
    writeFileSync(file, input);
    const clean = spawnCli([file]).stdoutBytes;
    const diff = spawnCli(["--diff", file]).stdoutBytes;
    const p = spawnSync("patch", ["-s", "-o", path.join(dir, "patched.txt"), file], { input: diff });
    expect(p.status, p.stderr.toString()).toBe(0);
    expect(readFileSync(path.join(dir, "patched.txt")).equals(clean)).toBe(true);
    const relative = spawnCli(["--diff", "doc.txt"], { cwd: dir }).stdoutBytes;
    const g = spawnSync("git", ["apply", "--allow-empty", "-"], { cwd: dir, input: relative });
    expect(g.status, g.stderr.toString()).toBe(0);
    expect(readFileSync(file).equals(clean)).toBe(true);
  });
});
