// Reading one input, a file or standard input, with one-line errors that name it.
import { readFile } from "node:fs/promises";
import { InputError } from "../base/errors.js";
import { decodeBytes } from "./decode.js";
import { fsPath } from "./raw-path.js";
export async function readFileInput(file, shown) {
    let bytes;
    try {
        bytes = await readFile(fsPath(file));
    }
    catch (e) {
        throw new InputError(`${shown}: ${describeFsError(e)}`);
    }
    return decodeBytes(bytes, shown);
}
export async function readStreamInput(stream) {
    const chunks = [];
    for await (const c of stream)
        chunks.push(typeof c === "string" ? new TextEncoder().encode(c) : c);
    return decodeBytes(Buffer.concat(chunks), "<stdin>");
}
export function describeFsError(e) {
    const code = e.code;
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
            return e.message;
    }
}
//# sourceMappingURL=read-input.js.map