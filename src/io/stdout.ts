// Standard output at the process edge: every byte written, or a one-line error. Node's stream for
// a file or a device (fd 1 redirected) ignores a short write (a file-size limit hit mid-chunk) and
// reports the next failure as an 'error' event thrown out of the event loop; so such an fd is
// written here with a loop of writeSync calls, and any failure becomes an InputError (exit 2).
import { fstatSync, writeSync } from "node:fs";
import { InputError } from "../base/errors.js";
import type { OutStream } from "../base/out-stream.js";
import { describeFsError } from "./read-input.js";


/** The one-line error for a failed write to standard output. */
export function stdoutError(e: unknown): InputError {
  return new InputError(`standard output: cannot write: ${describeFsError(e)}`);
}

/**
 * `stream` itself for a terminal, a pipe or a socket (libuv writes those whole or fails them);
 * for a file or a device, a writer that loops over short writes and throws on failure.
 */
export function checkedStdout<T extends OutStream>(stream: T, fd = 1): OutStream {
  if (stream.isTTY) return stream;
  let direct = false;
  try {
    const s = fstatSync(fd);
    direct = s.isFile() || s.isCharacterDevice() || s.isBlockDevice();
  } catch {
    // A closed fd: the stream reports it.
  }
  if (!direct) return stream;
  return {
    isTTY: false,
    write(chunk) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
      for (let done = 0; done < bytes.length; ) {
        let n: number;
        try {
          n = writeSync(fd, bytes, done, bytes.length - done);
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code === "EAGAIN") continue;
          throw stdoutError(e);
        }
        if (n <= 0) throw stdoutError(Object.assign(new Error("nothing written"), { code: "EIO" }));
        done += n;
      }
      return true;
    },
  };
}
