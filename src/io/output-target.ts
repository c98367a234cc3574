// Where an output file (-o, --report, --report-file, an --out-dir file) really lands, checked before
// anything is written: never on an input (the same path, a symbolic link or a hard link to it),
// never in place of a device, a FIFO or a socket. A symbolic link is followed: the file it points
// to is replaced (atomically, beside it), the link stays, as `>` and `sed -i --follow-symlinks` do.
import { fstatSync, lstatSync, realpathSync, statSync, type BigIntStats } from "node:fs";
import path from "node:path";
import { InputError, UsageError } from "../base/errors.js";
import { describeFsError } from "./read-input.js";
import { fsPath } from "./raw-path.js";

/** Files by device and inode: what "the same file" means, whatever path or link names it. */
export class FileIds {
  private readonly ids = new Map<string, string>();

  /** Adds a file (followed through links) by path; a missing one is ignored. `shown` names it in errors. */
  addPath(file: string, shown: string): void {
    const s = statBig(file);
    if (s?.isFile()) this.ids.set(key(s), shown);
  }

  /** Adds a file by its "dev:ino" (as the batch plan has it). */
  addId(id: string, shown: string): void {
    this.ids.set(id, shown);
  }

  /** The input that `file` (followed through links) is, or undefined. */
  findPath(file: string): string | undefined {
    const s = statBig(file);
    return s ? this.find(s) : undefined;
  }

  /** Adds an open descriptor (standard input redirected from a file). */
  addFd(fd: number, shown: string): void {
    try {
      const s = fstatSync(fd, { bigint: true });
      if (s.isFile()) this.ids.set(key(s), shown);
    } catch {
      // not open
    }
  }

  /** The input `s` is, or undefined. */
  find(s: BigIntStats): string | undefined {
    return this.ids.get(key(s));
  }

  get size(): number {
    return this.ids.size;
  }
}

export type OutputTarget =
  /** A regular file (or none yet): written to a temporary file beside `path`, renamed over it. */
  | { kind: "file"; path: string }
  /** A character device or a FIFO: opened and written into, never replaced. */
  | { kind: "stream"; path: string };

/**
 * Resolves `file` (absolute) for writing; `shown` names it in errors, `flag` is the option that
 * named it ("-o", "--report"). Throws a one-line UsageError or InputError when it must not be written.
 */
export function resolveOutputTarget(file: string, shown: string, flag: string, inputs: FileIds): OutputTarget {
  let l;
  try {
    l = lstatSync(fsPath(file));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return { kind: "file", path: file };
    throw new InputError(`${shown}: cannot write: ${describeFsError(e)}`);
  }
  let real = file;
  if (l.isSymbolicLink()) {
    try {
      real = realpathSync.native(fsPath(file)).toString();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new InputError(`${shown}: ${code === "ENOENT" ? "symbolic link to a missing file" : describeFsError(e)}, not written`);
    }
  }
  const s = statBig(real);
  if (s === null) return { kind: "file", path: real };
  const input = inputs.find(s);
  if (input !== undefined) {
    const hint = flag === "-o" ? " (--write cleans a file in place)" : "";
    throw new UsageError(`${flag} ${shown}: ${input === shown ? "is an input" : `is the same file as the input ${input}`}; it would be overwritten${hint}`);
  }
  if (s.isDirectory()) throw new InputError(`${shown}: cannot write: is a directory, not a file`);
  if (s.isCharacterDevice() || s.isFIFO()) return { kind: "stream", path: real };
  if (s.isSocket()) throw new InputError(`${shown}: is a socket, not written`);
  if (s.isBlockDevice()) throw new InputError(`${shown}: is a block device, not written`);
  return { kind: "file", path: real };
}

/** Throws when two outputs name one file (the report would replace the clean text). */
export function checkDistinctOutputs(outputs: readonly { file: string; shown: string; flag: string }[]): void {
  const seen = new Map<string, string>();
  for (const o of outputs) {
    const s = statBig(o.file);
    const id = s ? key(s) : path.resolve(o.file);
    const first = seen.get(id);
    if (first !== undefined) throw new UsageError(`${o.flag} ${o.shown}: the same file as ${first}`);
    seen.set(id, `${o.flag} ${o.shown}`);
  }
}

function statBig(file: string): BigIntStats | null {
  try {
    return statSync(fsPath(file), { bigint: true });
  } catch {
    return null;
  }
}

function key(s: BigIntStats): string {
  return `${s.dev}:${s.ino}`;
}
