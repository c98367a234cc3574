// One input, a file or a stream, as a sequence of byte chunks, with one-line errors that name it.
import { open } from "node:fs/promises";
import { InputError } from "../base/errors.js";
import { describeFsError } from "./read-input.js";

const CHUNK = 1 << 20;

/** The file's bytes in chunks of up to 1 MiB; opening and reading errors become InputErrors. */
export async function* fileChunks(file: string | Buffer, shown: string): AsyncGenerator<Uint8Array> {
  let handle;
  try {
    handle = await open(file, "r");
    if ((await handle.stat()).isDirectory()) throw Object.assign(new Error("EISDIR"), { code: "EISDIR" });
  } catch (e) {
    await handle?.close();
    // A directory in pipe mode is most often a batch run without its output flag.
    const hint = (e as NodeJS.ErrnoException).code === "EISDIR" ? " (to clean the files in it, add --out-dir DIR, --write or --check)" : "";
    throw new InputError(`${shown}: ${describeFsError(e)}${hint}`);
  }
  try {
    for (;;) {
      const buf = new Uint8Array(CHUNK);
      let n: number;
      try {
        ({ bytesRead: n } = await handle.read(buf, 0, CHUNK));
      } catch (e) {
        throw new InputError(`${shown}: cannot read: ${describeFsError(e)}`);
      }
      if (n === 0) return;
      yield buf.subarray(0, n);
    }
  } finally {
    await handle.close();
  }
}

/** A stream's chunks as bytes (a stream set to an encoding yields strings). */
export async function* streamChunks(stream: AsyncIterable<Uint8Array | string>): AsyncGenerator<Uint8Array> {
  for await (const c of stream) yield typeof c === "string" ? new TextEncoder().encode(c) : c;
}
