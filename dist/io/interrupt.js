// Temporary files in flight, removed if the process is interrupted (SIGINT, SIGTERM, SIGHUP) so that
// an interruption leaves every target either as it was or fully written, and nothing beside it.
import { unlinkSync } from "node:fs";
import { fsPath } from "./raw-path.js";
const temps = new Set();
let inFlight = 0;
let interrupted = false;
let installed = false;
/** A temporary file is about to exist; it goes if the process is interrupted before untrack(). */
export function trackTemp(file) {
    temps.add(file);
}
export function untrackTemp(file) {
    temps.delete(file);
}
/** Runs a step that creates, writes or renames a temporary file; an interruption waits for it. */
export async function tempStep(step) {
    inFlight++;
    try {
        return await step;
    }
    finally {
        inFlight--;
    }
}
/** True once a signal has come: start no new write, put no temporary file in place. */
export function isInterrupted() {
    return interrupted;
}
const EXIT = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
/**
 * At the process edge only: on a signal, let the file steps in flight settle (an open or a rename
 * half done in the thread pool), remove the temporary files, say so, and exit 128 + signal.
 */
export function removeTempsOnInterrupt(stderr) {
    if (installed)
        return;
    installed = true;
    for (const signal of Object.keys(EXIT)) {
        process.on(signal, () => {
            if (interrupted)
                return;
            interrupted = true;
            removeTemps();
            const since = Date.now();
            const finish = () => {
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
function removeTemps() {
    for (const t of temps) {
        try {
            unlinkSync(fsPath(t));
        }
        catch {
            // Not created yet, already renamed into place or removed: nothing is left behind either way.
        }
    }
}
//# sourceMappingURL=interrupt.js.map