import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { commonDir, planBatch } from "../../src/batch/plan.js";

describe("commonDir", () => {
  test("is the deepest directory holding every path, by whole names", () => {
    expect(commonDir(["/a/b/c.txt"])).toBe("/a/b");
    expect(commonDir(["/a/b/c.txt", "/a/bc/d.txt"])).toBe("/a");
    expect(commonDir(["/a/b/c/d.txt", "/a/b/e.txt", "/a/b/c/f/g.txt"])).toBe("/a/b");
    expect(commonDir(["/x/1.txt", "/y/2.txt"])).toBe("/");
  });
});

describe("planBatch", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  /** A tree and a directory outside it, reached through `link` (a link to the tree itself). */
  function layout(): { root: string; tree: string; link: string; outside: string } {
    const root = realpathSync(mkdtempSync(path.join(tmpdir(), "winnow-plan-")));
    dirs.push(root);
    const tree = path.join(root, "tree");
    const outside = path.join(root, "outside");
    mkdirSync(path.join(tree, "docs"), { recursive: true });
    mkdirSync(outside);
    writeFileSync(path.join(tree, "docs", "a.txt"), "alpha\n");
    writeFileSync(path.join(tree, "b.txt"), "beta\n");
    writeFileSync(path.join(outside, "c.txt"), "gamma\n");
    symlinkSync(outside, path.join(tree, "away"));
    symlinkSync(path.join(outside, "c.txt"), path.join(tree, "c-link.txt"));
    symlinkSync(path.join(tree, "b.txt"), path.join(tree, "b-again.txt"));
    const link = path.join(root, "tree-link");
    symlinkSync(tree, link);
    return { root, tree, link, outside };
  }

  test("each file is read at its real path; links out of the tree and second names of a file are skipped, with why", async () => {
    const { tree, link } = layout();
    // Named through a link to the tree: the files' real paths are under the tree itself.
    const plan = await planBatch(["away/c.txt", "b-again.txt", "b.txt", "c-link.txt", "docs/a.txt"], { cwd: link, outDir: path.join(link, "..", "out") });
    expect(plan.files.map((f) => [f.file, f.target])).toEqual([
      ["b-again.txt", path.join(tree, "b.txt")],
      ["docs/a.txt", path.join(tree, "docs", "a.txt")],
    ]);
    expect(plan.skipped).toEqual([
      { file: "away/c.txt", reason: "path through a symbolic link to a file outside the tree" },
      { file: "b.txt", reason: "same file as b-again.txt" },
      { file: "c-link.txt", reason: "symbolic link to a file outside the tree" },
    ]);
    expect(plan.files.map((f) => f.size)).toEqual([5, 6]);
    expect(plan.files.map((f) => path.relative(path.join(link, "..", "out"), f.out ?? ""))).toEqual(["b-again.txt", path.join("docs", "a.txt")]);
  });

  test("files inside --out-dir are not inputs, whether named through it or through a link to it", async () => {
    const { root, tree } = layout();
    const out = path.join(tree, "clean");
    mkdirSync(out);
    writeFileSync(path.join(out, "old.txt"), "old\n");
    symlinkSync(out, path.join(root, "clean-link"));
    const plan = await planBatch(["b.txt", "clean/old.txt"], { cwd: tree, outDir: path.join(root, "clean-link") });
    expect(plan.files.map((f) => f.file)).toEqual(["b.txt"]);
    expect(plan.skipped).toEqual([{ file: "clean/old.txt", reason: "inside --out-dir" }]);
    expect(plan.insideOutDir).toBe(1);
  });
});
