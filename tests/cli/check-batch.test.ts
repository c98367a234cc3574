import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { ROOT, runCli, spawnCli } from "../helpers/run-cli.js";
import { CLEAN, DUPLICATED, PARA, tempTrees } from "../helpers/temp-repo.js";

const tree = tempTrees();

const OTHER = "A second document that shares no paragraph with the first one at all, said once.\n";

describe("--check over a Markdown docs repository", () => {
  // The fixture is committed in this repository: --all reports what it holds, not what a change adds.
  const cwd = path.join(ROOT, "fixtures/markdown-repo");

  const findings = (stderr: string) => stderr.split("\n").filter((l) => /^\S+:\d+:1 /.test(l)).map((l) => l.replace(/ +/g, " "));

  test("reports only the paragraph pasted twice: a copy in another doc is the writer's", async () => {
    const r = await runCli(["--check", "--all", "--no-color", "."], { cwd });
    expect(r.code).toBe(1);
    // the usage paragraph shown again two sections later stays (in Markdown, far repetition is the
    // writer's); the paragraph left twice in a row is cut
    expect(findings(r.stderr)).toEqual(["README.md:29:1 duplicate repeats line 27"]);
  });

  test("--markdown-text scraped: the cross-file copy too, with the other file's path", async () => {
    const r = await runCli(["--check", "--all", "--no-color", "--markdown-text", "scraped", "."], { cwd });
    expect(r.code).toBe(1);
    expect(findings(r.stderr)).toEqual(["README.md:29:1 duplicate repeats line 27", "guide/filing.md:13:1 duplicate repeats docs/configuration.md:23-24"]);
  });

  test("worker threads (which load the Markdown parser themselves) give the same report", async () => {
    const one = await runCli(["--check", "--all", "--jobs", "1", "--reporter", "json", "."], { cwd });
    const two = await runCli(["--check", "--all", "--jobs", "2", "--reporter", "json", "."], { cwd });
    expect(two.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
  });

  test("-l lists the files, and the spawned bin agrees", () => {
    expect(((r) => [r.code, r.stdout])(spawnCli(["-l", "--all", "."], { cwd }))).toEqual([1, "README.md\n"]);
    expect(((r) => [r.code, r.stdout])(spawnCli(["-l", "--all", "--markdown-text", "scraped", "."], { cwd }))).toEqual([1, "README.md\nguide/filing.md\n"]);
  });
});

describe("--check over a project's plain-text documents", () => {
  const findings = (stderr: string) => stderr.split("\n").filter((l) => /^\S+:\d+:1 /.test(l)).map((l) => l.replace(/ +/g, " "));
  const STEP = "Unpack the archive into a folder of your own, then run the build script from that folder and wait.\n";
  const files = { "INSTALLpc.txt": `${STEP}\nThe Windows build needs the compiler from the vendor's site.\n`, "INSTALLmac.txt": `Read this first.\n\n${STEP}`, "pages/a.txt": STEP, "pages/b.txt": `${STEP}\nClick here to subscribe\n` };

  test("a README or INSTALL file keeps what another file holds and what page-chrome rules match; a page does not", async () => {
    const r = await runCli(["--check", "--no-color", "."], { cwd: tree(files) });
    expect(r.code).toBe(1);
    expect(findings(r.stderr)).toEqual([
      "pages/a.txt:1:1 duplicate repeats INSTALLmac.txt:3",
      "pages/b.txt:1:1 duplicate repeats INSTALLmac.txt:3",
      'pages/b.txt:3:1 boilerplate line matches rule click-here: "Click here"',
    ]);
  });

  test("--plain-text scraped reads them as pages too; --plain-text authored reads every text file as a writer's", async () => {
    const scraped = await runCli(["--check", "--no-color", "--plain-text", "scraped", "."], { cwd: tree(files) });
    expect(findings(scraped.stderr)).toContain("INSTALLpc.txt:1:1 duplicate repeats INSTALLmac.txt:3");
    const authored = await runCli(["--check", "--no-color", "--plain-text", "authored", "."], { cwd: tree(files) });
    expect(authored.code).toBe(0);
  });
});

describe("--check over several files", () => {
  test("exit 0 when no file has anything to cut", async () => {
    const cwd = tree({ "a.md": CLEAN, "b.txt": OTHER });
    expect((await runCli(["--check", "a.md", "b.txt"], { cwd })).code).toBe(0);
  });

  test("exit 2 when a pattern matches nothing, even when another file has findings", async () => {
    const cwd = tree({ "a.md": DUPLICATED });
    const r = await runCli(["--check", "a.md", "missing.md"], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^winnow: missing\.md: no files match this pattern$/m);
    expect(r.stderr).toMatch(/^a\.md:3:1/m);
  });

  test("--check --write cuts, reports what it cut, and exits 0", async () => {
    const cwd = tree({ "a.md": DUPLICATED, "b.md": OTHER });
    const r = await runCli(["--check", "--write", "a.md", "b.md"], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^a\.md:3:1 +duplicate/m);
    expect(r.stderr).toMatch(/✖ cut 1 unit in 1 of 2 files/);
    expect(readFileSync(path.join(cwd, "a.md"), "utf8")).toBe(`${PARA}\n`);
    expect(readFileSync(path.join(cwd, "b.md"), "utf8")).toBe(OTHER);
  });

  test("--write alone (lint-staged) writes and prints the batch summary", async () => {
    const cwd = tree({ "a.md": DUPLICATED });
    const r = await runCli(["--write", path.join(cwd, "a.md")], { cwd });
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(cwd, "a.md"), "utf8")).toBe(`${PARA}\n`);
  });

  test("ignored files drop out of a directory and of an explicit list, silently", async () => {
    const cwd = tree({ ".winnowignore": "vendor/\n", "vendor/a.md": DUPLICATED, "docs/b.md": OTHER });
    const dir = await runCli(["--check", "."], { cwd });
    expect([dir.code, dir.stderr]).toEqual([0, "✔ nothing to cut in 1 file\n"]);
    const named = await runCli(["--check", "vendor/a.md", "docs/b.md"], { cwd });
    expect([named.code, named.stderr]).toEqual([0, "✔ nothing to cut in 1 file\n"]);
  });

  test("--file-list - reads the staged paths from standard input", async () => {
    const cwd = tree({ "a.md": DUPLICATED, "b.md": OTHER });
    const r = await runCli(["--check", "--file-list", "-"], { cwd, stdin: "a.md\r\nb.md\n\n" });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/in 1 of 2 files/);
  });

  test("an unmatched pattern is an error (2) unless --no-error-on-unmatched-pattern", async () => {
    const cwd = tree({ "a.md": OTHER });
    expect((await runCli(["--check", "a.md", "nothing/*.md"], { cwd })).code).toBe(2);
    expect((await runCli(["--check", "--no-error-on-unmatched-pattern", "a.md", "nothing/*.md"], { cwd })).code).toBe(0);
  });
});

// Markdown read as scraped pages: in authored Markdown (the default) a copy in another file is kept.
const SCRAPED = ["--markdown-text", "scraped"];

describe("--against", () => {
  test("a paragraph already in a reference file is reported with that file's path and line", async () => {
    // At another depth: the same paragraph in a parallel place of another page would be meant.
    const cwd = tree({ "docs/old.md": `# Old\n\n${PARA}\n`, "staged.md": `# New\n\n## Notes\n\n${PARA}\n` });
    const r = await runCli(["--check", ...SCRAPED, "--against", "docs/**/*.md", "staged.md"], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^staged\.md:5:1 +duplicate +repeats docs\/old\.md:3$/m);
    // The reference file itself is never reported.
    expect(r.stderr).not.toMatch(/^docs\/old\.md:/m);
    expect(r.stderr).toMatch(/in 1 of 1 file/);
  });

  test("reference files are never written", async () => {
    // In another folder: two pages of one folder may repeat a paragraph on purpose.
    const cwd = tree({ "ref.md": DUPLICATED, "notes/staged.md": `${PARA}\n` });
    const r = await runCli(["--check", "--write", ...SCRAPED, "--against", "ref.md", "notes/staged.md"], { cwd });
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(cwd, "ref.md"), "utf8")).toBe(DUPLICATED);
    expect(readFileSync(path.join(cwd, "notes/staged.md"), "utf8")).toBe("");
  });

  test("without --against the same staged file is clean", async () => {
    const cwd = tree({ "docs/old.md": `# Old\n\n${PARA}\n`, "staged.md": `# New\n\n${PARA}\n` });
    expect((await runCli(["--check", ...SCRAPED, "staged.md"], { cwd })).code).toBe(0);
    // Authored Markdown: a copy in a reference file is the writer's too.
    expect((await runCli(["--check", "--against", "docs/**/*.md", "staged.md"], { cwd })).code).toBe(0);
  });
});

describe("--file-list with nothing in it", () => {
  test("checks nothing and exits 0 without output", async () => {
    const r = await runCli(["--check", "--file-list", "-"], { stdin: "\n" });
    expect([r.code, r.stdout, r.stderr]).toEqual([0, "", ""]);
  });
});
