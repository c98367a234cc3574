// --cache: remembers the files that had nothing to cut, keyed by winnow's version, the options and
// the file's content (and, for cross-file runs, every other file of the run). Written atomically:
// pre-commit may start several winnow processes in one repository.
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
const FORMAT = 1;
export class CleanCache {
    file;
    entries;
    dirty = false;
    constructor(file, entries) {
        this.file = file;
        this.entries = new Map(Object.entries(entries));
    }
    /** The cache of the project at `cwd`: node_modules/.cache/winnow/ (created on save). */
    static async open(cwd) {
        const file = path.join(cwd, "node_modules", ".cache", "winnow", "clean-files.json");
        try {
            const data = JSON.parse(await readFile(file, "utf8"));
            if (data.format === FORMAT && data.entries && typeof data.entries === "object")
                return new CleanCache(file, data.entries);
        }
        catch {
            // No cache yet, or one we cannot read: start afresh.
        }
        return new CleanCache(file, {});
    }
    /** True when `file` (absolute) had nothing to cut under this key. */
    isClean(file, key) {
        return this.entries.get(file) === key;
    }
    /** Records the outcome: clean files are remembered, others forgotten. */
    record(file, key, clean) {
        const had = this.entries.get(file);
        if (clean && had !== key)
            this.entries.set(file, key);
        else if (!clean && had !== undefined)
            this.entries.delete(file);
        else
            return;
        this.dirty = true;
    }
    async save() {
        if (!this.dirty)
            return;
        await mkdir(path.dirname(this.file), { recursive: true });
        const sorted = Object.fromEntries([...this.entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
        const tmp = `${this.file}.${process.pid}.${Date.now()}.tmp`;
        await writeFile(tmp, JSON.stringify({ format: FORMAT, entries: sorted }) + "\n");
        await rename(tmp, this.file);
        this.dirty = false;
    }
}
/** A key over everything a result depends on: pass the version, the options and the content(s). */
export function cacheKey(parts) {
    const h = createHash("sha256");
    for (const p of parts) {
        h.update(typeof p === "string" ? `s${p.length}:` : `b${p.length}:`);
        h.update(p);
    }
    return h.digest("hex");
}
//# sourceMappingURL=cache.js.map