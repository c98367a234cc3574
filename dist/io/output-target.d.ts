import { type BigIntStats } from "node:fs";
/** Files by device and inode: what "the same file" means, whatever path or link names it. */
export declare class FileIds {
    private readonly ids;
    /** Adds a file (followed through links) by path; a missing one is ignored. `shown` names it in errors. */
    addPath(file: string, shown: string): void;
    /** Adds a file by its "dev:ino" (as the batch plan has it). */
    addId(id: string, shown: string): void;
    /** The input that `file` (followed through links) is, or undefined. */
    findPath(file: string): string | undefined;
    /** Adds an open descriptor (standard input redirected from a file). */
    addFd(fd: number, shown: string): void;
    /** The input `s` is, or undefined. */
    find(s: BigIntStats): string | undefined;
    get size(): number;
}
export type OutputTarget = 
/** A regular file (or none yet): written to a temporary file beside `path`, renamed over it. */
{
    kind: "file";
    path: string;
}
/** A character device or a FIFO: opened and written into, never replaced. */
 | {
    kind: "stream";
    path: string;
};
/**
 * Resolves `file` (absolute) for writing; `shown` names it in errors, `flag` is the option that
 * named it ("-o", "--report"). Throws a one-line UsageError or InputError when it must not be written.
 */
export declare function resolveOutputTarget(file: string, shown: string, flag: string, inputs: FileIds): OutputTarget;
/** Throws when two outputs name one file (the report would replace the clean text). */
export declare function checkDistinctOutputs(outputs: readonly {
    file: string;
    shown: string;
    flag: string;
}[]): void;
