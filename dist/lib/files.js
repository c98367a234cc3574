// Cleaning and checking many files: `cleanFiles` writes the clean text (in place or into a mirrored
// tree), `checkFiles` only says what would be cut. The CLI's --write, --out-dir and --check are
// these two functions plus messages, a progress bar, reporters and an exit code.
import { availableParallelism } from "node:os";
import path from "node:path";
import { UsageError } from "../base/errors.js";
import { planBatch } from "../batch/plan.js";
import { runBatch } from "../batch/run-batch.js";
import { DEFAULT_EXTENSIONS } from "../io/extensions.js";
import { FileIds } from "../io/output-target.js";
import { reapStaleTemps } from "../io/reap-temps.js";
import { selectFiles } from "./select-files.js";
import { loadSettings } from "./settings.js";
/**
 * Cleans every file that `patterns` (files, directories, globs; relative to `cwd`) match, with
 * duplicates looked for across all of them, and writes the clean text in place (`write: true`) or
 * under `outDir`. Throws a `UsageError`, `ConfigError` or `InputError` (each with `exitCode` 2) for
 * bad options, a bad config file or an unreadable file list; a file that cannot be read or written
 * is an outcome with status `"failed"`, and the run goes on.
 *
 * @example
 * const { files } = await cleanFiles(["docs/**\/*.md"], { write: true });
 * for (const f of files) if (f.status === "changed") console.log(f.file);
 */
export async function cleanFiles(patterns, o) {
    if (o.write === true && o.outDir !== undefined)
        throw new UsageError("write and outDir: choose one");
    if (o.write !== true && o.outDir === undefined)
        throw new UsageError("cleanFiles needs write: true or an outDir (checkFiles writes nothing)");
    const cwd = o.cwd ?? process.cwd();
    const settings = await settingsOf(cwd, o);
    return runFiles(patterns, settings, { ...o, cwd, mode: o.write === true ? "write" : "out-dir", keep: o.keep ?? "counts" });
}
/**
 * Says what cleaning the files that `patterns` match would cut, and writes nothing. Errors as for
 * `cleanFiles`.
 *
 * @example
 * const { changed, findings } = await checkFiles(["content"]);
 * if (changed.length > 0) process.exitCode = 1;
 */
export async function checkFiles(patterns, o = {}) {
    const cwd = o.cwd ?? process.cwd();
    const settings = await settingsOf(cwd, o);
    return checkResult(await runFiles(patterns, settings, { ...o, cwd, mode: "check", keep: "findings" }));
}
/** The files of a run, cleaned or checked. */
export async function runFiles(patterns, settings, run) {
    const { cwd } = run;
    const selected = await selectFiles(patterns, run.against ?? [], cwd, settings, [...DEFAULT_EXTENSIONS, ...settings.extensions]);
    const outDir = run.mode === "out-dir" && run.outDir !== undefined ? path.resolve(cwd, run.outDir) : undefined;
    const plan = await planBatch(selected.files, { cwd, ...(outDir !== undefined ? { outDir } : {}) });
    const references = (await planBatch(selected.references, { cwd })).files;
    if (outDir !== undefined && plan.files.length === 0 && plan.insideOutDir > 0) {
        throw new UsageError(`--out-dir ${run.outDir ?? ""}: every input is inside it (it is the input tree): use --write to clean in place, or name another directory`);
    }
    // No output lands on an input: not an --out-dir file (through a symbolic or hard link).
    const inputs = new FileIds();
    for (const f of [...plan.files, ...references])
        inputs.addId(f.id, f.file);
    for (const f of plan.files) {
        const input = f.out === undefined ? undefined : inputs.findPath(f.out);
        if (input !== undefined)
            throw new UsageError(`--out-dir ${run.outDir ?? ""}: ${f.file} would be written over the input ${input}`);
    }
    run.planned?.(selected.unmatched, plan.skipped, selected.notFiles, inputs);
    // Temporary files that killed runs left where this one writes (their process is gone).
    if (run.mode !== "check")
        reapStaleTemps(plan.files.map((f) => path.dirname(f.out ?? f.target)));
    const extensions = [...DEFAULT_EXTENSIONS, ...settings.extensions];
    const git = run.judgeChange === true && references.length === 0 && plan.files.length > 0 ? await (await import("./git-check.js")).prepareGitCheck(cwd, plan.files, settings, extensions, run.mode === "check") : null;
    if (git)
        run.judged?.(git.references, git.indexed);
    const cache = run.cache === true ? await (await import("./batch-cache.js")).openBatchCache(cwd, plan.files, references, settings, git?.signature ?? "") : null;
    const toClean = cache ? plan.files.filter((f) => !cache.skip.has(f.target)) : plan.files;
    const hooks = run.hooks ?? {};
    let outcomes = await runBatch({
        files: toClean,
        references,
        options: settings.optionsFor(null),
        optionsFor: (f) => settings.optionsFor(f.abs),
        jobs: run.jobs ?? availableParallelism(),
        mode: run.mode,
        keep: run.keep,
        ...(git ? { prefill: git.prefill, prefillUnits: git.prefillUnits, learned: git.learned } : {}),
        hooks: {
            ...hooks,
            done: (outcome) => {
                hooks.done?.(outcome);
                run.onFile?.(outcome);
            },
        },
    });
    if (git)
        outcomes = await git.newOnly(outcomes);
    if (cache)
        outcomes = await cache.finish(outcomes, run.keep);
    return { files: outcomes, skipped: plan.skipped, unmatched: selected.unmatched, notFiles: selected.notFiles, judged: git !== null };
}
/** The findings of a run that kept them (keep "findings" or "results"). */
export function checkResult(r) {
    const findings = r.files.flatMap((o) => (o.findings ? [{ file: o.file, result: o.findings }] : []));
    // Every cut removes text, so a file changes exactly when something in it is cut.
    const changed = findings.filter((f) => f.result.cuts.length > 0).map((f) => f.file).sort(byCodeUnit);
    return { ...r, findings, changed, failed: r.files.filter((o) => o.status === "failed") };
}
function settingsOf(cwd, o) {
    return loadSettings({ cwd, options: o.options, config: o.config, ignorePath: o.ignorePath, gitignore: o.gitignore });
}
function byCodeUnit(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
//# sourceMappingURL=files.js.map