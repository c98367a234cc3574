// A read of a file descriptor until the bytes asked for are in or the file ends: readSync may
// return fewer bytes than asked (a pipe, a signal, a large read), and every caller needs them all.
import { readSync } from "node:fs";

/**
 * Reads up to `length` bytes of `fd` into the start of `buf`, from `position` (null: where the
 * descriptor stands, moving it on); the number of bytes read, fewer only at the end of the file.
 */
export function readInto(fd: number, buf: Uint8Array, length = buf.length, position: number | null = null): number {
  let got = 0;
  for (let n = 1; n > 0 && got < length; got += n) n = readSync(fd, buf, got, length - got, position === null ? null : position + got);
  return got;
}
