// From matched paths to what a batch run reads and writes: the real file behind each path,
// symbolic links that leave the tree or repeat a file, and the mirrored path under --out-dir.
import { lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { decodeArg } from "../io/raw-path.js";
/** `files` must be sorted (expandPaths does it): the first path to a real file is the one used. */
export async function planBatch(files, o) {
    const abs = files.map((f) => path.resolve(o.cwd, f));
    const tree = realTree(abs.every((a) => isInside(o.cwd, a)) ? o.cwd : commonDir(abs));
    const outNamed = o.outDir === undefined ? undefined : path.resolve(o.outDir);
    // The directory --out-dir really is: a symbolic link to the input tree (or a parent that is
    // one) must not pass for another directory.
    const outReal = outNamed === undefined ? undefined : realPathDeep(outNamed);
    const planned = [];
    const skipped = [];
    let insideOutDir = 0;
    const seen = new Map();
    for (let i = 0; i < files.length; i++) {
        const file = files[i] ?? "";
        const a = abs[i] ?? "";
        if (outNamed !== undefined && isInside(outNamed, a)) {
            skipped.push({ file, reason: "inside --out-dir" });
            insideOutDir++;
            continue;
        }
        let target;
        let size;
        let id;
        try {
            // Synchronous: each awaited call was a thread-pool round trip, and three per file kept the
            // run from starting for ~2 s on 20,000 files with nothing else to do meanwhile.
            const link = lstatSync(a).isSymbolicLink();
            target = realpathSync.native(a);
            const st = statSync(target, { bigint: true });
            size = Number(st.size);
            id = `${st.dev}:${st.ino}`;
            if (!isInside(tree, target)) {
                skipped.push({ file, reason: `${link ? "symbolic link" : "path through a symbolic link"} to a file outside the tree` });
                continue;
            }
        }
        catch {
            // The directory listing decodes names as UTF-8: a name that is not comes back with U+FFFD
            // (its bytes are read again to show them as \xNN); a name from the command line keeps them
            // as U+DC80-U+DCFF (raw-path.ts).
            const notUtf8 = /\uFFFD|[\uDC80-\uDCFF]/.test(file);
            const reason = notUtf8 ? "its name is not UTF-8, which batch mode cannot open yet (pipe mode can: winnow FILE -o OUT)" : "broken symbolic link or vanished file";
            skipped.push({ file: file.includes("\uFFFD") ? rawName(file, a) : file, reason });
            continue;
        }
        if (outReal !== undefined && isInside(outReal, target)) {
            skipped.push({ file, reason: "inside --out-dir" });
            insideOutDir++;
            continue;
        }
        const first = seen.get(target);
        if (first !== undefined) {
            skipped.push({ file, reason: `same file as ${first}` });
            continue;
        }
        seen.set(target, file);
        planned.push({ file, abs: a, target, size, id });
    }
    if (outReal !== undefined) {
        const base = commonDir(planned.map((p) => p.abs));
        for (const p of planned)
            p.out = path.join(outReal, path.relative(base, p.abs));
    }
    return { files: planned, skipped, insideOutDir };
}
/** `file` with its last part's bytes read back from the directory (U+DC80-U+DCFF for bytes that are not UTF-8). */
function rawName(file, abs) {
    try {
        const base = path.basename(abs);
        const entry = readdirSync(path.dirname(abs), { encoding: "buffer" }).find((b) => b.toString("utf8") === base);
        return entry ? path.posix.join(path.posix.dirname(file), decodeArg(entry)) : file;
    }
    catch {
        return file;
    }
}
/** The deepest directory holding every path. */
export function commonDir(paths) {
    if (paths.length === 0)
        return path.resolve(".");
    let parts = path.dirname(paths[0] ?? "").split(path.sep);
    for (const p of paths.slice(1)) {
        const q = path.dirname(p).split(path.sep);
        let k = 0;
        while (k < parts.length && k < q.length && parts[k] === q[k])
            k++;
        parts = parts.slice(0, k);
    }
    return parts.join(path.sep) || path.sep;
}
function isInside(dir, p) {
    const rel = path.relative(dir, p);
    return rel === "" || (rel !== ".." && !rel.startsWith(".." + path.sep) && !path.isAbsolute(rel));
}
/** The real path of `p`, which may not exist yet: its deepest existing ancestor resolved, the rest appended. */
export function realPathDeep(p) {
    const rest = [];
    for (let dir = p;;) {
        try {
            return path.join(realpathSync.native(dir), ...rest.reverse());
        }
        catch {
            const parent = path.dirname(dir);
            if (parent === dir)
                return p;
            rest.push(path.basename(dir));
            dir = parent;
        }
    }
}
function realTree(dir) {
    try {
        return realpathSync.native(dir);
    }
    catch {
        return dir;
    }
}
//# sourceMappingURL=plan.js.map