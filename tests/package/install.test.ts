// The package as a user gets it: `npm pack`, then a global install into a temporary prefix, and the
// installed `winnow` cleans the seed outside this repository. And the npm name is still free.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { ROOT } from "../helpers/run-cli.js";

const PKG = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { name: string; version: string; bin: Record<string, string> };
const dir = mkdtempSync(path.join(tmpdir(), "winnow-pack-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function npm(args: string[], cwd: string) {
  const r = spawnSync("npm", args, { cwd, encoding: "utf8", env: { ...process.env, npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false" }, maxBuffer: 1 << 26 });
  return { code: r.status ?? -1, stdout: r.stdout, out: `${r.stdout}${r.stderr}` };
}

test("npm pack ships what runs, no source maps; a global install runs winnow on the seed", () => {
  // --ignore-scripts: `npm test` built dist/ already, and a rebuild here would change it under the other tests.
  const pack = npm(["pack", "--ignore-scripts", "--json", "--pack-destination", dir], ROOT);
  expect(pack.code, pack.out).toBe(0);
  const [info] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
  const files = (info?.files ?? []).map((f) => f.path);
  expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
  for (const f of ["LICENSE", "README.md", "package.json", "bin/winnow.js", "dist/bundle/cli.cjs", "dist/index.js", "dist/index.d.ts", "schema/winnow.schema.json"]) expect(files).toContain(f);
  expect(files.filter((f) => f.startsWith("src/") || f.startsWith("tests/"))).toEqual([]);

  const prefix = path.join(dir, "prefix");
  const install = npm(["install", "--global", "--prefer-offline", "--prefix", prefix, path.join(dir, info?.filename ?? "")], dir);
  expect(install.code, install.out).toBe(0);
  expect(Object.keys(PKG.bin)).toEqual(["winnow"]);
  const work = path.join(dir, "work");
  spawnSync("mkdir", [work]);
  copyFileSync(path.join(ROOT, "fixtures/seed/input.txt"), path.join(work, "page.txt"));
  const winnow = path.join(prefix, "bin", "winnow");
  const run = spawnSync(winnow, ["page.txt", "-o", "clean.txt"], { cwd: work, encoding: "utf8" });
  expect(run.status, run.stderr).toBe(0);
  expect(readFileSync(path.join(work, "clean.txt"))).toEqual(readFileSync(path.join(ROOT, "fixtures/seed/expected.txt")));
  expect(spawnSync(winnow, ["--version"], { encoding: "utf8" }).stdout).toBe(`${PKG.version}\n`);
  expect(readdirSync(path.join(prefix, "lib", "node_modules"))).toContain(PKG.name);
}, 300_000);

test("the npm name is free: `npm view` answers 404", (ctx) => {
  const r = npm(["view", PKG.name, "name", "--json"], ROOT);
  const offline = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|ENETUNREACH/.test(r.out);
  if (offline) {
    const message = `OFFLINE: the npm registry cannot be reached, so \`npm view ${PKG.name}\` was not asked; this test did not run.`;
    if (process.env.CI === "true") throw new Error(message);
    ctx.skip(message);
  }
  expect(r.code, r.out).not.toBe(0);
  expect(r.out).toMatch(/E404/);
}, 120_000);
