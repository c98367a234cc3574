import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { runCli, spawnCli } from "../helpers/run-cli.js";
import { CLEAN, DUPLICATED, tempTrees } from "../helpers/temp-repo.js";

const tree = tempTrees();

describe("--check exit codes", () => {
  test("0 when nothing would be cut, and stdout stays empty", async () => {
    const r = await runCli(["--check"], { stdin: CLEAN });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("nothing to cut");
  });

  test("1 when something would be cut; the finding names file, line and kind", async () => {
    const cwd = tree({ "a.txt": DUPLICATED });
    const r = await runCli(["--check", "a.txt"], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^a\.txt:3:1 +duplicate +repeats line 1$/m);
  });

  test("2 on a usage error", async () => {
    expect((await runCli(["--check", "--reporter", "xml"], { stdin: CLEAN })).code).toBe(2);
  });

  test("2 on a file that cannot be read, with a one-line message", async () => {
    const cwd = tree({});
    const r = await runCli(["--check", "missing.txt"], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("winnow: missing.txt: no files match this pattern\n");
  });

  test("2 on a directory with no file of the kinds it reads, with a message that says which kinds", async () => {
    const cwd = tree({ "docs/guide.rst": DUPLICATED, "mdx/page.mdx": DUPLICATED });
    const r = await runCli(["--check", "docs"], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("winnow: docs: no file to read in this directory (it expands to .txt, .md, .markdown and .mdx files and a config's `extensions`; a file named is read whatever its extension)\n");
    // .mdx is among them: the directory is read, and its page judged as Markdown.
    const mdx = await runCli(["--check", "mdx"], { cwd });
    expect(mdx.code).toBe(1);
    expect(mdx.stderr).toMatch(/^mdx\/page\.mdx:3:1 +duplicate +repeats line 1$/m);
    // The hint names the marker MDX takes: an HTML comment would break the page's build.
    expect(mdx.stderr).toContain("or put {/* winnow-disable-next */} above a paragraph to keep it");
    expect(mdx.stderr).not.toContain("<!--");
    const both = await runCli(["--check", "mdx", "a.md"], { cwd: tree({ "mdx/page.mdx": DUPLICATED, "a.md": DUPLICATED }) });
    expect(both.stderr).toContain("or put <!-- winnow-disable-next --> ({/* winnow-disable-next */} in MDX) above a paragraph to keep it");
    const md = await runCli(["--check", "a.md"], { cwd: tree({ "a.md": DUPLICATED }) });
    expect(md.stderr).toContain("or put <!-- winnow-disable-next --> above a paragraph to keep it");
  });

  test("2 on a broken config file", async () => {
    const cwd = tree({ ".winnowrc.json": "{ nope", "a.txt": CLEAN });
    const r = await runCli(["--check", "a.txt"], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^winnow: \.winnowrc\.json: not valid JSON/);
  });

  test("-l prints only the names of files that would change, on stdout", async () => {
    const cwd = tree({ "a.txt": DUPLICATED, "b.txt": CLEAN });
    const dirty = await runCli(["-l", "a.txt"], { cwd });
    expect([dirty.code, dirty.stdout, dirty.stderr]).toEqual([1, "a.txt\n", ""]);
    const clean = await runCli(["--list-different", "b.txt"], { cwd });
    expect([clean.code, clean.stdout, clean.stderr]).toEqual([0, "", ""]);
  });

  test("--quiet silences the human report, not the exit code, a machine report or a report file", async () => {
    const cwd = tree({ "a.txt": DUPLICATED });
    expect(await runCli(["--check", "--quiet", "a.txt"], { cwd })).toMatchObject({ code: 1, stdout: "", stderr: "" });
    const json = await runCli(["--check", "--quiet", "--reporter", "json", "a.txt"], { cwd });
    expect(json.code).toBe(1);
    expect((JSON.parse(json.stdout) as { files: { cuts: unknown[] }[] }).files[0]?.cuts.length).toBe(1);
    const toFile = await runCli(["--check", "--quiet", "--report-file", "findings.txt", "a.txt"], { cwd });
    expect(toFile).toMatchObject({ code: 1, stdout: "", stderr: "" });
    expect(readFileSync(path.join(cwd, "findings.txt"), "utf8")).toMatch(/^a\.txt:3:1 +duplicate +repeats line 1$/m);
  });

  test("the spawned bin exits with the same codes", () => {
    const cwd = tree({ "a.txt": DUPLICATED, "b.txt": CLEAN });
    expect(spawnCli(["--check", "a.txt"], { cwd }).code).toBe(1);
    expect(spawnCli(["--check", "b.txt"], { cwd }).code).toBe(0);
    expect(spawnCli(["--check", "--ngram", "0", "b.txt"], { cwd }).code).toBe(2);
  });

  test("json and sarif reports go to stdout, or to --report-file", async () => {
    const cwd = tree({ "a.txt": DUPLICATED });
    const json = await runCli(["--check", "--reporter", "json", "a.txt"], { cwd });
    expect(json.code).toBe(1);
    expect((JSON.parse(json.stdout) as { files: { file: string }[] }).files[0]?.file).toBe("a.txt");
    const toFile = await runCli(["--check", "--reporter", "sarif", "--report-file", "out.sarif", "a.txt"], { cwd });
    expect([toFile.code, toFile.stdout]).toEqual([1, ""]);
    expect((JSON.parse(readFileSync(`${cwd}/out.sarif`, "utf8")) as { version: string }).version).toBe("2.1.0");
  });
});

describe("colour of the stylish report", () => {
  const env = (e: Record<string, string>) => ({ stdin: DUPLICATED, stderrTTY: true, env: e });
  test.each([
    ["a terminal", [], {}, true],
    ["NO_COLOR on a terminal", [], { NO_COLOR: "1" }, false],
    ["FORCE_COLOR on a pipe", [], { FORCE_COLOR: "1" }, true],
    ["--no-color over FORCE_COLOR", ["--no-color"], { FORCE_COLOR: "1" }, false],
    ["--color over NO_COLOR", ["--color"], { NO_COLOR: "1" }, true],
  ] as const)("%s", async (_name, flags, e, coloured) => {
    const opts = _name.includes("pipe") ? { ...env(e), stderrTTY: false } : env(e);
    const r = await runCli(["--check", ...flags], opts);
    expect(r.code).toBe(1);
    expect(r.stderr.includes("\u001b[")).toBe(coloured);
  });
});

describe("the github reporter", () => {
  test("prints workflow commands on stdout, where the Actions runner reads them", async () => {
    const r = await runCli(["--check", "--reporter", "github", "--stdin-filepath", "docs/a,b.md"], { stdin: DUPLICATED });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("::warning file=docs/a%2Cb.md,line=3,endLine=3,title=winnow%3A duplicate::repeats line 1\n");
    expect(r.stderr).toBe("");
  });
});
