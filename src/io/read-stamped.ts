// Reads a whole file together with the size, mtime, mode and owner it had when read.
import { closeSync, fstatSync, openSync, readFileSync } from "node:fs";
import type { ReadStamp } from "./write-atomic.js";

export interface StampedBytes {
  bytes: Uint8Array;
  stamp: ReadStamp;
}

/**
 * Synchronous on purpose: it runs on worker threads (or in a --jobs 1 run that does one file at a
 * time anyway), and the promise API's thread-pool round trips cost more than small files take to read.
 */
export function readStamped(file: string): StampedBytes {
  const fd = openSync(file, "r");
  try {
    const s = fstatSync(fd);
    const bytes = readFileSync(fd);
    return { bytes, stamp: { size: s.size, mtimeMs: s.mtimeMs, mode: s.mode, uid: s.uid, gid: s.gid } };
  } finally {
    closeSync(fd);
  }
}
