// For the install tests: a fresh clone of this repository (its committed HEAD, no node_modules) made
// into a release as scripts/release.mjs makes one, with the dist/ `npm test` built, so that hooks
// are installed from a tag as users install them. And a PATH with no node_modules/.bin on it
// (npm run puts this checkout's TypeScript there), like a machine with only Node and npm.
import { cpSync, mkdtempSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT } from "./run-cli.js";

export interface ReleaseClone {
  dir: string;
  tag: string;
  /** The commit after the tag: dist/ untracked again, as every commit but a release. */
  untagged: string;
}

export function releaseClone(version: string): ReleaseClone {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), "winnow-release-")), "winnow");
  const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, encoding: "utf8" }).trim();
  execFileSync("git", ["clone", "-q", ROOT, dir]);
  git("config", "user.email", "release@example.com");
  git("config", "user.name", "release");
  cpSync(path.join(ROOT, "dist"), path.join(dir, "dist"), { recursive: true });
  execFileSync(process.execPath, ["scripts/release.mjs", version, "--no-build"], { cwd: dir, encoding: "utf8", env: bareEnv() });
  return { dir, tag: `v${version}`, untagged: git("rev-parse", "HEAD") };
}

/** The environment less every node_modules/.bin on PATH and npm's own variables. */
export function bareEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k)) env[k] = v;
  env.PATH = (process.env.PATH ?? "").split(path.delimiter).filter((p) => !p.includes(`node_modules${path.sep}.bin`)).join(path.delimiter);
  return { ...env, npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false", NO_COLOR: "1", ...extra };
}
