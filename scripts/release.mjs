#!/usr/bin/env node
// Makes release X.Y.Z: sets the version, builds, commits what `npm pack` ships from dist/ (forced
// past .gitignore), tags that commit vX.Y.Z, then untracks dist/ again in a second commit. The tag
// is what `rev:` in a .pre-commit-config.yaml and `git+URL#vX.Y.Z` name: npm installs a git
// dependency globally without its devDependencies, so the tagged commit must carry the built files
// (scripts/prepare.mjs says more). Both commits are on the current branch (main), so the tag points
// to a commit of main, and every other commit stays free of built files.
// Usage: node scripts/release.mjs X.Y.Z [--no-build]  (--no-build: dist/ is built already)
import { execFileSync } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const [version, ...flags] = process.argv.slice(2);
if (!version || !/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(version)) {
  process.stderr.write("usage: node scripts/release.mjs X.Y.Z [--no-build]\n");
  process.exit(2);
}
const tag = `v${version}`;
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], ...opts });
const git = (...args) => run("git", args);

if (git("status", "--porcelain", "--untracked-files=no").trim() !== "") throw new Error("release: commit or stash your changes first");
if (git("tag", "--list", tag).trim() !== "") throw new Error(`release: ${tag} exists already`);
run("npm", ["version", version, "--no-git-tag-version", "--allow-same-version", "--ignore-scripts"]);
if (!flags.includes("--no-build")) run("npm", ["run", "build"], { stdio: ["ignore", "inherit", "inherit"] });
const [packed] = JSON.parse(run("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"]));
const built = packed.files.map((f) => f.path).filter((p) => p.startsWith("dist/"));
if (!built.includes("dist/bundle/cli.cjs")) throw new Error("release: dist/ is not built");
git("add", "package.json", "package-lock.json");
git("add", "--force", "--", ...built);
git("commit", "-q", "-m", `Release ${tag}: this commit carries the built dist/ (${built.length} files), so that git installs (pre-commit rev: ${tag}, npm install -g git+URL#${tag}) need no build tools`);
git("tag", tag);
git("rm", "-r", "-q", "--cached", "dist");
git("commit", "-q", "-m", `After ${tag}: dist/ is built by npm ci again, not tracked`);
process.stdout.write(`${tag}\n`);
