import type { OutStream } from "../base/out-stream.js";
export interface Progress {
    phase(name: string, files: number, bytes: number): void;
    advance(bytes: number): void;
    /** Prints a line above the bar (an error or a skipped file) without breaking it. */
    log(line: string): void;
    stop(): void;
}
export { progressWanted } from "./progress-wanted.js";
export declare function createProgress(stream: OutStream): Progress;
