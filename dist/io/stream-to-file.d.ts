import type { OutputTarget } from "./output-target.js";
export declare class FileSink {
    private readonly target;
    /** The temporary file, or null when the target (a device, a FIFO) is written directly. */
    private readonly temp;
    private readonly shown;
    private handle;
    private constructor();
    static create(out: OutputTarget, shown: string): Promise<FileSink>;
    write(bytes: Uint8Array): Promise<void>;
    /** Puts the complete file in place. */
    close(): Promise<void>;
    /** Removes the temporary file; the target stays as it was. */
    abort(): Promise<void>;
}
/** Writes a whole output (a report) the same way: complete or not at all, the old file kept on failure. */
export declare function writeWholeFile(out: OutputTarget, shown: string, data: string | Uint8Array): Promise<void>;
