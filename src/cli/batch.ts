// Batch mode: many files in, a mirrored tree (--out-dir) or files rewritten in place (--write).
import { statSync } from "node:fs";
import path from "node:path";
import type { Keep } from "../batch/run-batch.js";
import { DEFAULT_BARRIER_MS, parseShard, type EngineSettings } from "../batch/order-free.js";
import { DEFAULT_RUN_TTL, indexUrlProblem, MEMORY_INDEX, openClaimStore, redactUrl } from "../store/open-store.js";
import type { Progress } from "../io/progress.js";
import { progressWanted } from "../io/progress-wanted.js";
import { checkDistinctOutputs, resolveOutputTarget, type OutputTarget } from "../io/output-target.js";
import { DEFAULT_EXTENSIONS } from "../io/extensions.js";
import { fsPath, printableName } from "../io/raw-path.js";
import { writeWholeFile } from "../io/stream-to-file.js";
import { checkResult, runFiles } from "../lib/files.js";
import type { RunSettings } from "../lib/settings.js";
import { VERSION } from "../lib/version.js";
import { batchSummary } from "./batch-summary.js";
import type { RunContext } from "./context.js";
import { UsageError } from "../base/errors.js";
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
  const reports = [
    ...(args.report !== undefined ? [{ file: path.resolve(ctx.cwd, args.report), shown: printableName(args.report), flag: "--report" }] : []),
    ...(args.reportFile !== undefined ? [{ file: path.resolve(ctx.cwd, args.reportFile), shown: printableName(args.reportFile), flag: "--report-file" }] : []),
  ];
  checkDistinctOutputs(reports);
  let reportTargets: OutputTarget[] = [];
  const keep: Keep = args.report !== undefined ? "results" : checking ? "findings" : "counts";
  // The claim store opens before anything is read or written: an unreachable one is one line, exit 2.
  const engine = await openEngine(args);
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
      ...(engine ? { engine } : {}),
      // --check in a git repository judges the change against the committed tree (--all: everything).
      judgeChange: checking && !args.all && args.against.length === 0,
      judged: (references, indexed) => {
        if (args.verbose) say(`winnow: judged against ${references} committed files (index: ${indexed.read} read, ${indexed.made} made)`);
      },
      hooks: {
        phase: (name, n, bytes) => progress?.phase(name, n, bytes),
        advance: (bytes) => progress?.advance(bytes),
        done: (o) => {
          if (o.status === "failed") say(`winnow: ${printableName(o.file)}: ${o.reason ?? "failed"}`);
          else if (o.status === "skipped" && loud) say(`winnow: ${printableName(o.file)}: skipped: ${o.reason ?? ""}`);
        },
      },
      planned: (unmatched, skipped, notFiles, inputs) => {
        // No report lands on an input: settled before a file is read or written.
        reportTargets = reports.map((r) => resolveOutputTarget(r.file, r.shown, r.flag, inputs));
        for (const n of notFiles) say(`winnow: ${printableName(n.pattern)}: not a regular file (${n.kind})`);
        if (args.errorOnUnmatchedPattern) for (const p of unmatched) say(`winnow: ${printableName(p)}: ${unmatchedWhy(path.resolve(ctx.cwd, p))}`);
        if (loud) for (const s of skipped) say(`winnow: ${printableName(s.file)}: skipped: ${s.reason}`);
      },
    });
  } finally {
    progress?.stop();
    progress = null;
    await engine?.store.close();
  }
  const unmatched = args.errorOnUnmatchedPattern ? run.unmatched : [];
  const failed = unmatched.length > 0 || run.notFiles.length > 0 || run.files.some((o) => o.status === "failed");

  if (args.report !== undefined) {
    const cleaned = run.files.flatMap((o) => (o.result ? [{ file: o.file, input: o.input ?? "", result: o.result }] : []));
    const { renderReport } = await import("../report/write-report.js");
    await writeWholeFile(reportTargets[0] as OutputTarget, printableName(args.report), renderReport(args.report, cleaned, { toolVersion: VERSION, options }));
  }
  // Loaded here: the reporters and chalk cost start-up time that the other modes do not need.
  if (checking) {
    const found = checkResult(run);
    const count = found.failed.length;
    // A copy of a committed paragraph is cut by a run that reads the committed tree: --check --write.
    const fix = run.judged === true ? { fixFlags: "--check --write" } : {};
    return (await import("./check.js")).finishCheck(ctx, args, settings, { results: found.findings, failed: count > 0 ? count : failed ? 1 : 0, written: args.write, ...fix });
  }
  if (loud) ctx.stderr.write(batchSummary({ outcomes: run.files, skippedBeforeRead: run.skipped.length }));
  return failed ? 2 : 0;
}

/** The store, shard and barrier --index, --run, --shard and --barrier-timeout name; null: one run in memory. */
async function openEngine(args: CliArgs): Promise<EngineSettings | null> {
  if (args.shard === undefined && args.index === undefined && args.run === undefined) return null;
  const shard = args.shard === undefined ? { index: 1, count: 1 } : parseShard(args.shard);
  if (!shard) throw new UsageError(`--shard ${args.shard ?? ""}: expected K/N with 1 <= K <= N (e.g. 2/8)`);
  const url = args.index ?? MEMORY_INDEX;
  const problem = indexUrlProblem(url);
  if (problem) throw new UsageError(problem);
  if (url === MEMORY_INDEX && shard.count > 1) throw new UsageError(`--shard ${shard.index}/${shard.count}: shards share their claims through a store both reach: add --index redis://host:port or redis-cluster://host:port,...`);
  if (url !== MEMORY_INDEX && args.run === undefined) throw new UsageError(`--index ${redactUrl(url)}: name the run with --run ID (the same on every shard)`);
  if (args.cache) throw new UsageError("--cache skips files, so a run's ranks would differ from one shard to another: use it without --shard, --run and --index");
  if (args.against.length > 0) throw new UsageError("--against is judged by the serial engine: use it without --shard, --run and --index");
  const store = await openClaimStore(url, { run: args.run ?? "local", ttlSeconds: args.runTtl ?? DEFAULT_RUN_TTL });
  return { store, shard, barrierMs: 1000 * (args.barrierTimeout ?? DEFAULT_BARRIER_MS / 1000) };
}

function checkFlags(args: CliArgs): void {
  if (args.write && args.outDir !== undefined) throw new UsageError("--write and --out-dir: choose one");
  if (args.files.length === 0) throw new UsageError(`${args.write ? "--write" : args.outDir !== undefined ? "--out-dir" : "--check"} needs files, directories or globs to clean`);
  if (args.files.includes("-")) throw new UsageError("standard input (-) cannot be cleaned with --write or --out-dir");
  if (args.output !== undefined) throw new UsageError("--output writes one text: use it without --write and --out-dir");
  if (args.diff) throw new UsageError("--diff works on one file: use it without --write and --out-dir");
}

/** Why a pattern matched nothing: a directory of other files' kinds says which kinds a directory reads. */
function unmatchedWhy(abs: string): string {
  let dir = false;
  try {
    dir = statSync(fsPath(abs)).isDirectory();
  } catch {
    // Missing, or unreadable: the pattern matched nothing either way.
  }
  if (!dir) return "no files match this pattern";
  const kinds = DEFAULT_EXTENSIONS.map((e) => `.${e}`);
  const listed = `${kinds.slice(0, -1).join(", ")} and ${kinds[kinds.length - 1] ?? ""}`;
  return `no file to read in this directory (it expands to ${listed} files and a config's \`extensions\`; a file named is read whatever its extension)`;
}
