// The hook installed through the real pre-commit framework, as a user does: a .pre-commit-config.yaml
// naming this repository at a release tag (here a clone made into one by scripts/release.mjs), on
// a machine without a global TypeScript, with Debian's pre-commit 3.0 and the current release
// from pip (4.6). The repository holds repetition already: a change that adds none passes; a staged
// page that copies a committed paragraph fails the commit. With 4.6, a commit that is no release
// (no dist/) fails to install with a message that says what to do, not "tsc: not found".
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ROOT } from "../helpers/run-cli.js";
import { missingTool, need } from "../helpers/require-tool.js";
import { bareEnv, releaseClone, type ReleaseClone } from "../helpers/release-clone.js";
import { DUPLICATED } from "../helpers/temp-repo.js";

const VERSION = "9.9.9";
const PIP_PRE_COMMIT = "pre-commit==4.6.2";
const COMMITTED = "The harbour master keeps a log of every vessel that enters the port, with its tonnage and captain.";
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
  if (release) rmSync(path.dirname(release.dir), { recursive: true, force: true });
}, 120_000);
const temp = (name: string): string => {
  const d = mkdtempSync(path.join(tmpdir(), `winnow-${name}-`));
  temps.push(d);
  return d;
};

/** pre-commit 4.6 from pip, in a virtual environment kept under node_modules/.cache between runs. */
function pipPreCommit(): string | null {
  const venv = path.join(ROOT, "node_modules/.cache/winnow-tests/pre-commit-4.6.2");
  const bin = path.join(venv, "bin/pre-commit");
  if (existsSync(bin)) return bin;
  for (const python of ["/usr/bin/python3", "python3"]) {
    rmSync(venv, { recursive: true, force: true });
    if (spawnSync(python, ["-m", "venv", venv]).status !== 0) continue;
    const pip = spawnSync(path.join(venv, "bin/pip"), ["install", "-q", PIP_PRE_COMMIT], { encoding: "utf8" });
    if (pip.status === 0 && existsSync(bin)) return bin;
  }
  return null;
}

let release: ReleaseClone | null = null;
beforeAll(() => {
  if (missingTool("git", "git") === undefined) release = releaseClone(VERSION);
}, 120_000);

function repo(rev: string): string {
  const dir = temp("content");
  const sh = (...args: string[]) => execFileSync("git", args, { cwd: dir, encoding: "utf8" });
  mkdirSync(path.join(dir, "docs"));
  writeFileSync(path.join(dir, "docs/a.md"), `# A\n\n${COMMITTED}\n\nA second paragraph of page a, its own.\n`);
  writeFileSync(path.join(dir, "docs/dup.md"), `# Notes\n\n${DUPLICATED}`); // repetition that stands committed
  writeFileSync(path.join(dir, ".pre-commit-config.yaml"), `repos:\n  - repo: ${release?.dir ?? ""}\n    rev: ${rev}\n    hooks:\n      - id: winnow\n`);
  sh("init", "-q");
  sh("config", "user.email", "t@example.com");
  sh("config", "user.name", "t");
  sh("add", ".");
  sh("commit", "-qm", "a tree with repetition");
  return dir;
}

function run(cmd: string, args: string[], cwd: string, home: string) {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", env: bareEnv({ PRE_COMMIT_HOME: home, PRE_COMMIT_COLOR: "never", npm_config_prefer_offline: "true" }), maxBuffer: 1 << 26 });
  return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}

function installsAndJudgesTheChange(preCommit: string): void {
  if (!release) throw new Error("no release clone");
  const cwd = repo(release.tag);
  const home = temp("pre-commit-home");
  expect(run(preCommit, ["install"], cwd, home).code).toBe(0);
  // A change that adds nothing of the kind, to a page that repeats itself already.
  appendFileSync(path.join(cwd, "docs/dup.md"), "\nA closing line added to the notes, said nowhere else in the tree.\n");
  run("git", ["add", "docs/dup.md"], cwd, home);
  const ok = run("git", ["commit", "-m", "a change that adds no repetition"], cwd, home);
  expect(ok.out).toMatch(/winnow \(check\)\.+Passed/);
  expect(ok.code, ok.out).toBe(0);
  // A new page with a paragraph pasted twice (the copy in docs/a.md is the writer's: authored Markdown).
  writeFileSync(path.join(cwd, "docs/new.md"), `# New\n\n${COMMITTED}\n\n${COMMITTED}\n`);
  // An MDX page too: the hook's types_or names mdx (identify tags .mdx "mdx", not "markdown").
  writeFileSync(path.join(cwd, "docs/guide.mdx"), `import Note from "./note.astro";\n\n# Guide\n\n${COMMITTED}\n\n${COMMITTED}\n`);
  run("git", ["add", "docs/new.md", "docs/guide.mdx"], cwd, home);
  const bad = run("git", ["commit", "-m", "a copy"], cwd, home);
  expect(bad.code, bad.out).toBe(1);
  expect(bad.out).toMatch(/winnow \(check\)\.+Failed/);
  expect(bad.out).toMatch(/docs\/new\.md:5:1 +duplicate +repeats line 3/);
  expect(bad.out).toMatch(/docs\/guide\.mdx:7:1 +duplicate +repeats line 5/);
  expect(bad.out).toMatch(/run `winnow --check --write (docs\/guide\.mdx docs\/new\.md|docs\/new\.md docs\/guide\.mdx)`/);
}

describe("pre-commit installs the hook from a release tag and it judges the change", () => {
  test("Debian's pre-commit 3.0", (ctx) => {
    need(ctx, missingTool("git", "git") ?? missingTool("pre-commit", "pre-commit"));
    installsAndJudgesTheChange("pre-commit");
  }, 900_000);

  test(`pre-commit 4.6 from pip (${PIP_PRE_COMMIT})`, (ctx) => {
    need(ctx, missingTool("git", "git"));
    const bin = pipPreCommit();
    need(ctx, bin ? undefined : `${PIP_PRE_COMMIT} cannot be installed with python3 -m venv and pip (Debian packages python3-venv, python3-pip)`);
    installsAndJudgesTheChange(bin ?? "");
  }, 900_000);

  test("pre-commit 4.6 on a commit that is no release: a message that says what to do", (ctx) => {
    need(ctx, missingTool("git", "git"));
    const bin = pipPreCommit();
    need(ctx, bin ? undefined : `${PIP_PRE_COMMIT} cannot be installed with python3 -m venv and pip (Debian packages python3-venv, python3-pip)`);
    if (!bin || !release) throw new Error("no pre-commit or no release clone, yet not skipped");
    // Before scripts/prepare.mjs this was "sh: 1: tsc: not found": npm's global git install runs
    // `prepare` with no devDependencies installed.
    const cwd = repo(release.untagged);
    const r = run(bin, ["run", "--all-files"], cwd, temp("pre-commit-home"));
    expect(r.code).not.toBe(0);
    expect(r.out).toContain("the build tools (typescript, @types/node, rolldown) are not installed and this commit carries no built dist/");
    expect(r.out).not.toContain("tsc: not found");
  }, 900_000);
});
