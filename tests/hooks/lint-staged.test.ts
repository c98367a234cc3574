// Real lint-staged (a pinned devDependency) runs `winnow --write` on a staged file of a temporary
// repository, as a husky pre-commit hook would, and re-stages the cleaned file.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { BIN, ROOT } from "../helpers/run-cli.js";
import { missingTool, need } from "../helpers/require-tool.js";
import { CLEAN, DUPLICATED, PARA, tempRepo } from "../helpers/temp-repo.js";

const repo = tempRepo(
  {
    "package.json": JSON.stringify({ name: "content", private: true, "lint-staged": { "*.{md,txt}": "winnow --write" } }),
    "docs/page.md": `# Page\n\n${CLEAN}`,
  },
  { git: false },
);
afterAll(() => repo.cleanup());

function sh(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", env: { ...process.env, ...env } });
  return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}`, stdout: r.stdout };
}

describe("lint-staged", () => {
  test("runs winnow --write on the staged file and stages the result", (ctx) => {
    need(ctx, missingTool("git", "git"));
    const cwd = repo.dir;
    for (const args of [["init", "-q"], ["config", "user.email", "t@example.com"], ["config", "user.name", "t"], ["add", "."], ["commit", "-qm", "init"]]) {
      expect(sh("git", args, cwd).code).toBe(0);
    }
    // `winnow` on PATH as an installed package's bin would be.
    const bin = path.join(cwd, ".bin");
    mkdirSync(bin);
    writeFileSync(path.join(bin, "winnow"), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
    chmodSync(path.join(bin, "winnow"), 0o755);

    writeFileSync(path.join(cwd, "docs/page.md"), `# Page\n\n${DUPLICATED}`);
    expect(sh("git", ["add", "docs/page.md"], cwd).code).toBe(0);
    const lintStaged = path.join(ROOT, "node_modules/lint-staged/bin/lint-staged.js");
    const r = sh(process.execPath, [lintStaged], cwd, { PATH: `${bin}${path.delimiter}${process.env.PATH ?? ""}`, FORCE_COLOR: "0" });
    expect(r.code, r.out).toBe(0);
    const expected = `# Page\n\n${PARA}\n`;
    expect(readFileSync(path.join(cwd, "docs/page.md"), "utf8")).toBe(expected);
    // The cleaned file is what is staged.
    expect(sh("git", ["show", ":docs/page.md"], cwd).stdout).toBe(expected);
  }, 120_000);
});
