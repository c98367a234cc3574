// Reads a whole file together with the size, mtime, mode and owner it had when read. Only a
// regular file is read, and never past what it claims to hold or the size one string can take:
// a FIFO would block, /proc/self/pagemap never ends, a 600 MiB file cannot be decoded.
import { closeSync, constants, fstatSync, openSync, type Stats } from "node:fs";
import { readInto } from "./read-into.js";
import type { ReadStamp } from "./write-atomic.js";

export interface StampedBytes {
  bytes: Uint8Array;
  stamp: ReadStamp;
}

/** A file batch mode does not read; `message` is the one-line reason. */
export class ReadRefused extends Error {}

/** V8's longest string (2^29 - 24 UTF-16 units): no more bytes than that can be decoded into one. */
export const MAX_FILE_BYTES = 2 ** 29 - 24;

/** The cap in force: MAX_FILE_BYTES, or WINNOW_MAX_FILE_BYTES (a test hook) when lower. */
export function maxFileBytes(): number {
  const v = Number(process.env.WINNOW_MAX_FILE_BYTES);
  return Number.isInteger(v) && v > 0 && v < MAX_FILE_BYTES ? v : MAX_FILE_BYTES;
}

/**
 * Synchronous on purpose: it runs on worker threads (or in a --jobs 1 run that does one file at a
 * time anyway), and the promise API's thread-pool round trips cost more than small files take to read.
 * Opened non-blocking, so that a FIFO named by a link does not wait for a writer.
 */
export function readStamped(file: string | Buffer): StampedBytes {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const s = fstatSync(fd);
    if (!s.isFile()) throw new ReadRefused(`not a regular file (${fileKind(s)})`);
    const cap = maxFileBytes();
    if (s.size > cap) throw new ReadRefused(`too big for batch mode (${size(s.size)}; the limit is ${size(cap)}): clean it alone, streamed: winnow FILE -o OUT`);
    // One byte more than it claims, to see whether there is more.
    const buf = Buffer.allocUnsafe(s.size + 1);
    const got = readInto(fd, buf);
    if (got > s.size) {
      throw new ReadRefused(s.size === 0 ? "reports a size of 0 but has content (a /proc or /sys file?), not read" : "grew while it was read, not read");
    }
    return { bytes: buf.subarray(0, got), stamp: { size: s.size, mtimeMs: s.mtimeMs, mode: s.mode, uid: s.uid, gid: s.gid } };
  } finally {
    closeSync(fd);
  }
}

export function fileKind(s: Stats): string {
  if (s.isDirectory()) return "directory";
  if (s.isCharacterDevice()) return "character device";
  if (s.isBlockDevice()) return "block device";
  if (s.isFIFO()) return "FIFO";
  if (s.isSocket()) return "socket";
  return "special file";
}

function size(n: number): string {
  return n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(1)} MiB` : `${(n / 1024).toFixed(1)} KiB`;
}
