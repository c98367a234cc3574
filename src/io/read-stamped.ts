// Reads a whole file together with the size, mtime, mode and owner it had when read.
import { open } from "node:fs/promises";
import type { ReadStamp } from "./write-atomic.js";

export interface StampedBytes {
  bytes: Uint8Array;
  stamp: ReadStamp;
}

export async function readStamped(file: string): Promise<StampedBytes> {
  const h = await open(file, "r");
  try {
    const s = await h.stat();
    const bytes = await h.readFile();
    return { bytes, stamp: { size: s.size, mtimeMs: s.mtimeMs, mode: s.mode, uid: s.uid, gid: s.gid } };
  } finally {
    await h.close();
  }
}
