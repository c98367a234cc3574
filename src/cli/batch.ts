// Batch mode: many files in, a mirrored tree (--out-dir) or files rewritten in place (--write).
import { availableParallelism } from "node:os";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { planBatch, type PlannedFile } from "../batch/plan.js";
import { runBatch, type Keep } from "../batch/run-batch.js";
import { localesOf, type LocaleMode } from "../core/locales.js";
import { DEFAULT_EXTENSIONS } from "../io/extensions.js";
import type { Progress } from "../io/progress.js";
import { progressWanted } from "../io/progress-wanted.js";
import { describeFsError } from "../io/read-input.js";
import { batchSummary } from "./batch-summary.js";
import { checkOutcome, selectFiles } from "./batch-select.js";
import type { RunContext } from "./context.js";
import { InputError, UsageError } from "./errors.js";
import type { CliArgs } from "./program.js";
import type { RunSettings } from "./settings.js";
import { VERSION } from "./version.js";

export { severalFilesError, wantsBatch } from "./batch-args.js";

export async function runBatchCli(ctx: RunContext, args: CliArgs, settings: RunSettings): Promise<number> {
  const options = settings.optionsFor(null);
  const checking = args.check || args.listDifferent;
  checkFlags(args);
  const say = (line: string): void => {
    if (progress) progress.log(line);
    else ctx.stderr.write(line + "\n");
  };
  let progress: Progress | null = null;
  let failed = false;

  const extensions = [...DEFAULT_EXTENSIONS, ...settings.extensions];
  const selected = await selectFiles(args, ctx.cwd, settings, extensions);
  const { files, unmatched } = selected;
  if (args.errorOnUnmatchedPattern) {
    for (const p of unmatched) say(`winnow: ${p}: no files match this pattern`);
    failed = unmatched.length > 0;
  }
  const outDir = args.outDir === undefined ? undefined : path.resolve(ctx.cwd, args.outDir);
  const plan = await planBatch(files, { cwd: ctx.cwd, ...(outDir !== undefined ? { outDir } : {}) });
  const references = (await planBatch(selected.references, { cwd: ctx.cwd })).files;
  for (const f of plan.files) {
    if (f.out === f.abs) throw new UsageError(`--out-dir ${args.outDir ?? ""} is where the files are: use --write to clean them in place`);
  }
  const loud = !args.quiet;
  for (const s of plan.skipped) if (loud) say(`winnow: ${s.file}: skipped: ${s.reason}`);

  const cache = args.cache ? await (await import("./batch-cache.js")).openBatchCache(ctx.cwd, plan.files, references, settings) : null;
  const toClean = cache ? plan.files.filter((f) => !cache.skip.has(f.target)) : plan.files;

  // cli-progress is loaded only when a bar is drawn.
  if (progressWanted(ctx.stderr, ctx.env, args.progress)) progress = (await import("../io/progress.js")).createProgress(ctx.stderr);
  const keep: Keep = args.report !== undefined ? "results" : checking ? "findings" : "counts";
  let outcomes;
  try {
    outcomes = await runBatch({
      files: toClean,
      references,
      options,
      optionsFor: (f) => settings.optionsFor(f.abs),
      localeOf: localeFinder([...plan.files, ...references], settings.locales),
      jobs: args.jobs ?? availableParallelism(),
      mode: args.write ? "write" : checking ? "check" : "out-dir",
      keep,
      hooks: {
        phase: (name, n, bytes) => progress?.phase(name, n, bytes),
        advance: (bytes) => progress?.advance(bytes),
        done: (o) => {
          if (o.status === "failed") say(`winnow: ${o.file}: ${o.reason ?? "failed"}`);
          else if (o.status === "skipped" && loud) say(`winnow: ${o.file}: skipped: ${o.reason ?? ""}`);
        },
      },
    });
  } finally {
    progress?.stop();
    progress = null;
  }
  if (cache) outcomes = await cache.finish(outcomes, keep);
  if (outcomes.some((o) => o.status === "failed")) failed = true;

  if (args.report !== undefined) {
    const cleaned = outcomes.flatMap((o) => (o.result ? [{ file: o.file, input: o.input ?? "", result: o.result }] : []));
    const reportPath = path.resolve(ctx.cwd, args.report);
    const { renderReport } = await import("../report/write-report.js");
    try {
      await writeFile(reportPath, renderReport(args.report, cleaned, { toolVersion: VERSION, options }));
    } catch (e) {
      throw new InputError(`${args.report}: cannot write: ${describeFsError(e)}`);
    }
  }
  // Loaded here: the reporters and chalk cost start-up time that the other modes do not need.
  if (checking) return (await import("./check.js")).finishCheck(ctx, args, settings, checkOutcome(outcomes, failed, args.write));
  if (loud) ctx.stderr.write(batchSummary({ outcomes, skippedBeforeRead: plan.skipped.length }));
  return failed ? 2 : 0;
}

function checkFlags(args: CliArgs): void {
  if (args.write && args.outDir !== undefined) throw new UsageError("--write and --out-dir: choose one");
  if (args.files.length === 0) throw new UsageError(`${args.write ? "--write" : args.outDir !== undefined ? "--out-dir" : "--check"} needs files, directories or globs to clean`);
  if (args.files.includes("-")) throw new UsageError("standard input (-) cannot be cleaned with --write or --out-dir");
  if (args.output !== undefined) throw new UsageError("--output writes one text: use it without --write and --out-dir");
  if (args.diff) throw new UsageError("--diff works on one file: use it without --write and --out-dir");
}

/** Each file's locale folder, worked out over every file the run reads (see core/locales.ts). */
function localeFinder(files: readonly PlannedFile[], mode: LocaleMode): (f: PlannedFile) => string {
  const locales = localesOf(files.map((f) => f.file), mode);
  return (f) => locales.get(f.file) ?? "";
}
