// Where an output file (-o, --report, --report-file, an --out-dir file) really lands, checked before
// anything is written: never on an input (the same path, a symbolic link or a hard link to it),
// never in place of a device, a FIFO or a socket. A symbolic link is followed: the file it points
// to is replaced (atomically, beside it), the link stays, as `>` and `sed -i --follow-symlinks` do.
import { fstatSync, lstatSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { InputError, UsageError } from "../base/errors.js";
import { describeFsError } from "./read-input.js";
import { fsPath } from "./raw-path.js";
/** Files by device and inode: what "the same file" means, whatever path or link names it. */
export class FileIds {
    ids = new Map();
    /** Adds a file (followed through links) by path; a missing one is ignored. `shown` names it in errors. */
    addPath(file, shown) {
        const s = statBig(file);
        if (s?.isFile())
            this.ids.set(key(s), shown);
    }
    /** Adds a file by its "dev:ino" (as the batch plan has it). */
    addId(id, shown) {
        this.ids.set(id, shown);
    }
    /** The input that `file` (followed through links) is, or undefined. */
    findPath(file) {
        const s = statBig(file);
        return s ? this.find(s) : undefined;
    }
    /** Adds an open descriptor (standard input redirected from a file). */
    addFd(fd, shown) {
        try {
            const s = fstatSync(fd, { bigint: true });
            if (s.isFile())
                this.ids.set(key(s), shown);
        }
        catch {
            // not open
        }
    }
    /** The input `s` is, or undefined. */
    find(s) {
        return this.ids.get(key(s));
    }
    get size() {
        return this.ids.size;
    }
}
/**
 * Resolves `file` (absolute) for writing; `shown` names it in errors, `flag` is the option that
 * named it ("-o", "--report"). Throws a one-line UsageError or InputError when it must not be written.
 */
export function resolveOutputTarget(file, shown, flag, inputs) {
    let l;
    try {
        l = lstatSync(fsPath(file));
    }
    catch (e) {
        if (e.code === "ENOENT")
            return { kind: "file", path: file };
        throw new InputError(`${shown}: cannot write: ${describeFsError(e)}`);
    }
    let real = file;
    if (l.isSymbolicLink()) {
        try {
            real = realpathSync.native(fsPath(file)).toString();
        }
        catch (e) {
            const code = e.code;
            throw new InputError(`${shown}: ${code === "ENOENT" ? "symbolic link to a missing file" : describeFsError(e)}, not written`);
        }
    }
    const s = statBig(real);
    if (s === null)
        return { kind: "file", path: real };
    const input = inputs.find(s);
    if (input !== undefined) {
        const hint = flag === "-o" ? " (--write cleans a file in place)" : "";
        throw new UsageError(`${flag} ${shown}: ${input === shown ? "is an input" : `is the same file as the input ${input}`}; it would be overwritten${hint}`);
    }
    if (s.isDirectory())
        throw new InputError(`${shown}: cannot write: is a directory, not a file`);
    if (s.isCharacterDevice() || s.isFIFO())
        return { kind: "stream", path: real };
    if (s.isSocket())
        throw new InputError(`${shown}: is a socket, not written`);
    if (s.isBlockDevice())
        throw new InputError(`${shown}: is a block device, not written`);
    return { kind: "file", path: real };
}
/** Throws when two outputs name one file (the report would replace the clean text). */
export function checkDistinctOutputs(outputs) {
    const seen = new Map();
    for (const o of outputs) {
        const s = statBig(o.file);
        const id = s ? key(s) : path.resolve(o.file);
        const first = seen.get(id);
        if (first !== undefined)
            throw new UsageError(`${o.flag} ${o.shown}: the same file as ${first}`);
        seen.set(id, `${o.flag} ${o.shown}`);
    }
}
function statBig(file) {
    try {
        return statSync(fsPath(file), { bigint: true });
    }
    catch {
        return null;
    }
}
function key(s) {
    return `${s.dev}:${s.ino}`;
}
//# sourceMappingURL=output-target.js.map