// Which files a batch run takes: the patterns expanded (config extensions too), ignored files left
// out silently (pre-commit and lint-staged name every staged file), and the --against references.
import path from "node:path";
import { expandPaths } from "../io/expand-paths.js";
export async function selectFiles(patterns, against, cwd, settings, extensions) {
    const kept = (list) => list.filter((f) => !settings.isIgnored(path.resolve(cwd, f)));
    const { files, unmatched, notFiles } = await expandPaths([...patterns], { cwd, extensions });
    const chosen = kept(files);
    const inRun = new Set(chosen);
    const references = against.length === 0 ? [] : kept((await expandPaths([...against], { cwd, extensions })).files).filter((f) => !inRun.has(f));
    return { files: chosen, unmatched, references, notFiles };
}
//# sourceMappingURL=select-files.js.map