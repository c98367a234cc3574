import { InputError } from "../base/errors.js";
import type { OutStream } from "../base/out-stream.js";
/** The one-line error for a failed write to standard output. */
export declare function stdoutError(e: unknown): InputError;
/**
 * `stream` itself for a terminal, a pipe or a socket (libuv writes those whole or fails them);
 * for a file or a device, a writer that loops over short writes and throws on failure.
 */
export declare function checkedStdout<T extends OutStream>(stream: T, fd?: number): OutStream;
