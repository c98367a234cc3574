// Temporary files in flight, removed if the process is interrupted (SIGINT, SIGTERM, SIGHUP) so that
// an interruption leaves every target either as it was or fully written, and nothing beside it.
import { unlinkSync } from "node:fs";
import { fsPath } from "./raw-path.js";

const temps = new Set<string>();
let installed = false;

/** A temporary file now exists; it goes if the process is interrupted before untrack(). */
export function trackTemp(file: string): void {
  temps.add(file);
}

export function untrackTemp(file: string): void {
  temps.delete(file);
}

const EXIT: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

/** At the process edge only: on a signal, remove the temporary files, say so, exit 128 + signal. */
export function removeTempsOnInterrupt(stderr: { write(s: string): unknown }): void {
  if (installed) return;
  installed = true;
  for (const signal of Object.keys(EXIT)) {
    process.on(signal, () => {
      for (const t of temps) {
        try {
          unlinkSync(fsPath(t));
        } catch {
          // Already renamed into place or removed: nothing is left behind either way.
        }
      }
      stderr.write(`winnow: interrupted (${signal}); files not yet written are left as they were\n`);
      process.exit(EXIT[signal]);
    });
  }
}
