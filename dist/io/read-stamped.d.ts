import { type Stats } from "node:fs";
import type { ReadStamp } from "./write-atomic.js";
export interface StampedBytes {
    bytes: Uint8Array;
    stamp: ReadStamp;
}
/** A file batch mode does not read; `message` is the one-line reason. */
export declare class ReadRefused extends Error {
}
/** V8's longest string (2^29 - 24 UTF-16 units): no more bytes than that can be decoded into one. */
export declare const MAX_FILE_BYTES: number;
/** The cap in force: MAX_FILE_BYTES, or WINNOW_MAX_FILE_BYTES (a test hook) when lower. */
export declare function maxFileBytes(): number;
/**
 * Synchronous on purpose: it runs on worker threads (or in a --jobs 1 run that does one file at a
 * time anyway), and the promise API's thread-pool round trips cost more than small files take to read.
 * Opened non-blocking, so that a FIFO named by a link does not wait for a writer.
 */
export declare function readStamped(file: string | Buffer): StampedBytes;
export declare function fileKind(s: Stats): string;
