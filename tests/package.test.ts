// The package as a user gets it: `npm pack`, installed into an empty project, then imported by name
// from a plain Node script (no TypeScript, no path into this checkout). The name is read from
// package.json, so a rename keeps the test honest.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { ROOT } from "./helpers/run-cli.js";

const PKG = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { name: string; bin: Record<string, string> };
const NAME = PKG.name;
const BIN_NAME = Object.keys(PKG.bin)[0] ?? "";
const dir = mkdtempSync(path.join(tmpdir(), "winnow-pack-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PARA = "The committee met on Tuesday to go over the budget for the coming year and the new hires.";

test(`import { cleanFiles, checkFiles } from "${NAME}" works from the installed tarball`, () => {
  // dist/ is built by `npm test` before vitest runs; packing must not build again.
  const packed = JSON.parse(execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", dir], { cwd: ROOT, encoding: "utf8" })) as { filename: string }[];
  const tarball = path.join(dir, packed[0]?.filename ?? "");
  const project = path.join(dir, "project");
  execFileSync("mkdir", ["-p", path.join(project, "docs")]);
  writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "user", private: true, type: "module" }));
  writeFileSync(path.join(project, "docs/a.txt"), `${PARA}\n\n${PARA}\n`);
  writeFileSync(path.join(project, "docs/b.txt"), "Nothing here is said twice.\n");
  const install = spawnSync("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--ignore-scripts", tarball], { cwd: project, encoding: "utf8" });
  expect(install.status, install.stderr).toBe(0);

  const script = `
    import { checkFiles, cleanFiles, cleanStream, clean } from ${JSON.stringify(NAME)};
    const check = await checkFiles(["docs"], { jobs: 1 });
    const cleaned = await cleanFiles(["docs"], { outDir: "out", jobs: 1 });
    let streamed = "";
    for await (const p of cleanStream([${JSON.stringify(`${PARA}\n\n${PARA}\n`)}])) streamed += p.text;
    const { readFileSync } = await import("node:fs");
    process.stdout.write(JSON.stringify({
      changed: check.changed,
      kinds: check.findings.flatMap((f) => f.result.cuts.map((c) => c.kind)),
      statuses: cleaned.files.map((f) => f.status),
      out: readFileSync("out/a.txt", "utf8"),
      streamed,
      clean: clean(${JSON.stringify(`${PARA}\n\n${PARA}\n`)}).text,
    }));`;
  writeFileSync(path.join(project, "use.mjs"), script);
  const r = spawnSync(process.execPath, ["use.mjs"], { cwd: project, encoding: "utf8" });
  expect(r.status, r.stderr).toBe(0);
  expect(JSON.parse(r.stdout)).toEqual({
    changed: ["docs/a.txt"],
    kinds: ["duplicate"],
    statuses: ["changed", "unchanged"],
    out: `${PARA}\n`,
    streamed: `${PARA}\n`,
    clean: `${PARA}\n`,
  });
  // The CLI came with it.
  const bin = spawnSync(path.join(project, "node_modules/.bin", BIN_NAME), ["--version"], { encoding: "utf8" });
  expect(bin.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
}, 180_000);
