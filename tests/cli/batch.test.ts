import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { ROOT, runCli } from "../helpers/run-cli.js";
import { readTree, tempTree } from "../helpers/temp-tree.js";

const SITE = path.join(ROOT, "fixtures/batch/site");

function outDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), "winnow-out-"));
  return d;
}

interface ReportCut {
  kind: string;
  rule: string;
  text: string;
  match?: string;
  source?: { file?: string; startLine: number };
}
interface Report {
  files: { file: string; changed: boolean; cuts: ReportCut[] }[];
}

function readReport(p: string): Report {
  return JSON.parse(readFileSync(p, "utf8")) as Report;
}

describe("--out-dir", () => {
  test("mirrors the tree under the common base, byte for byte as the golden files", async () => {
    const out = outDir();
    const r = await runCli(["input", "--out-dir", out, "--jobs", "1"], { cwd: SITE });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    const got = readTree(out);
    const want = readTree(path.join(SITE, "expected"));
    expect([...got.keys()]).toEqual([...want.keys()]);
    for (const [k, v] of want) expect(got.get(k)?.equals(v), k).toBe(true);
    expect(r.stderr).toMatch(/4 files read, 4 changed, 0 skipped, 0 failed/);
    expect(r.stderr).toMatch(/most frequent learned boilerplate:\n.*Home \| News \| Sports/);
    rmSync(out, { recursive: true });
  });

  test.each(["1", "2"])("--jobs %s: a file that cannot be written is named, the others are written, no temporary file", async (jobs) => {
    const cwd = tempTree({ "in/a.txt": "First page.\n", "in/b.txt": "Second page.\n", "in/c.txt": "Third page.\n", "out/b.txt/x": "" });
    const r = await runCli(["in", "--out-dir", "out", "--jobs", jobs], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`winnow: in/b.txt: cannot write ${path.join(cwd, "out/b.txt")}: `);
    expect(r.stderr).toMatch(/3 files read, 0 changed, 0 skipped, 1 failed/);
    expect([...readTree(path.join(cwd, "out")).keys()]).toEqual(["a.txt", "b.txt/x", "c.txt"]);
  });

  test("the summary counts the cuts the report lists, learned ones too", async () => {
    const out = outDir();
    const report = path.join(out, "report.json");
    const r = await runCli(["input", "--out-dir", path.join(out, "t"), "--report", report, "--jobs", "2"], { cwd: SITE });
    expect(r.code).toBe(0);
    const cuts = readReport(report).files.flatMap((f) => f.cuts);
    const n = (kind: string) => cuts.filter((c) => c.kind === kind).length;
    const learned = cuts.filter((c) => c.rule === "learned");
    expect(learned.length).toBeGreaterThan(0);
    expect(r.stderr).toContain(`cut ${n("duplicate")} duplicate, ${n("near-duplicate")} near-duplicate, ${n("boilerplate")} boilerplate (${learned.length} learned across files)`);
    const top = learned.filter((c) => c.match === learned[0]?.match).length;
    expect(r.stderr).toContain(`${String(top).padStart(6)}× ${learned[0]?.match ?? ""}`);
    rmSync(out, { recursive: true });
  });

  test("a paragraph kept in an earlier file is cut as a duplicate naming that file and line", async () => {
    const out = outDir();
    const report = path.join(out, "report.json");
    const r = await runCli(["input", "--out-dir", path.join(out, "t"), "--report", report], { cwd: SITE });
    expect(r.code).toBe(0);
    const mayor = readReport(report).files.find((f) => f.file === "input/news/c-mayor.txt");
    const dup = mayor?.cuts.find((c) => c.text.startsWith("We cannot build a city"));
    expect(dup).toMatchObject({ kind: "duplicate", source: { file: "input/news/b-bridge.txt", startLine: 9 } });
    rmSync(out, { recursive: true });
  });

  test("learned lines are reported with their file count and share, and --disable learned keeps them", async () => {
    const out = outDir();
    const report = path.join(out, "report.json");
    await runCli(["input", "--out-dir", path.join(out, "a"), "--report", report], { cwd: SITE });
    const learned = readReport(report).files.flatMap((f) => f.cuts.filter((c) => c.rule === "learned"));
    expect(learned.map((c) => c.match)).toContain("Morning Ledger (4 files, 100%)");
    expect(learned.map((c) => c.match)).toContain("Tips? Write to the desk at <email> (3 files, 75%)");

    const r = await runCli(["input", "--out-dir", path.join(out, "b"), "--disable", "learned", "--report", report], { cwd: SITE });
    expect(r.code).toBe(0);
    expect(readReport(report).files.flatMap((f) => f.cuts.filter((c) => c.rule === "learned"))).toEqual([]);
    expect(readFileSync(path.join(out, "b/news/a-ferry.txt"), "utf8")).toMatch(/^Morning Ledger\n/);
    rmSync(out, { recursive: true });
  });

  test("a sentence two articles quote and a refrain repeated in one file are not learned", async () => {
    const out = outDir();
    const report = path.join(out, "report.json");
    const r = await runCli(["input", "--out-dir", path.join(out, "t"), "--scope", "file", "--report", report], { cwd: SITE });
    expect(r.code).toBe(0);
    const quote = "We cannot build a city on a bridge that closes at nine, and we will not try.\n";
    expect(readFileSync(path.join(out, "t/news/b-bridge.txt"), "utf8")).toContain(quote);
    expect(readFileSync(path.join(out, "t/news/c-mayor.txt"), "utf8")).toContain(quote);
    const song = readFileSync(path.join(out, "t/culture/d-song.txt"), "utf8");
    expect(song.split("Row me over, row me home,").length - 1).toBe(4);
    const cut = readReport(report).files.flatMap((f) => f.cuts);
    expect(cut.filter((c) => c.text.includes("Row me over") || c.text.startsWith("We cannot"))).toEqual([]);
    rmSync(out, { recursive: true });
  });

  test("a Markdown docs tree keeps the front matter, headings, table headers and colon lines all its files share", async () => {
    const page = (name: string): string =>
      `---\nlayout: doc\nsection: reference\n---\n\n# ${name}\n\n## Usage\n\nRun the ${name} command from the root of the project.\n\n` +
      `Example:\n\n    ${name} --all\n\n| Option | Default |\n|---|---|\n| --${name} | off |\n\n## See the changelog for ${name}\n`;
    const files = Object.fromEntries(["build", "clean", "serve", "test"].map((n) => [`docs/${n}.md`, page(n)]));
    const cwd = tempTree(files);
    const r = await runCli(["docs", "--write", "--report", "report.json"], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/4 files read, 0 changed/);
    for (const [rel, text] of Object.entries(files)) expect(readFileSync(path.join(cwd, rel), "utf8")).toBe(text);
  });

  test("binary files are skipped and listed; .git and node_modules are never read", async () => {
    const cwd = tempTree({
      "in/a.txt": "Hello there, a first page with enough words in it to count.\n",
      "in/b.txt": Buffer.from([0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]),
      "in/.git/c.txt": "git internals\n",
      "in/node_modules/d.md": "a package readme\n",
    });
    const r = await runCli(["in/**/*", "--out-dir", "out", "--jobs", "1"], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("winnow: in/b.txt: skipped: binary file\n");
    expect(r.stderr).toMatch(/1 files read, 0 changed, 1 skipped, 0 failed/);
    expect([...readTree(path.join(cwd, "out")).keys()]).toEqual(["a.txt"]);
  });

  test("an out-dir inside the input tree is not read back on the next run", async () => {
    const cwd = tempTree({ "a.txt": "one page\n", "b.txt": "another page\n" });
    expect((await runCli([".", "--out-dir", "clean"], { cwd })).code).toBe(0);
    const r = await runCli([".", "--out-dir", "clean"], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/2 files read/);
    expect(existsSync(path.join(cwd, "clean/clean"))).toBe(false);
  });
});

describe("progress", () => {
  test("a bar on a terminal outside CI, none with --no-progress, none under CI", async () => {
    const out = outDir();
    const shown = await runCli(["input", "--out-dir", path.join(out, "a"), "--jobs", "1"], { cwd: SITE, stderrTTY: true, env: {} });
    expect(shown.stderr).toMatch(/winnow cleaning .*4\/4 files/);
    const off = await runCli(["input", "--out-dir", path.join(out, "b"), "--no-progress"], { cwd: SITE, stderrTTY: true, env: {} });
    expect(off.stderr).not.toContain("winnow cleaning");
    const ci = await runCli(["input", "--out-dir", path.join(out, "c")], { cwd: SITE, stderrTTY: true, env: { CI: "true" } });
    expect(ci.stderr).not.toContain("winnow cleaning");
    expect(ci.stderr).toMatch(/4 files read/);
    rmSync(out, { recursive: true });
  });
});

describe("patterns and usage", () => {
  test("a pattern that matches nothing is exit 2, after the other files are cleaned", async () => {
    const cwd = tempTree({ "a.txt": "page\n" });
    const r = await runCli(["a.txt", "nope/*.md", "--out-dir", "out"], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("winnow: nope/*.md: no files match this pattern\n");
    expect(existsSync(path.join(cwd, "out/a.txt"))).toBe(true);
  });

  test("--no-error-on-unmatched-pattern makes it exit 0", async () => {
    const cwd = tempTree({ "a.txt": "page\n" });
    const r = await runCli(["a.txt", "nope/*.md", "--out-dir", "out", "--no-error-on-unmatched-pattern"], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain("nope");
  });

  test("one file with --out-dir works, and --list-rules names the learned rule", async () => {
    const cwd = tempTree({ "a.txt": "A page.\n\nAdvertisement\n\nThe end of the page, with enough words to stay.\n" });
    const r = await runCli(["a.txt", "--out-dir", "out"], { cwd });
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(cwd, "out/a.txt"), "utf8")).toBe("A page.\n\nThe end of the page, with enough words to stay.\n");
    expect((await runCli(["--list-rules"])).stdout).toMatch(/^learned +line +batch runs/m);
  });

  test("several files without --out-dir or --write is a usage error naming both", async () => {
    const cwd = tempTree({ "a.txt": "a\n", "b.txt": "b\n" });
    const r = await runCli(["a.txt", "b.txt"], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^winnow: .*--out-dir DIR.*--write/);
  });

  test.each([
    [["--write", "--out-dir", "o", "a.txt"], "choose one"],
    [["--write"], "needs files"],
    [["--write", "-"], "standard input"],
    [["--write", "-o", "x.txt", "a.txt"], "--output"],
  ])("%j is a usage error", async (argv, message) => {
    const cwd = tempTree({ "a.txt": "a\n" });
    const r = await runCli(argv, { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});
