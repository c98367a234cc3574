// Small things a user trips on (#19 item 9): stale temporary files of killed runs, a JSON error in
// a rules file, a number too big for a double in a config, file names that are not UTF-8.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { spawnSync } from "node:child_process";
import { BIN, runCli, spawnCli } from "../helpers/run-cli.js";
import { tempTree } from "../helpers/temp-tree.js";

const A = "A paragraph of prose that is long enough to be a duplicate of itself here.\n";

/** A PID no process has: above the kernel's pid_max (4194304 at most). */
const DEAD = 4_194_999;

test.each([["--write"], ["--out-dir"]])("a run that writes into a directory removes the temporary files that killed runs left there (%s)", async (mode) => {
  const stale = `.a.txt.winnow-${DEAD}-0badf00d.tmp`;
  const live = `.a.txt.winnow-${process.pid}-0000beef.tmp`;
  const files = { "d/a.txt": `${A}\n${A}`, [`d/${stale}`]: "half a file", [`d/${live}`]: "a live run's", [`out/${stale}`]: "half a file" };
  const dir = tempTree(files);
  const argv = mode === "--write" ? ["d", "--write"] : ["d", "--out-dir", "out"];
  const r = await runCli([...argv, "--jobs", "1"], { cwd: dir });
  expect(r.code).toBe(0);
  expect(existsSync(path.join(dir, "d", stale))).toBe(mode !== "--write");
  expect(existsSync(path.join(dir, "out", stale))).toBe(mode === "--write");
  expect(existsSync(path.join(dir, "d", live))).toBe(true);
});

test("-o removes a stale temporary file beside its target", async () => {
  const stale = `.out.txt.winnow-${DEAD}-0badf00d.tmp`;
  const dir = tempTree({ "a.txt": A, [stale]: "x" });
  expect((await runCli(["a.txt", "-o", "out.txt"], { cwd: dir })).code).toBe(0);
  expect(readdirSync(dir).sort()).toEqual(["a.txt", "out.txt"]);
});

test("a JSON error in a rules file or a config is one line", async () => {
  const dir = tempTree({ "bad.json": '[{"name": "x",\n "pattern": }]', "in.txt": A });
  const r = await runCli(["--rules", "bad.json", "in.txt"], { cwd: dir });
  expect(r.code).toBe(2);
  expect(r.stderr.split("\n")).toHaveLength(2);
  expect(r.stderr).toMatch(/^winnow: bad.json: not valid JSON: .*\n$/);
  writeFileSync(path.join(dir, ".winnowrc.json"), '{\n"minWords": }\n');
  const c = await runCli(["in.txt"], { cwd: dir });
  expect(c.code).toBe(2);
  expect(c.stderr.split("\n")).toHaveLength(2);
});

test("1e309 in a config is reported as the infinity it reads as, not as null", async () => {
  const dir = tempTree({ ".winnowrc.json": '{ "threshold": 1e309 }' });
  const r = await runCli([], { cwd: dir, stdin: A });
  expect(r.stderr).toBe("winnow: .winnowrc.json: threshold: expected a value that must be <= 1, got Infinity (a number too large to hold)\n");
  expect(r.code).toBe(2);
});

test("a name that is not UTF-8 is shown as \\xNN in batch messages, never as U+FFFD", () => {
  const dir = tempTree({ "nu/ok.txt": A });
  const bad = Buffer.concat([Buffer.from(path.join(dir, "nu") + "/bad"), Buffer.from([0xff]), Buffer.from(".txt")]);
  writeFileSync(bad, "Hello.\n");
  const r = spawnCli(["--check", "nu"], { cwd: dir });
  expect(r.stderr).not.toContain("\uFFFD");
  expect(r.stderr).toContain("nu/bad\\xff.txt");
  const lit = spawnSync("bash", ["-c", `exec "${process.execPath}" "${BIN}" --check nu/bad$'\\xff'.txt`], { cwd: dir, encoding: "utf8" });
  expect(lit.stderr).not.toContain("\uFFFD");
  expect(lit.stderr).toContain("nu/bad\\xff.txt");
  expect(readFileSync(bad, "utf8")).toBe("Hello.\n");
});

test("a working directory removed under the shell is one line and exit 2, not an internal error", () => {
  const dir = tempTree({ "a.txt": A });
  const gone = path.join(dir, "gone");
  mkdirSync(gone);
  // The child starts in the directory, which is removed before node asks for it.
  const r = spawnSync("sh", ["-c", `cd "$1" && rmdir "$1" && exec "$2" "$3" --check ../a.txt`, "sh", gone, process.execPath, BIN], { encoding: "utf8" });
  expect(r.status).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).toBe("winnow: the working directory cannot be read (ENOENT): it was removed or is not readable; change to another one\n");
});

test("WINNOW_PAGE_MODEL naming weights of another build is one line and exit 2, not a run that silently cuts nothing by them", async () => {
  const dir = tempTree({ "a.txt": A, "old.json": JSON.stringify({ features: ["words"], kind: "trees", threshold: 0.9, maxWords: 12, base: 0, trees: [] }) });
  const r = await runCli(["a.txt"], { cwd: dir, env: { WINNOW_PAGE_MODEL: "old.json" } });
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).toMatch(/^winnow: WINNOW_PAGE_MODEL: old\.json: not weights trained on this build's \d+ features \(npm run train writes them\)\n$/);
});

test("--page-model, or pageModel: true in a config file, switches the model on with the built-in weights, and --list-rules says so", async () => {
  const { PAGE_MODEL, pageModelDigest } = await import("../../src/core/boilerplate/page-model.js");
  const dir = tempTree({ "a.txt": A, ".winnowrc.json": "{}\n", "on/.winnowrc.json": JSON.stringify({ pageModel: true }), "on/b.txt": A });
  const shown = async (args: string[], cwd = dir): Promise<unknown> => {
    const r = await runCli([...args, "--report", "r.json"], { cwd });
    expect(r.code, r.stderr).toBe(0);
    return (JSON.parse(readFileSync(path.join(cwd, "r.json"), "utf8")) as { options: { pageModel?: string } }).options.pageModel;
  };
  expect(await shown(["a.txt", "-o", "out.txt"])).toBeUndefined();
  expect(await shown(["a.txt", "-o", "out.txt", "--page-model"])).toBe(pageModelDigest(PAGE_MODEL));
  expect(await shown(["b.txt", "-o", "out.txt"], path.join(dir, "on"))).toBe(pageModelDigest(PAGE_MODEL));
  const r = await runCli(["--list-rules"], { cwd: dir });
  expect(r.stdout).toContain("--page-model");
});
