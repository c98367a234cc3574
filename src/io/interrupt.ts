// Temporary files in flight, removed if the process is interrupted (SIGINT, SIGTERM, SIGHUP) so that
// an interruption leaves every target either as it was or fully written, and nothing beside it.
import { unlinkSync } from "node:fs";
import { fsPath } from "./raw-path.js";

const temps = new Set<string>();
let inFlight = 0;
let interrupted = false;
let installed = false;

/** A temporary file is about to exist; it goes if the process is interrupted before untrack(). */
export function trackTemp(file: string): void {
  temps.add(file);
}

export function untrackTemp(file: string): void {
  temps.delete(file);
}

/** Runs a step that creates, writes or renames a temporary file; an interruption waits for it. */
export async function tempStep<T>(step: Promise<T>): Promise<T> {
  inFlight++;
  try {
    return await step;
  } finally {
    inFlight--;
  }
}

/** True once a signal has come: start no new write, put no temporary file in place. */
export function isInterrupted(): boolean {
  return interrupted;
}

const EXIT: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

/**
 * At the process edge only: on a signal, let the file steps in flight settle (an open or a rename
 * half done in the thread pool), remove the temporary files, say so, and exit 128 + signal.
 */
export function removeTempsOnInterrupt(stderr: { write(s: string): unknown }): void {
  if (installed) return;
  installed = true;
  for (const signal of Object.keys(EXIT)) {
    process.on(signal, () => {
      if (interrupted) return;
      interrupted = true;
      removeTemps();
      const since = Date.now();
      const finish = (): void => {
        if (inFlight > 0 && Date.now() - since < 2000) {
          setTimeout(finish, 2);
          return;
        }
        removeTemps();
        stderr.write(`winnow: interrupted (${signal}); files not yet written are left as they were\n`);
        process.exit(EXIT[signal]);
      };
      finish();
    });
  }
}

function removeTemps(): void {
  for (const t of temps) {
    try {
      unlinkSync(fsPath(t));
    } catch {
      // Not created yet, already renamed into place or removed: nothing is left behind either way.
    }
  }
}
