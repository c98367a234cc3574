/** What the file looked like when it was read; the rewrite is refused if it no longer does. */
export interface ReadStamp {
    size: number;
    mtimeMs: number;
    mode: number;
    uid: number;
    gid: number;
}
/** A write that was refused or failed; `message` is the one-line reason. */
export declare class WriteRefused extends Error {
}
/**
 * Replaces `file` with `data`. The file's permission bits (and owner, when allowed) are kept.
 * A file that is not writable, or that changed since `stamp` was taken, is left untouched.
 */
export declare function writeFileAtomic(file: string, data: Uint8Array, stamp: ReadStamp): Promise<void>;
/**
 * Writes a new output file (--out-dir) whole or not at all: `tmp` beside it, renamed into place.
 * Sync: a batch worker thread writes it, or the one thread of --jobs 1. Throws the fs error.
 */
export declare function writeOutputFileSync(file: string, data: Uint8Array, tmp?: string): void;
