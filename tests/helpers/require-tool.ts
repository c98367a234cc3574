// Integration tests that need a tool from a Debian package: on a machine without it they say so
// loudly; under CI=true (where .ci/run installs it) a missing tool is a failure.
import { spawnSync } from "node:child_process";

/** True when `cmd --version` runs; otherwise warns, or throws under CI=true. */
export function haveTool(cmd: string, debianPackage: string): boolean {
  const r = spawnSync(cmd, ["--version"], { encoding: "utf8" });
  if (r.status === 0) return true;
  const message = `MISSING TOOL: \`${cmd}\` is not installed (Debian package \`${debianPackage}\`: apt-get install -y ${debianPackage}); this test did not run.`;
  if (process.env.CI === "true") throw new Error(message);
  console.warn(`\n*** ${message} ***\n`);
  return false;
}
