// lint-staged and husky as a project sets them up: winnow-text installed as a devDependency from a
// release tag (here a clone made into one by scripts/release.mjs), husky's pre-commit hook running
// `npx lint-staged`, lint-staged running `winnow --check` on the staged Markdown, on a machine
// without a global TypeScript. A change that adds no repetition commits; a staged page copying a
// committed paragraph is refused. `npx winnow` runs the installed command.
import { execFileSync, spawnSync } from "node:child_process";
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { missingTool, need } from "../helpers/require-tool.js";
import { bareEnv, releaseClone, type ReleaseClone } from "../helpers/release-clone.js";
import { DUPLICATED } from "../helpers/temp-repo.js";

const VERSION = "9.9.8";
const HUSKY = "9.1.7";
const LINT_STAGED = "16.4.0";
const COMMITTED = "The harbour master keeps a log of every vessel that enters the port, with its tonnage and captain.";
let release: ReleaseClone | null = null;
let dir = "";
beforeAll(() => {
  if (missingTool("git", "git") !== undefined) return;
  release = releaseClone(VERSION);
  dir = mkdtempSync(path.join(tmpdir(), "winnow-husky-"));
}, 120_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  if (release) rmSync(path.dirname(release.dir), { recursive: true, force: true });
}, 120_000);

function sh(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { cwd: dir, encoding: "utf8", env: bareEnv({ npm_config_prefer_offline: "true", FORCE_COLOR: "0" }), maxBuffer: 1 << 26 });
  return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}`, stdout: r.stdout };
}

describe("lint-staged and husky", () => {
  test("the project installs winnow-text from the tag; the hook judges the change", (ctx) => {
    need(ctx, missingTool("git", "git"));
    if (!release) throw new Error("no release clone");
    const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, encoding: "utf8" });
    git("init", "-q");
    git("config", "user.email", "t@example.com");
    git("config", "user.name", "t");
    writeFileSync(
      path.join(dir, "package.json"),
      JSON.stringify({ name: "content", private: true, devDependencies: { "winnow-text": `git+file://${release.dir}#${release.tag}`, husky: HUSKY, "lint-staged": LINT_STAGED }, "lint-staged": { "*.md": "winnow --check" } }, null, 2),
    );
    writeFileSync(path.join(dir, ".gitignore"), "node_modules/\n");
    mkdirSync(path.join(dir, "docs"));
    writeFileSync(path.join(dir, "docs/a.md"), `# A\n\n${COMMITTED}\n`);
    writeFileSync(path.join(dir, "docs/dup.md"), `# Notes\n\n${DUPLICATED}`);
    const install = sh("npm", ["install"]);
    expect(install.code, install.out).toBe(0);
    expect(sh("npx", ["winnow", "--version"]).stdout).toBe(`${VERSION}\n`);
    const init = sh("npx", ["husky", "init"]);
    expect(init.code, init.out).toBe(0);
    writeFileSync(path.join(dir, ".husky/pre-commit"), "npx lint-staged\n");
    git("add", ".");
    // The tree as it stood before the hook: it repeats itself (docs/dup.md). Committed through the
    // hook, that would be reported: with no HEAD, every finding is one the commit adds.
    const first = sh("git", ["commit", "--no-verify", "-m", "a tree with repetition"]);
    expect(first.code, first.out).toBe(0);

    appendFileSync(path.join(dir, "docs/dup.md"), "\nA closing line added to the notes, said nowhere else in the tree.\n");
    git("add", "docs/dup.md");
    const ok = sh("git", ["commit", "-m", "a change that adds no repetition"]);
    expect(ok.code, ok.out).toBe(0);

    writeFileSync(path.join(dir, "docs/new.md"), `# New\n\n${COMMITTED}\n\n${COMMITTED}\n`);
    git("add", "docs/new.md");
    const bad = sh("git", ["commit", "-m", "a copy"]);
    expect(bad.code, bad.out).not.toBe(0);
    expect(bad.out).toMatch(/docs\/new\.md:5:1 +duplicate +repeats line 3/);
    expect(git("log", "--format=%s")).toBe("a change that adds no repetition\na tree with repetition\n");
  }, 900_000);
});
