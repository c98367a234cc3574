// Batch mode: many files in, a mirrored tree (--out-dir) or files rewritten in place (--write).
import { writeFile } from "node:fs/promises";
import path from "node:path";
import type { Keep } from "../batch/run-batch.js";
import type { Progress } from "../io/progress.js";
import { progressWanted } from "../io/progress-wanted.js";
import { describeFsError } from "../io/read-input.js";
import { checkResult, runFiles } from "../lib/files.js";
import type { RunSettings } from "../lib/settings.js";
import { VERSION } from "../lib/version.js";
import { batchSummary } from "./batch-summary.js";
import type { RunContext } from "./context.js";
import { InputError, UsageError } from "../base/errors.js";
import type { CliArgs } from "./program.js";

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
  const loud = !args.quiet;
  // cli-progress is loaded only when a bar is drawn.
  if (progressWanted(ctx.stderr, ctx.env, args.progress)) progress = (await import("../io/progress.js")).createProgress(ctx.stderr);
  const keep: Keep = args.report !== undefined ? "results" : checking ? "findings" : "counts";
  let run;
  try {
    run = await runFiles(args.files, settings, {
      cwd: ctx.cwd,
      mode: args.write ? "write" : checking ? "check" : "out-dir",
      keep,
      outDir: args.outDir,
      against: args.against,
      jobs: args.jobs,
      cache: args.cache,
      hooks: {
        phase: (name, n, bytes) => progress?.phase(name, n, bytes),
        advance: (bytes) => progress?.advance(bytes),
        done: (o) => {
          if (o.status === "failed") say(`winnow: ${o.file}: ${o.reason ?? "failed"}`);
          else if (o.status === "skipped" && loud) say(`winnow: ${o.file}: skipped: ${o.reason ?? ""}`);
        },
      },
      planned: (unmatched, skipped) => {
        if (args.errorOnUnmatchedPattern) for (const p of unmatched) say(`winnow: ${p}: no files match this pattern`);
        if (loud) for (const s of skipped) say(`winnow: ${s.file}: skipped: ${s.reason}`);
      },
    });
  } finally {
    progress?.stop();
    progress = null;
  }
  const unmatched = args.errorOnUnmatchedPattern ? run.unmatched : [];
  const failed = unmatched.length > 0 || run.files.some((o) => o.status === "failed");

  if (args.report !== undefined) {
    const cleaned = run.files.flatMap((o) => (o.result ? [{ file: o.file, input: o.input ?? "", result: o.result }] : []));
    const reportPath = path.resolve(ctx.cwd, args.report);
    const { renderReport } = await import("../report/write-report.js");
    try {
      await writeFile(reportPath, renderReport(args.report, cleaned, { toolVersion: VERSION, options }));
    } catch (e) {
      throw new InputError(`${args.report}: cannot write: ${describeFsError(e)}`);
    }
  }
  // Loaded here: the reporters and chalk cost start-up time that the other modes do not need.
  if (checking) {
    const found = checkResult(run);
    const count = found.failed.length;
    return (await import("./check.js")).finishCheck(ctx, args, settings, { results: found.findings, failed: count > 0 ? count : failed ? 1 : 0, written: args.write });
  }
  if (loud) ctx.stderr.write(batchSummary({ outcomes: run.files, skippedBeforeRead: run.skipped.length }));
  return failed ? 2 : 0;
}

function checkFlags(args: CliArgs): void {
  if (args.write && args.outDir !== undefined) throw new UsageError("--write and --out-dir: choose one");
  if (args.files.length === 0) throw new UsageError(`${args.write ? "--write" : args.outDir !== undefined ? "--out-dir" : "--check"} needs files, directories or globs to clean`);
  if (args.files.includes("-")) throw new UsageError("standard input (-) cannot be cleaned with --write or --out-dir");
  if (args.output !== undefined) throw new UsageError("--output writes one text: use it without --write and --out-dir");
  if (args.diff) throw new UsageError("--diff works on one file: use it without --write and --out-dir");
}
