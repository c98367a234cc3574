// What people expect to read: a usage error is one line and where to look; a check that finds
// something says the command that cuts it; every flag the README shows exists.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { ROOT, runCli } from "../helpers/run-cli.js";
import { DUPLICATED, tempTrees } from "../helpers/temp-repo.js";

const tree = tempTrees();

describe("usage errors", () => {
  test.each([
    ["an unknown option", ["--format", "text"], "unknown option '--format'"],
    ["a bad value", ["--threshold", "2"], "'--threshold <share>' argument '2' is invalid"],
    ["a bad choice", ["--reporter", "xml"], "'--reporter <name>' argument 'xml' is invalid"],
  ])("%s: one line naming it, and `winnow --help`", async (_name, argv, named) => {
    const r = await runCli(argv, { stdin: "" });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n")).toEqual([expect.stringContaining(named), ""]);
    expect(r.stderr).toMatch(/^winnow: .*\(see `winnow --help`\)\n$/);
  });
});

describe("after findings the stylish report says how to cut them", () => {
  test("--check names `winnow --write` with the files that would change, quoted for the shell", async () => {
    // Each file repeats a paragraph of its own: sibling pages may share one on purpose.
    const own = "This note about the harbour is said twice in this one file by mistake.";
    const dir = tree({ "docs/it's dup.md": `# Notes\n\n${own}\n\n${own}\n`, "docs/b.md": `# B\n\n${DUPLICATED}`, "docs/clean.md": "# Clean\n\nNothing repeats in here at all.\n" });
    const r = await runCli(["--check", "docs"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("run `winnow --write docs/b.md 'docs/it'\\''s dup.md'` to cut them");
  });

  test("--check --write made the cuts: no such line", async () => {
    const dir = tree({ "docs/b.md": `# B\n\n${DUPLICATED}` });
    const r = await runCli(["--check", "--write", "docs"], { cwd: dir });
    expect(r.stderr).toContain("cut 1 unit");
    expect(r.stderr).not.toContain("to cut them");
  });

  test("standard input: run winnow on the text", async () => {
    const r = await runCli(["--check"], { stdin: DUPLICATED });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("run `winnow` to cut them");
  });
});

/** Flags the README shows that belong to other programs (git, pre-commit, npm, the bench scripts). */
const OTHER_PROGRAMS = new Set(["--trace-gc", "--max-semi-space-size", "--max-old-space-size", "--experimental-vm-modules", "--git-dir", "--label", "--sample", "--root", "--cached", "--name-only", "--files", "--global", "--save-dev", "--package", "--size", "--site-cmd", "--rounds", "--verbatim", "--startup-only", "--hook-only", "--no-hook", "--markdown-only", "--no-markdown", "--page-model-only", "--no-page-model", "--jobs-only", "--pipe-only", "--before", "--no-concurrent-recompilation", "--trace-opt", "--no-maglev", "--single-threaded-gc", "--max-lazy", "--seed", "--runs", "--quick", "--out", "--kb", "--cpu-prof", "--heap-growing-percent", "--expose-gc", "--corpus", "--cmd", "--array", "--cluster", "--tree", "--tool", "--cache-sim", "--single-threaded", "--maglev", "--predictable", "--perf-basic-prof", "--trace-deopt-verbose", "--folds", "--eval", "--folds-out", "--trace-deopt", "--max-opt"]);

test("every flag the README and docs/ show is one winnow has, or another program's", async () => {
  const help = (await runCli(["--help"])).stdout;
  const known = new Set(help.match(/--[a-z][a-z0-9-]*/g));
  const pages = ["README.md", ...readdirSync(path.join(ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];
  const readme = pages.map((p) => readFileSync(path.join(ROOT, p), "utf8")).join("\n");
  const shown = new Set([...readme.matchAll(/(?<![\w-])--[a-z][a-z0-9-]*/g)].map((m) => m[0]));
  const unknown = [...shown].filter((f) => !known.has(f) && !OTHER_PROGRAMS.has(f));
  expect(unknown, "flags in README.md or docs/ that `winnow --help` does not list (a config key is written as one, not as a flag)").toEqual([]);
  expect(shown.has("--check")).toBe(true);
});
