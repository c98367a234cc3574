import { symlinkSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { expandPaths } from "../../src/io/expand-paths.js";
import { tempTree } from "../helpers/temp-tree.js";

function tree(): string {
  const root = tempTree({
    "docs/b.md": "b\n",
    "docs/a.txt": "a\n",
    "docs/sub/c.markdown": "c\n",
    "docs/sub/f.mdx": "f\n",
    "docs/sub/d.TXT": "d\n",
    "docs/image.png": "x",
    "docs/.hidden/e.txt": "e\n",
    "docs/.git/HEAD.txt": "ref\n",
    "docs/node_modules/pkg/readme.md": "pkg\n",
    "outside/linked.txt": "l\n",
    "notes.log": "log\n",
    "docs/CMakeLists.txt": "project(x)\n",
    "docs/sub/requirements-dev.txt": "vitest\n",
    "docs/robots.txt": "User-agent: *\n",
  });
  symlinkSync(path.join(root, "outside"), path.join(root, "docs/linkdir"));
  symlinkSync(path.join(root, "outside/linked.txt"), path.join(root, "docs/linkfile.txt"));
  return root;
}

describe("expandPaths", () => {
  test("a directory expands to its text files; dot directories, .git and node_modules, symlinked directories and programs' inputs not", async () => {
    const cwd = tree();
    const r = await expandPaths(["docs"], { cwd });
    expect(r.files).toEqual(["docs/a.txt", "docs/b.md", "docs/sub/c.markdown", "docs/sub/d.TXT", "docs/sub/f.mdx"]);
    expect(r.unmatched).toEqual([]);
    // Named, a dot directory is read.
    expect((await expandPaths(["docs/.hidden"], { cwd })).files).toEqual(["docs/.hidden/e.txt"]);
    // A program's input (a build file, a list of packages) is left out of a directory, and read when named.
    expect((await expandPaths(["docs/CMakeLists.txt"], { cwd })).files).toEqual(["docs/CMakeLists.txt"]);
  });

  test("a literal file is taken whatever its extension (a symbolic link too); one in node_modules or .git is not", async () => {
    const cwd = tree();
    expect((await expandPaths(["docs/linkfile.txt"], { cwd })).files).toEqual(["docs/linkfile.txt"]);
    const r = await expandPaths(["notes.log", "docs/node_modules/pkg/readme.md", "docs/.git/HEAD.txt"], { cwd });
    expect(r.files).toEqual(["notes.log"]);
    expect(r.unmatched).toEqual(["docs/node_modules/pkg/readme.md", "docs/.git/HEAD.txt"]);
  });

  test("globs match dot files, results are sorted, repeats merged, unmatched patterns listed", async () => {
    const cwd = tree();
    const r = await expandPaths(["docs/**/*.txt", "docs/a.txt", "nothing/*.md", "missing.txt"], { cwd });
    // A glob reads what it matches, programs' inputs too.
    expect(r.files).toEqual(["docs/.hidden/e.txt", "docs/CMakeLists.txt", "docs/a.txt", "docs/robots.txt", "docs/sub/requirements-dev.txt"]);
    expect(r.unmatched).toEqual(["nothing/*.md", "missing.txt"]);
  });

  test("configured extensions replace the defaults", async () => {
    const cwd = tree();
    const r = await expandPaths(["docs"], { cwd, extensions: ["png"] });
    expect(r.files).toEqual(["docs/image.png"]);
  });

  test("paths outside the working directory stay relative to it", async () => {
    const root = tree();
    const r = await expandPaths(["../docs/sub"], { cwd: path.join(root, "outside") });
    expect(r.files).toEqual(["../docs/sub/c.markdown", "../docs/sub/d.TXT", "../docs/sub/f.mdx"]);
  });
});
