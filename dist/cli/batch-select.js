// Which files a batch run takes: the patterns expanded (config extensions too), ignored files left
// out silently (pre-commit and lint-staged name every staged file), and the --against references.
import path from "node:path";
import { expandPaths } from "../io/expand-paths.js";
export async function selectFiles(args, cwd, settings, extensions) {
    const kept = (list) => list.filter((f) => !settings.isIgnored(path.resolve(cwd, f)));
    const { files, unmatched } = await expandPaths(args.files, { cwd, extensions });
    const chosen = kept(files);
    const inRun = new Set(chosen);
    const references = args.against.length === 0 ? [] : kept((await expandPaths(args.against, { cwd, extensions })).files).filter((f) => !inRun.has(f));
    return { files: chosen, unmatched, references };
}
export function checkOutcome(outcomes, failed, written) {
    const results = outcomes.flatMap((o) => (o.findings ? [{ file: o.file, result: o.findings }] : []));
    const count = outcomes.filter((o) => o.status === "failed").length;
    return { results, failed: count > 0 ? count : failed ? 1 : 0, written };
}
//# sourceMappingURL=batch-select.js.map