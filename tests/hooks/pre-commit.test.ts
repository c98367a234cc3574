// The real pre-commit framework installs this checkout's hooks (`try-repo`, which builds the package
// through `prepare`) and runs them on a temporary git repository.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { ROOT } from "../helpers/run-cli.js";
import { missingTool, need } from "../helpers/require-tool.js";
import { DUPLICATED, PARA, tempRepo } from "../helpers/temp-repo.js";

const GUIDE = "# Guide\n\nA guide that says each thing once, in paragraphs that share nothing with the notes.\n";
const repo = tempRepo({ "docs/dup.md": `# Notes\n\n${DUPLICATED}`, "docs/clean.md": GUIDE, "notes.txt": "Notes of a different kind, which share no paragraph with the docs at all.\n" }, { git: false });
afterAll(() => repo.cleanup());

function sh(cmd: string, args: string[], cwd: string) {
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: "utf8",
    // Offline-first npm keeps the hook install quick; no colour so the output can be read here.
    env: { ...process.env, npm_config_prefer_offline: "true", npm_config_audit: "false", npm_config_fund: "false", NO_COLOR: "1", PRE_COMMIT_COLOR: "never" },
    maxBuffer: 1 << 26,
  });
  return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}

describe("pre-commit try-repo with this repository's hooks", () => {
  test("the check hook fails on a duplicated paragraph and passes on clean files; the fix hook rewrites", (ctx) => {
    need(ctx, missingTool("git", "git") ?? missingTool("pre-commit", "pre-commit"));
    const cwd = repo.dir;
    for (const args of [["init", "-q"], ["config", "user.email", "t@example.com"], ["config", "user.name", "t"], ["add", "."], ["commit", "-qm", "init"]]) {
      expect(sh("git", args, cwd).code).toBe(0);
    }
    // try-repo clones ROOT at HEAD (plus tracked changes): this checkout's committed hooks are what runs.
    const clean = sh("pre-commit", ["try-repo", ROOT, "--files", "docs/clean.md", "notes.txt"], cwd);
    expect(clean.out, clean.out).toMatch(/winnow \(check\)\.+Passed/);
    expect(clean.out).toMatch(/winnow \(fix\)\.+Passed/);
    expect(clean.code).toBe(0);

    const dirty = sh("pre-commit", ["try-repo", ROOT, "--files", "docs/dup.md", "docs/clean.md"], cwd);
    expect(dirty.code).toBe(1);
    expect(dirty.out).toMatch(/winnow \(check\)\.+Failed/);
    expect(dirty.out).toMatch(/docs\/dup\.md:5:1 +duplicate/);
    expect(dirty.out).toMatch(/winnow \(fix\)\.+Failed/);
    expect(dirty.out).toContain("files were modified by this hook");
    expect(readFileSync(path.join(cwd, "docs/dup.md"), "utf8")).toBe(`# Notes\n\n${PARA}\n`);
    expect(readFileSync(path.join(cwd, "docs/clean.md"), "utf8")).toBe(GUIDE);
  }, 600_000);
});
