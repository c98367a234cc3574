// Batch mode: many files in, a mirrored tree (--out-dir) or files rewritten in place (--write).
import { availableParallelism } from "node:os";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { planBatch } from "../batch/plan.js";
import { runBatch } from "../batch/run-batch.js";
import type { Options } from "../core/options.js";
import { expandPaths } from "../io/expand-paths.js";
import { createProgress, progressWanted, type Progress } from "../io/progress.js";
import { describeFsError } from "../io/read-input.js";
import { renderReport } from "../report/write-report.js";
import { batchSummary } from "./batch-summary.js";
import type { RunContext } from "./context.js";
import { InputError, UsageError } from "./errors.js";
import type { CliArgs } from "./program.js";
import { VERSION } from "./version.js";

/** True when the arguments ask for batch mode. */
export function wantsBatch(args: CliArgs): boolean {
  return args.write || args.outDir !== undefined;
}

/** Several files need somewhere to go: the usage error that says so. */
export function severalFilesError(): UsageError {
  return new UsageError("several files given: use --out-dir DIR or --write to clean them all");
}

export async function runBatchCli(ctx: RunContext, args: CliArgs, options: Options): Promise<number> {
  checkFlags(args);
  const say = (line: string): void => {
    if (progress) progress.log(line);
    else ctx.stderr.write(line + "\n");
  };
  let progress: Progress | null = null;
  let failed = false;

  const { files, unmatched } = await expandPaths(args.files, { cwd: ctx.cwd });
  if (args.errorOnUnmatchedPattern) {
    for (const p of unmatched) say(`winnow: ${p}: no files match this pattern`);
    failed = unmatched.length > 0;
  }
  const outDir = args.outDir === undefined ? undefined : path.resolve(ctx.cwd, args.outDir);
  const plan = await planBatch(files, { cwd: ctx.cwd, ...(outDir !== undefined ? { outDir } : {}) });
  for (const f of plan.files) {
    if (f.out === f.abs) throw new UsageError(`--out-dir ${args.outDir ?? ""} is where the files are: use --write to clean them in place`);
  }
  const loud = !args.quiet;
  for (const s of plan.skipped) if (loud) say(`winnow: ${s.file}: skipped: ${s.reason}`);

  if (progressWanted(ctx.stderr, ctx.env, args.progress)) progress = createProgress(ctx.stderr);
  let outcomes;
  try {
    outcomes = await runBatch({
      files: plan.files,
      options,
      jobs: args.jobs ?? availableParallelism(),
      mode: args.write ? "write" : "out-dir",
      keepInputs: args.report !== undefined,
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
  if (outcomes.some((o) => o.status === "failed")) failed = true;

  if (args.report !== undefined) {
    const cleaned = outcomes.flatMap((o) => (o.result ? [{ file: o.file, input: o.input ?? "", result: o.result }] : []));
    const reportPath = path.resolve(ctx.cwd, args.report);
    try {
      await writeFile(reportPath, renderReport(args.report, cleaned, { toolVersion: VERSION, options }));
    } catch (e) {
      throw new InputError(`${args.report}: cannot write: ${describeFsError(e)}`);
    }
  }
  if (loud) ctx.stderr.write(batchSummary({ outcomes, skippedBeforeRead: plan.skipped.length }));
  return failed ? 2 : 0;
}

function checkFlags(args: CliArgs): void {
  if (args.write && args.outDir !== undefined) throw new UsageError("--write and --out-dir: choose one");
  if (args.files.length === 0) throw new UsageError(`${args.write ? "--write" : "--out-dir"} needs files, directories or globs to clean`);
  if (args.files.includes("-")) throw new UsageError("standard input (-) cannot be cleaned with --write or --out-dir");
  if (args.output !== undefined) throw new UsageError("--output writes one text: use it without --write and --out-dir");
  if (args.diff) throw new UsageError("--diff works on one file: use it without --write and --out-dir");
}
