// Reading one input, a file or standard input, with one-line errors that name it.
import { readFile } from "node:fs/promises";
import { InputError } from "../base/errors.js";
import { decodeBytes, type Decoded } from "./decode.js";
import { fsPath } from "./raw-path.js";

export async function readFileInput(file: string, shown: string): Promise<Decoded> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(fsPath(file));
  } catch (e) {
    throw new InputError(`${shown}: ${describeFsError(e)}`);
  }
  return decodeBytes(bytes, shown);
}

export async function readStreamInput(stream: AsyncIterable<Uint8Array | string>): Promise<Decoded> {
  const chunks: Uint8Array[] = [];
  for await (const c of stream) chunks.push(typeof c === "string" ? new TextEncoder().encode(c) : c);
  return decodeBytes(Buffer.concat(chunks), "<stdin>");
}

export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EISDIR":
      return "is a directory, not a file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ELOOP":
      return "too many levels of symbolic links";
    case "ENOSPC":
      return "no space left on device";
    case "EFBIG":
      return "file too large";
    case "EROFS":
      return "read-only file system";
    case "EIO":
      return "input/output error";
    default:
      return (e as Error).message;
  }
}
