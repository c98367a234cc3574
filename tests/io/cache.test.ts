import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { resolveOptions } from "../../src/core/options.js";
import { fileCacheKey } from "../../src/lib/batch-cache.js";
import { cacheKey, CleanCache } from "../../src/io/cache.js";
import { runCli } from "../helpers/run-cli.js";
import { CLEAN, DUPLICATED, tempTrees } from "../helpers/temp-repo.js";

const tree = tempTrees();
const cacheFile = (cwd: string) => path.join(cwd, "node_modules/.cache/winnow/clean-files.json");

describe("CleanCache", () => {
  test("a key changes with the version, the options and the content", () => {
    const base = cacheKey(["1.0.0", "{}", "text"]);
    expect(cacheKey(["1.0.1", "{}", "text"])).not.toBe(base);
    expect(cacheKey(["1.0.0", '{"a":1}', "text"])).not.toBe(base);
    expect(cacheKey(["1.0.0", "{}", "text!"])).not.toBe(base);
    expect(cacheKey(["1.0.0", "{}", "text"])).toBe(base);
    // Parts are length-prefixed: moving a boundary changes the key.
    expect(cacheKey(["ab", "c"])).not.toBe(cacheKey(["a", "bc"]));
  });

  test("remembers clean files across processes, forgets files that are no longer clean", async () => {
    const cwd = tree({});
    const c = await CleanCache.open(cwd);
    c.record("/x/a.md", "k1", true);
    c.record("/x/b.md", "k2", false);
    await c.save();
    const again = await CleanCache.open(cwd);
    expect([again.isClean("/x/a.md", "k1"), again.isClean("/x/a.md", "k0"), again.isClean("/x/b.md", "k2")]).toEqual([true, false, false]);
    again.record("/x/a.md", "k1", false);
    await again.save();
    expect((await CleanCache.open(cwd)).isClean("/x/a.md", "k1")).toBe(false);
  });

  test("a corrupt cache file is started afresh", async () => {
    const cwd = tree({ "node_modules/.cache/winnow/clean-files.json": "{ not json" });
    expect((await CleanCache.open(cwd)).isClean("/a", "k")).toBe(false);
  });
});

describe("--cache", () => {
  test("is off by default: no cache directory appears", async () => {
    const cwd = tree({ "a.md": CLEAN });
    expect((await runCli(["--check", "a.md"], { cwd })).code).toBe(0);
    expect(existsSync(cacheFile(cwd))).toBe(false);
  });

  test("a clean file is recorded; a file with findings is not", async () => {
    const cwd = tree({ "a.md": CLEAN, "b.md": DUPLICATED });
    expect((await runCli(["--check", "--cache", "a.md"], { cwd })).code).toBe(0);
    expect((await runCli(["--check", "--cache", "b.md"], { cwd })).code).toBe(1);
    const entries = Object.keys((JSON.parse(readFileSync(cacheFile(cwd), "utf8")) as { entries: object }).entries);
    expect(entries).toEqual([path.join(cwd, "a.md")]);
  });

  test("a cache hit skips the file: a (forged) entry for this exact content and options is trusted", async () => {
    const cwd = tree({ "b.md": DUPLICATED });
    const options = resolveOptions({ format: "markdown" });
    // One file alone: no run signature.
    const key = fileCacheKey(options, new TextEncoder().encode(DUPLICATED), "");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(path.dirname(cacheFile(cwd)), { recursive: true });
    writeFileSync(cacheFile(cwd), JSON.stringify({ format: 1, entries: { [path.join(cwd, "b.md")]: key } }));
    expect((await runCli(["--check", "--cache", "b.md"], { cwd })).code).toBe(0);
    expect((await runCli(["--check", "b.md"], { cwd })).code).toBe(1);
    // Other options: another key, so the file is checked again.
    expect((await runCli(["--check", "--cache", "--min-words", "3", "b.md"], { cwd })).code).toBe(1);
  });
});

describe("--cache with cross-file duplicates", () => {
  test("files clean on their own are checked again when they meet in one run", async () => {
    // Plain text: two Markdown pages of one folder may repeat a paragraph on purpose (siblings).
    const cwd = tree({ "a.txt": CLEAN, "b.txt": CLEAN });
    expect((await runCli(["--check", "--cache", "a.txt"], { cwd })).code).toBe(0);
    expect((await runCli(["--check", "--cache", "b.txt"], { cwd })).code).toBe(0);
    // b.txt repeats a.txt's first paragraph: only a run over both can see it.
    expect((await runCli(["--check", "--cache", "a.txt", "b.txt"], { cwd })).code).toBe(1);
  });

  test("a second identical run hits every file and reports the same", async () => {
    const cwd = tree({ "a.md": CLEAN, "b.md": "Something else entirely, and long enough to count as prose.\n" });
    const first = await runCli(["--check", "--cache", "--reporter", "json", "."], { cwd });
    const second = await runCli(["--check", "--cache", "--reporter", "json", "."], { cwd });
    expect([first.code, second.code]).toEqual([0, 0]);
    const files = (out: string) => (JSON.parse(out) as { files: { file: string; changed: boolean }[] }).files.map((f) => [f.file, f.changed]);
    expect(files(second.stdout)).toEqual(files(first.stdout));
    expect(Object.keys((JSON.parse(readFileSync(cacheFile(cwd), "utf8")) as { entries: object }).entries)).toHaveLength(2);
  });
});
