import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { DUPLICATED, PARA, tempTrees } from "../helpers/temp-repo.js";

const tree = tempTrees();

/** Exit code of --check on one named file: 0 when skipped (the file would otherwise fail with 1). */
async function check(cwd: string, file: string, flags: string[] = []): Promise<[number, string, string]> {
  const r = await runCli(["--check", ...flags, file], { cwd });
  return [r.code, r.stdout, r.stderr.includes("would cut") ? "reported" : "silent"];
}

describe("ignore files apply to files named on the command line", () => {
  test.each([
    [".gitignore", { ".gitignore": "build/\n" }, "build/a.md", [], 0],
    [".winnowignore", { ".winnowignore": "*.txt\n" }, "notes/a.txt", [], 0],
    ["a negated pattern", { ".winnowignore": "*.txt\n!keep.txt\n" }, "keep.txt", [], 1],
    ["--no-gitignore", { ".gitignore": "build/\n" }, "build/a.md", ["--no-gitignore"], 1],
    ["--no-gitignore keeps .winnowignore", { ".winnowignore": "build/\n" }, "build/a.md", ["--no-gitignore"], 0],
    ["--ignore-path replaces the defaults", { ".gitignore": "build/\n", "my.ignore": "other/\n" }, "build/a.md", ["--ignore-path", "my.ignore"], 1],
    ["--ignore-path is read", { "my.ignore": "other/\n" }, "other/a.md", ["--ignore-path", "my.ignore"], 0],
    ["--ignore-path repeats", { "one.ignore": "x/\n", "two.ignore": "other/\n" }, "other/a.md", ["--ignore-path", "one.ignore", "--ignore-path", "two.ignore"], 0],
    ["config ignore patterns", { ".winnowrc.json": '{ "ignore": ["vendor/**"] }' }, "vendor/a.md", [], 0],
    ["a file no pattern names", { ".gitignore": "build/\n" }, "docs/a.md", [], 1],
  ] as const)("%s", async (_name, files, target, flags, code) => {
    const cwd = tree({ ...files, [target]: DUPLICATED });
    const [got, stdout, said] = await check(cwd, target, [...flags]);
    expect(got).toBe(code);
    expect(stdout).toBe("");
    // Skipped silently: nothing about the file at all.
    if (code === 0) expect(said).toBe("silent");
  });

  test("an ignored file in pipe mode comes out as it went in, with one line saying why", async () => {
    const cwd = tree({ ".gitignore": "data/\n", "data/a.txt": DUPLICATED });
    const r = await runCli(["data/a.txt"], { cwd });
    expect([r.code, r.stdout]).toEqual([0, DUPLICATED]);
    expect(r.stderr).toMatch(/^winnow: data\/a\.txt: ignored \(.*--no-gitignore.*\n$/);
    const q = await runCli(["-q", "data/a.txt", "-o", "clean.txt"], { cwd });
    expect([q.code, q.stdout, q.stderr]).toEqual([0, "", ""]);
    expect(readFileSync(path.join(cwd, "clean.txt"), "utf8")).toBe(DUPLICATED);
    // --no-gitignore cleans it.
    expect((await runCli(["--no-gitignore", "data/a.txt"], { cwd })).stdout.length).toBeLessThan(DUPLICATED.length);
  });
});

describe("--stdin-filepath", () => {
  test("ignored standard input comes out unchanged", async () => {
    const cwd = tree({ ".winnowignore": "generated/\n" });
    const r = await runCli(["--stdin-filepath", "generated/x.txt"], { cwd, stdin: DUPLICATED });
    expect([r.code, r.stdout]).toEqual([0, DUPLICATED]);
  });

  test("picks the overrides of its path", async () => {
    const cwd = tree({ ".winnowrc.json": '{ "overrides": [{ "files": "legal/**", "options": { "dedupe": false } }] }' });
    expect((await runCli(["--check", "--stdin-filepath", "legal/terms.txt"], { cwd, stdin: DUPLICATED })).code).toBe(0);
    expect((await runCli(["--check", "--stdin-filepath", "blog/post.txt"], { cwd, stdin: DUPLICATED })).code).toBe(1);
  });

  test("a .md path reads standard input as Markdown and names it in the report", async () => {
    const cwd = tree({});
    const input = `[a]: https://example.com/a "${PARA}"\n\n[b]: https://example.com/a "${PARA}"\n\n`;
    // As text the second definition is a near duplicate; in Markdown a definition is never cut.
    expect((await runCli(["--check", "--stdin-filepath", "docs/a.txt"], { cwd, stdin: input })).code).toBe(1);
    const asMd = await runCli(["--check", "--stdin-filepath", "docs/a.md"], { cwd, stdin: `${PARA}\n\n${input}${PARA}\n` });
    expect(asMd.code).toBe(1);
    expect(asMd.stderr).toMatch(/^docs\/a\.md:7:1 +duplicate +repeats line 1$/m);
    expect(asMd.stderr).not.toMatch(/a\.md:[35]:/);
  });
});

describe("--file-list", () => {
  test("reads paths from standard input", async () => {
    const cwd = tree({ "a.txt": DUPLICATED });
    const r = await runCli(["--check", "--file-list", "-"], { cwd, stdin: "a.txt\n" });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^a\.txt:3:1/m);
  });
});
