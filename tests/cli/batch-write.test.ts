import { spawnSync } from "node:child_process";
import { chmodSync, lstatSync, readFileSync, readdirSync, statSync, symlinkSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, test } from "vitest";
import { ROOT, runCli } from "../helpers/run-cli.js";
import { tempTree } from "../helpers/temp-tree.js";
import { missingRoot, missingTool, need } from "../helpers/require-tool.js";

const CLEAN = "A page that has nothing to cut in it at all, only one paragraph.\n";
const DIRTY = "A story about the ferry and the bridge and the harbour council.\n\nAdvertisement\n\nThe end of the story, as the council told it on Monday.\n";
const OTHER = "Another story, this one about the night buses and their new routes.\n\nSponsored\n";
const OTHER_CLEAN = "Another story, this one about the night buses and their new routes.\n";
const DIRTY_CLEAN = "A story about the ferry and the bridge and the harbour council.\n\nThe end of the story, as the council told it on Monday.\n";


describe("--write", () => {
  test("rewrites the files that change, keeps their mode, leaves the others untouched", async () => {
    const cwd = tempTree({ "d/clean.txt": CLEAN, "d/dirty.txt": DIRTY });
    chmodSync(path.join(cwd, "d/dirty.txt"), 0o640);
    const before = statSync(path.join(cwd, "d/clean.txt"), { bigint: true });
    const r = await runCli(["d", "--write"], { cwd });
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(cwd, "d/dirty.txt"), "utf8")).toBe(DIRTY_CLEAN);
    expect(statSync(path.join(cwd, "d/dirty.txt")).mode & 0o777).toBe(0o640);
    const after = statSync(path.join(cwd, "d/clean.txt"), { bigint: true });
    expect([after.ino, after.mtimeNs]).toEqual([before.ino, before.mtimeNs]);
    expect(readdirSync(path.join(cwd, "d")).sort()).toEqual(["clean.txt", "dirty.txt"]);
    expect(r.stderr).toMatch(/2 files read, 1 changed/);
  });

  test("one file with --write works", async () => {
    const cwd = tempTree({ "dirty.txt": DIRTY });
    const r = await runCli(["dirty.txt", "-w"], { cwd });
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(cwd, "dirty.txt"), "utf8")).toBe(DIRTY_CLEAN);
  });

  test("a symbolic link out of the tree is skipped and its target left alone", async () => {
    const outside = tempTree({ "target.txt": DIRTY });
    const cwd = tempTree({ "d/own.txt": DIRTY });
    symlinkSync(path.join(outside, "target.txt"), path.join(cwd, "d/link.txt"));
    // Directory and glob expansion never match symbolic links; a link named on the command line is checked.
    const r = await runCli(["d", "d/link.txt", "--write"], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("winnow: d/link.txt: skipped: symbolic link to a file outside the tree\n");
    expect(readFileSync(path.join(outside, "target.txt"), "utf8")).toBe(DIRTY);
    expect(readFileSync(path.join(cwd, "d/own.txt"), "utf8")).toBe(DIRTY_CLEAN);
  });

  test("a symbolic link to a file of the run is cleaned once, through the real file, and stays a link", async () => {
    const cwd = tempTree({ "d/real.txt": DIRTY });
    symlinkSync("real.txt", path.join(cwd, "d/alias.txt"));
    const r = await runCli(["d", "d/alias.txt", "--write"], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("winnow: d/real.txt: skipped: same file as d/alias.txt\n");
    expect(lstatSync(path.join(cwd, "d/alias.txt")).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(cwd, "d/real.txt"), "utf8")).toBe(DIRTY_CLEAN);
  });

  test("an immutable file (chattr +i) fails with one line, stays as it was, and the run goes on", async (ctx) => {
    const cwd = tempTree({ "d/a-locked.txt": DIRTY, "d/b-open.txt": OTHER });
    const locked = path.join(cwd, "d/a-locked.txt");
    need(ctx, missingRoot("chattr +i") ?? missingTool("chattr", "e2fsprogs, on a file system with the immutable flag", ["+i", locked]));
    try {
      const r = await runCli(["d", "--write"], { cwd });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^winnow: d\/a-locked\.txt: read-only \(permission denied\), not written$/m);
      expect(readFileSync(locked, "utf8")).toBe(DIRTY);
      expect(readFileSync(path.join(cwd, "d/b-open.txt"), "utf8")).toBe(OTHER_CLEAN);
      expect(r.stderr).toMatch(/2 files read, 1 changed, 0 skipped, 1 failed/);
    } finally {
      spawnSync("chattr", ["-i", locked]);
    }
  });

  test("a read-only file fails for a user who may not write it (run as nobody)", (ctx) => {
    need(ctx, missingRoot("it becomes user nobody"));
    const cwd = tempTree({ "d/a-readonly.txt": DIRTY, "d/b-open.txt": OTHER });
    chmodSync(cwd, 0o777);
    chmodSync(path.join(cwd, "d"), 0o777);
    chmodSync(path.join(cwd, "d/a-readonly.txt"), 0o444);
    chmodSync(path.join(cwd, "d/b-open.txt"), 0o666);
    // The CLI's modules are loaded as root, then the process becomes nobody (root ignores file modes);
    // so the checkout need not be readable by nobody. --jobs 1: no worker script to load afterwards.
    const script = `
      const { run } = await import(${JSON.stringify(pathToFileURL(path.join(ROOT, "dist/cli/run.js")).href)});
      process.setgroups([]);
      process.setgid("nogroup");
      process.setuid("nobody");
      process.exitCode = await run({ argv: ["d", "--write", "--jobs", "1"], cwd: process.cwd(), stdin: process.stdin,
        stdout: process.stdout, stderr: process.stderr, env: process.env });`;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd, encoding: "utf8" });
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/^winnow: d\/a-readonly\.txt: read-only \(permission denied\), not written$/m);
    expect(readFileSync(path.join(cwd, "d/a-readonly.txt"), "utf8")).toBe(DIRTY);
    expect(readFileSync(path.join(cwd, "d/b-open.txt"), "utf8")).toBe(OTHER_CLEAN);
  });
});
