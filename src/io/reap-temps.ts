// Temporary files a killed run left behind (SIGKILL cannot be caught: `.NAME.winnow-PID-HEX.tmp`,
// one was 714 MB): removed by the next run that writes into their directory, when the process
// named in them is gone. A live process with that PID (a concurrent run, or another program that
// got the number) keeps them: a file is never taken from a run in progress.
import { readdirSync, unlinkSync } from "node:fs";
import path from "node:path";

const TEMP = /^\..+\.winnow-(\d+)-[0-9a-f]{8}\.tmp$/;
/** A batch run's spill files in the system's temporary directory (batch/order-free.ts): 1.3 × its input. */
const SPILL = /^winnow-claims-(\d+)-[0-9a-f]{12}\.t?\d+$/;

/** Removes stale temporary files in each directory; returns how many went. */
export function reapStaleTemps(dirs: Iterable<string>): number {
  let removed = 0;
  for (const dir of new Set(dirs)) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const m = TEMP.exec(name) ?? SPILL.exec(name);
      if (!m || isAlive(Number(m[1]))) continue;
      try {
        unlinkSync(path.join(dir, name));
        removed++;
      } catch {
        // gone already, or not ours to remove
      }
    }
  }
  return removed;
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists, under another user.
    return (e as NodeJS.ErrnoException).code !== "ESRCH";
  }
}
