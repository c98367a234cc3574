/** A temporary file is about to exist; it goes if the process is interrupted before untrack(). */
export declare function trackTemp(file: string): void;
export declare function untrackTemp(file: string): void;
/** Runs a step that creates, writes or renames a temporary file; an interruption waits for it. */
export declare function tempStep<T>(step: Promise<T>): Promise<T>;
/** True once a signal has come: start no new write, put no temporary file in place. */
export declare function isInterrupted(): boolean;
/**
 * At the process edge only: on a signal, let the file steps in flight settle (an open or a rename
 * half done in the thread pool), remove the temporary files, say so, and exit 128 + signal.
 */
export declare function removeTempsOnInterrupt(stderr: {
    write(s: string): unknown;
}): void;
