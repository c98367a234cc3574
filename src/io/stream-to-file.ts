// Writes an output file that arrives in chunks: into a temporary file beside it, renamed over the
// target only once complete, so that a failure or an interruption never leaves half a file.
import { open, rename, stat, unlink, type FileHandle } from "node:fs/promises";
import { InputError } from "../base/errors.js";
import { tempNameBeside } from "./temp-name.js";
import { isInterrupted, tempStep, trackTemp, untrackTemp } from "./interrupt.js";
import { fsPath } from "./raw-path.js";
import { describeFsError } from "./read-input.js";

export class FileSink {
  private constructor(
    private readonly target: string,
    private readonly temp: string,
    private readonly shown: string,
    private handle: FileHandle | null,
  ) {}

  static async create(target: string, shown: string): Promise<FileSink> {
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
      await h.close();
      if (isInterrupted()) throw Object.assign(new Error("interrupted"), { code: "EINTR" });
      await tempStep(rename(fsPath(this.temp), fsPath(this.target)));
      untrackTemp(this.temp);
    } catch (e) {
      await unlink(fsPath(this.temp)).catch(() => undefined);
      untrackTemp(this.temp);
      throw new InputError(`${this.shown}: cannot write: ${describeFsError(e)}`);
    }
  }

  /** Removes the temporary file; the target stays as it was. */
  async abort(): Promise<void> {
    const h = this.handle;
    this.handle = null;
    await h?.close().catch(() => undefined);
    await unlink(fsPath(this.temp)).catch(() => undefined);
    untrackTemp(this.temp);
  }
}
