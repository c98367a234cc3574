// Writes an output file that arrives in chunks: into a temporary file beside it, renamed over the
// target only once complete, so that a failure or an interruption never leaves half a file. A
// device or a FIFO (see output-target.ts) is written into instead, never replaced.
import { open, rename, stat, unlink, type FileHandle } from "node:fs/promises";
import { InputError } from "../base/errors.js";
import { tempNameBeside } from "./temp-name.js";
import { isInterrupted, tempStep, trackTemp, untrackTemp } from "./interrupt.js";
import { fsPath } from "./raw-path.js";
import { describeFsError } from "./read-input.js";
import type { OutputTarget } from "./output-target.js";

export class FileSink {
  private constructor(
    private readonly target: string,
    /** The temporary file, or null when the target (a device, a FIFO) is written directly. */
    private readonly temp: string | null,
    private readonly shown: string,
    private handle: FileHandle | null,
  ) {}

  static async create(out: OutputTarget, shown: string): Promise<FileSink> {
    const target = out.path;
    if (out.kind === "stream") {
      try {
        return new FileSink(target, null, shown, await open(fsPath(target), "w"));
      } catch (e) {
        throw new InputError(`${shown}: cannot write: ${describeFsError(e)}`);
      }
    }
    const temp = tempNameBeside(target);
    // An existing target keeps its permissions.
    const mode = await stat(fsPath(target)).then((s) => s.mode & 0o7777, () => 0o666);
    trackTemp(temp);
    try {
      return new FileSink(target, temp, shown, await tempStep(open(fsPath(temp), "wx", mode)));
    } catch (e) {
      untrackTemp(temp);
      throw new InputError(`${shown}: cannot write: ${describeFsError(e)}`);
    }
  }

  async write(bytes: Uint8Array): Promise<void> {
    if (!this.handle || bytes.length === 0) return;
    try {
      // A write may stop short (a file-size limit, a full disk): go on until the rest fails loudly.
      for (let done = 0; done < bytes.length; ) done += (await this.handle.write(bytes, done, bytes.length - done)).bytesWritten;
    } catch (e) {
      await this.abort();
      throw new InputError(`${this.shown}: cannot write: ${describeFsError(e)}`);
    }
  }

  /** Puts the complete file in place. */
  async close(): Promise<void> {
    const h = this.handle;
    if (!h) return;
    this.handle = null;
    try {
      // On disk before it replaces the old file: a crash leaves the old file or the new one.
      if (this.temp !== null) await h.sync();
      await h.close();
      if (this.temp === null) return;
      if (isInterrupted()) throw Object.assign(new Error("interrupted"), { code: "EINTR" });
      await tempStep(rename(fsPath(this.temp), fsPath(this.target)));
      untrackTemp(this.temp);
    } catch (e) {
      if (this.temp !== null) {
        await unlink(fsPath(this.temp)).catch(() => undefined);
        untrackTemp(this.temp);
      }
      throw new InputError(`${this.shown}: cannot write: ${describeFsError(e)}`);
    }
  }

  /** Removes the temporary file; the target stays as it was. */
  async abort(): Promise<void> {
    const h = this.handle;
    this.handle = null;
    await h?.close().catch(() => undefined);
    if (this.temp === null) return;
    await unlink(fsPath(this.temp)).catch(() => undefined);
    untrackTemp(this.temp);
  }
}

/** Writes a whole output (a report) the same way: complete or not at all, the old file kept on failure. */
export async function writeWholeFile(out: OutputTarget, shown: string, data: string | Uint8Array): Promise<void> {
  const sink = await FileSink.create(out, shown);
  await sink.write(typeof data === "string" ? Buffer.from(data, "utf8") : data);
  await sink.close();
}
