// Cleaning and checking many files: `cleanFiles` writes the clean text (in place or into a mirrored
// tree), `checkFiles` only says what would be cut. The CLI's --write, --out-dir and --check are
// these two functions plus messages, a progress bar, reporters and an exit code.
import { localesOf, type LocaleMode } from "../core/locales.js";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { UsageError } from "../base/errors.js";
import { planBatch, totalBytes, type PlannedFile, type SkippedFile } from "../batch/plan.js";
import type { EngineSettings } from "../batch/order-free.js";
import { WarmWorkers } from "../batch/pool.js";
import { runBatch, type BatchHooks, type FileOutcome, type Keep } from "../batch/run-batch.js";
import type { Options } from "../core/options.js";
import { DEFAULT_EXTENSIONS } from "../io/extensions.js";
import { FileIds } from "../io/output-target.js";
import { reapStaleTemps } from "../io/reap-temps.js";
import type { FileFindings } from "../report/reporter-types.js";
import { selectFiles } from "./select-files.js";
import { loadSettings, type RunSettings } from "./settings.js";

export type { FileOutcome, FileStatus, CutCounts } from "../batch/run-batch.js";
export type { SkippedFile } from "../batch/plan.js";
export type { FileFindings } from "../report/reporter-types.js";

/** What `cleanFiles` and `checkFiles` share. Every field is optional. */
export interface FilesOptions {
  /** The directory patterns are relative to, and where the config file is looked for (default: `process.cwd()`). */
  cwd?: string | undefined;
  /** winnow's options for every file; they win over the config file's. */
  options?: Partial<Options> | undefined;
  /** A config file to read (relative to `cwd`), `false` for none; by default one is looked for from `cwd` up. */
  config?: string | false | undefined;
  /** gitignore-style files of paths to skip; when given, they replace .gitignore and .winnowignore. */
  ignorePath?: readonly string[] | undefined;
  /** Skip what .gitignore names (default true). */
  gitignore?: boolean | undefined;
  /** Reference files or globs: indexed first so their text can be a kept copy; never reported or written. */
  against?: readonly string[] | undefined;
  /** Worker threads (default: the number of cores; 1 runs everything in this thread). Results are the same for any number. */
  jobs?: number | undefined;
  /** Skip files whose content, options and winnow version are unchanged since the last run (kept in node_modules/.cache/winnow). */
  cache?: boolean | undefined;
  /** Called once for each file as it is decided, in path order. */
  onFile?: ((outcome: FileOutcome) => void) | undefined;
}

/** Where `cleanFiles` writes: exactly one of `write` and `outDir`. */
export interface CleanFilesOptions extends FilesOptions {
  /** Rewrite each file that changes, in place and atomically; files with nothing to cut are not touched. */
  write?: boolean | undefined;
  /** Write every file's clean text into this directory (relative to `cwd`), mirroring the tree. */
  outDir?: string | undefined;
  /** Keep each file's cuts (`"findings"`) or its input and clean text too (`"results"`) in the outcomes; default: counts only. */
  keep?: Keep | undefined;
}

/** What a run over files did. */
export interface FilesResult {
  /** One outcome per file read (or failed), in path order. */
  files: FileOutcome[];
  /** Files left out before reading: symbolic links out of the tree, a second path to one file. */
  skipped: SkippedFile[];
  /** Patterns that matched no file. */
  unmatched: string[];
  /** True when the run judged a change against the committed tree (FilesRun.judgeChange in a git repository). */
  judged?: boolean;
  /** Paths named that are not regular files (a device, a FIFO), with what they are: each a failure. */
  notFiles: { pattern: string; kind: string }[];
}

/** What `checkFiles` found. */
export interface CheckResult extends FilesResult {
  /** Every file that was read, with what would be cut from it (its cuts and figures, not its text). */
  findings: FileFindings[];
  /** Files that would change, in path order. */
  changed: string[];
  /** Files that could not be read. */
  failed: FileOutcome[];
}

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
export async function cleanFiles(patterns: readonly string[], o: CleanFilesOptions): Promise<FilesResult> {
  if (o.write === true && o.outDir !== undefined) throw new UsageError("write and outDir: choose one");
  if (o.write !== true && o.outDir === undefined) throw new UsageError("cleanFiles needs write: true or an outDir (checkFiles writes nothing)");
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
export async function checkFiles(patterns: readonly string[], o: FilesOptions = {}): Promise<CheckResult> {
  const cwd = o.cwd ?? process.cwd();
  const settings = await settingsOf(cwd, o);
  return checkResult(await runFiles(patterns, settings, { ...o, cwd, mode: "check", keep: "findings" }));
}

/** A run over files as the CLI asks for it: settings already loaded, with hooks for its messages. */
export interface FilesRun extends Omit<CleanFilesOptions, "write" | "cwd" | "options" | "config" | "ignorePath" | "gitignore"> {
  cwd: string;
  mode: "write" | "out-dir" | "check";
  keep: Keep;
  /** Progress and messages; `done` is called with every outcome, in path order. */
  hooks?: BatchHooks | undefined;
  /**
   * Called once the files are chosen, before any is read: patterns that matched nothing, files left
   * out, paths that are not regular files, and the inputs (to check that no report lands on one).
   */
  planned?: ((unmatched: readonly string[], skipped: readonly SkippedFile[], notFiles: readonly { pattern: string; kind: string }[], inputs: FileIds) => void) | undefined;
  /**
   * In a git repository, judge the change (lib/git-check.ts): the committed tree is the reference;
   * with mode "check", each file's committed version is its baseline and only what the files add
   * is kept in the findings. Outside a repository the run is as without it.
   */
  judgeChange?: boolean | undefined;
  /** The order-free engine's store and shard (batch/order-free.ts); default: one run in memory. */
  engine?: EngineSettings | undefined;
  /** Called when the run judged a change: the committed files it was judged against, and how many the index had. */
  judged?: ((references: number, indexed: { read: number; made: number }) => void) | undefined;
}

/** The files of a run, cleaned or checked. */
export async function runFiles(patterns: readonly string[], settings: RunSettings, run: FilesRun): Promise<FilesResult> {
  const options = settings.optionsFor(null);
  // With --jobs N the worker threads load while the files are found and planned.
  const workers = (run.jobs ?? 1) > 1 ? new WarmWorkers(options, run.jobs ?? 1) : null;
  try {
    return await runPlanned(patterns, settings, run, options, workers);
  } finally {
    await workers?.close();
  }
}

async function runPlanned(patterns: readonly string[], settings: RunSettings, run: FilesRun, options: Options, workers: WarmWorkers | null): Promise<FilesResult> {
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
  for (const f of [...plan.files, ...references]) inputs.addId(f.id, f.file);
  // In a directory that does not exist yet no file can be one of them (a fresh --out-dir: 20,000 stats saved).
  const absentDirs = new Map<string, boolean>();
  for (const f of plan.files) {
    if (f.out === undefined) continue;
    const dir = path.dirname(f.out);
    let absent = absentDirs.get(dir);
    if (absent === undefined) absentDirs.set(dir, (absent = !existsSync(dir)));
    if (absent) continue;
    const input = inputs.findPath(f.out);
    if (input !== undefined) throw new UsageError(`--out-dir ${run.outDir ?? ""}: ${f.file} would be written over the input ${input}`);
  }
  run.planned?.(selected.unmatched, plan.skipped, selected.notFiles, inputs);
  // Temporary files that killed runs left where this one writes (their process is gone).
  if (run.mode !== "check") reapStaleTemps(plan.files.map((f) => path.dirname(f.out ?? f.target)));
  const extensions = [...DEFAULT_EXTENSIONS, ...settings.extensions];
  const sharded = run.engine !== undefined && (run.engine.shard?.count ?? 1) > 1;
  const git = run.judgeChange === true && !sharded && references.length === 0 && plan.files.length > 0 ? await (await import("./git-check.js")).prepareGitCheck(cwd, plan.files, settings, extensions, run.mode === "check") : null;
  if (git) run.judged?.(git.references, git.indexed);
  // The index file stays open while the run may read entries from it (a baseline is worked out after the run).
  try {
    const cache = run.cache === true ? await (await import("./batch-cache.js")).openBatchCache(cwd, plan.files, references, settings, git?.signature ?? "") : null;
    const toClean = cache ? plan.files.filter((f) => !cache.skip.has(f.target)) : plan.files;
    const hooks = run.hooks ?? {};
    let outcomes = await runBatch({
      files: toClean,
      references,
      options,
      ...(workers ? { workers } : {}),
      optionsFor: (f) => settings.optionsFor(f.abs),
      localeOf: localeFinder([...plan.files, ...references], settings.locales),
      jobs: run.jobs ?? defaultJobs(toClean),
      mode: run.mode,
      keep: run.keep,
      ...(run.engine ? { engine: run.engine } : {}),
      ...(git ? { prefill: git.prefill, prefillUnits: git.prefillUnits, learned: git.learned, analyzed: git.analyzed } : {}),
      hooks: {
        ...hooks,
        done: (outcome) => {
          hooks.done?.(outcome);
          run.onFile?.(outcome);
        },
      },
    });
    if (git) outcomes = await git.newOnly(outcomes);
    if (cache) outcomes = await cache.finish(outcomes, run.keep);
    return { files: outcomes, skipped: plan.skipped, unmatched: selected.unmatched, notFiles: selected.notFiles, judged: git !== null };
  } finally {
    git?.close();
  }
}

/**
 * Input below this many bytes is cleaned in this thread when --jobs is not given: a worker thread
 * starts, loads and warms up in about a tenth of a second, the time this thread takes to clean
 * some 300 KB (a pre-commit check of a few staged pages paid it for nothing).
 */
export const SMALL_RUN_BYTES = 64 * 1024;

/** The threads a run uses when --jobs is not given: one for a small run, else one a core. */
export function defaultJobs(files: readonly { size: number }[], cores = availableParallelism()): number {
  return totalBytes(files) < SMALL_RUN_BYTES ? 1 : cores;
}

/** The findings of a run that kept them (keep "findings" or "results"). */
export function checkResult(r: FilesResult): CheckResult {
  const findings = r.files.flatMap((o) => (o.findings ? [{ file: o.file, result: o.findings }] : []));
  // Every cut removes text, so a file changes exactly when something in it is cut.
  const changed = findings.filter((f) => f.result.cuts.length > 0).map((f) => f.file).sort(byCodeUnit);
  return { ...r, findings, changed, failed: r.files.filter((o) => o.status === "failed") };
}

function settingsOf(cwd: string, o: FilesOptions): Promise<RunSettings> {
  return loadSettings({ cwd, options: o.options, config: o.config, ignorePath: o.ignorePath, gitignore: o.gitignore });
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Each file's locale folder, worked out over every file the run reads (see core/locales.ts). */
function localeFinder(files: readonly PlannedFile[], mode: LocaleMode): (f: PlannedFile) => string {
  const locales = localesOf(files.map((f) => f.file), mode);
  return (f) => locales.get(f.file) ?? "";
}
