// In-place rewrite that never leaves a half-written file: temp file beside it, fsync, rename.
import { constants, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { access, lstat, open, rename, unlink } from "node:fs/promises";
import path from "node:path";
import { isInterrupted, tempStep, trackTemp, untrackTemp } from "./interrupt.js";
import { tempNameBeside } from "./temp-name.js";
/** A write that was refused or failed; `message` is the one-line reason. */
export class WriteRefused extends Error {
}
/**
 * Replaces `file` with `data`. The file's permission bits (and owner, when allowed) are kept.
 * A file that is not writable, or that changed since `stamp` was taken, is left untouched.
 */
export async function writeFileAtomic(file, data, stamp) {
    try {
        await access(file, constants.W_OK);
    }
    catch (e) {
        throw new WriteRefused(`read-only (${codeOf(e)}), not written`);
    }
    const dir = path.dirname(file);
    const tmp = tempNameBeside(file);
    if (isInterrupted())
        throw new WriteRefused("interrupted, not written");
    let handle;
    trackTemp(tmp);
    try {
        handle = await tempStep(open(tmp, "wx", 0o600));
    }
    catch (e) {
        untrackTemp(tmp);
        throw new WriteRefused(`cannot create a temporary file beside it (${codeOf(e)}), not written`);
    }
    try {
        try {
            await handle.writeFile(data);
            await handle.chmod(stamp.mode & 0o7777);
            await handle.chown(stamp.uid, stamp.gid).catch(() => undefined); // only root may give a file away
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        const now = await lstat(file);
        if (now.size !== stamp.size || now.mtimeMs !== stamp.mtimeMs) {
            throw new WriteRefused("changed while it was being cleaned, not written");
        }
        if (isInterrupted())
            throw new WriteRefused("interrupted, not written");
        await tempStep(rename(tmp, file));
    }
    catch (e) {
        await unlink(tmp).catch(() => undefined);
        if (e instanceof WriteRefused)
            throw e;
        throw new WriteRefused(`cannot write (${codeOf(e)}), left as it was`);
    }
    finally {
        untrackTemp(tmp);
    }
    await syncDir(dir);
}
/**
 * Writes a new output file (--out-dir) whole or not at all: `tmp` beside it, renamed into place.
 * Sync: a batch worker thread writes it, or the one thread of --jobs 1. Throws the fs error.
 */
export function writeOutputFileSync(file, data, tmp = tempNameBeside(file)) {
    trackTemp(tmp);
    try {
        writeFileSync(tmp, data, { flag: "wx" });
        renameSync(tmp, file);
    }
    catch (e) {
        try {
            unlinkSync(tmp);
        }
        catch {
            // never created, or already gone
        }
        throw e;
    }
    finally {
        untrackTemp(tmp);
    }
}
/** The rename is durable only once the directory entry is on disk; best effort. */
async function syncDir(dir) {
    try {
        const h = await open(dir, "r");
        await h.sync().finally(() => h.close());
    }
    catch {
        // Some file systems refuse fsync on a directory; the data itself is already synced.
    }
}
function codeOf(e) {
    const code = e.code;
    if (code === "EACCES" || code === "EPERM")
        return "permission denied";
    if (code === "EROFS")
        return "read-only file system";
    if (code === "ENOSPC")
        return "no space left on device";
    if (code === "EFBIG")
        return "file too large";
    return code ?? e.message;
}
//# sourceMappingURL=write-atomic.js.map