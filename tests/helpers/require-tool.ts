// Tests that need something a fresh clone may lack (a Debian package, ../shared, root): on a machine
// without it the test is skipped with the reason (listed at the end of the run by
// tests/helpers/skip-reporter.ts); under CI=true, where .ci/run installs everything, it is a failure.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

/** The part of vitest's test context a requirement needs. */
export interface Skippable {
  skip(note: string): never;
}

const CI = (): boolean => process.env.CI === "true";

/** Skips the test with `missing` as its note, or throws under CI=true; does nothing when `missing` is undefined. */
export function need(ctx: Skippable, missing: string | undefined): void {
  if (missing === undefined) return;
  if (CI()) throw new Error(`${missing}; under CI=true every test must run`);
  ctx.skip(missing);
}

/** Why `cmd` cannot be used (it does not run `cmd ...args` with status 0), or undefined when it can. */
export function missingTool(cmd: string, debianPackage: string, args: string[] = ["--version"]): string | undefined {
  const r = spawnSync(cmd, args, { stdio: "ignore" });
  return r.status === 0 ? undefined : `\`${cmd}\` is not installed or not usable here (Debian package ${debianPackage})`;
}

/** Why a path outside the repository is missing, or undefined when it is there. */
export function missingPath(file: string, what: string): string | undefined {
  return existsSync(file) ? undefined : `${what} is missing (looked for ${path.normalize(file)})`;
}

/** Why a test that needs root cannot run, or undefined when the process is root. */
export function missingRoot(why: string): string | undefined {
  return process.getuid?.() === 0 ? undefined : `needs root (${why})`;
}
