// gitignore-style ignore files, read the way prettier reads its own: ./.gitignore and ./.winnowignore
// by default, or the --ignore-path files instead. Each file's patterns are relative to its directory.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { relativeTo } from "./relative-path.js";
export const DEFAULT_IGNORE_FILES = [".gitignore", ".winnowignore"];
export async function buildIgnoreFilter(s) {
    const names = s.ignorePaths.length > 0 ? s.ignorePaths : DEFAULT_IGNORE_FILES.filter((n) => s.gitignore || n !== ".gitignore");
    const sources = [];
    for (const name of names) {
        const file = path.resolve(s.cwd, name);
        const text = await readIfPresent(file);
        if (text !== null)
            sources.push({ dir: path.dirname(file), patterns: text });
    }
    if (s.configPatterns && s.configPatterns.patterns.length > 0) {
        sources.push({ dir: s.configPatterns.dir, patterns: [...s.configPatterns.patterns] });
    }
    // Loaded only when there is something to match: pipe mode starts faster without it.
    const ignore = sources.length > 0 ? (await import("ignore")).default : null;
    const sets = ignore ? sources.map(({ dir, patterns }) => ({ dir, ig: ignore().add(patterns) })) : [];
    if (sets.length === 0)
        return () => false;
    return (file) => sets.some(({ dir, ig }) => {
        const rel = relativeTo(dir, path.resolve(s.cwd, file));
        return rel !== null && ig.ignores(rel);
    });
}
/** A missing ignore file is no error, as for prettier and git. */
async function readIfPresent(file) {
    try {
        return await readFile(file, "utf8");
    }
    catch (e) {
        const code = e.code;
        if (code === "ENOENT" || code === "ENOTDIR")
            return null;
        throw e;
    }
}
//# sourceMappingURL=ignore-filter.js.map