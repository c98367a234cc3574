#!/usr/bin/env node
// npm's `prepare`: builds dist/ when the build tools are installed; else uses the dist/ a release
// commit carries. Why: npm installs a git dependency globally (`npm install -g git+…`, what
// pre-commit 4 does for a `language: node` hook, and `npx github:…`) by running `prepare` in a clone
// with none of its devDependencies installed ("sh: 1: tsc: not found"; with a TypeScript found
// elsewhere, "TS2688: Cannot find type definition file for 'node'"). So release commits (tags, made
// by scripts/release.mjs) carry the built files that npm pack ships, and this script builds only
// where it can. Nothing here may import a package: none is installed when it runs.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const has = (p) => existsSync(path.join(ROOT, p));
const TOOLS = ["node_modules/typescript/bin/tsc", "node_modules/@types/node/package.json", "node_modules/rolldown/package.json"];
const BUILT = ["dist/bundle/cli.cjs", "dist/index.js", "dist/index.d.ts"];

if (TOOLS.every(has)) {
  for (const args of [["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], ["scripts/bundle-cli.mjs"]]) {
    const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: "inherit" });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
} else if (BUILT.every(has)) {
  // A release commit: its dist/ is what runs.
} else {
  process.stderr.write(
    "winnow: cannot build: the build tools (typescript, @types/node, rolldown) are not installed and this commit carries no built dist/.\n" +
      "Install a release tag (for pre-commit: rev: v0.2.0 or later), which carries dist/, or run `npm ci` in a clone.\n",
  );
  process.exit(1);
}
