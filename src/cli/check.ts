// --check and --list-different: render the findings with the chosen reporter and pick the exit code.
import path from "node:path";
import { chalkFor } from "../io/color-level.js";
import { FileIds, resolveOutputTarget } from "../io/output-target.js";
import { writeWholeFile } from "../io/stream-to-file.js";
import { REPORTERS } from "../report/reporters.js";
import type { FileFindings } from "../report/reporter-types.js";
import type { RunContext } from "./context.js";
import type { CliArgs } from "./program.js";
import type { RunSettings } from "../lib/settings.js";
import { VERSION } from "../lib/version.js";

export interface CheckOutcome {
  /** Files that were cleaned (changed or not), in any order: what was cut, not their text. */
  results: FileFindings[];
  /** Files that could not be read or written: the run exits 2. */
  failed: number;
  /** True when the cuts were written back (--write). */
  written: boolean;
  /** The command that makes the cuts, when it is not `winnow --write FILES` (standard input). */
  fix?: string;
  /** The flags that make the cuts, when not `--write` (a check of a change: `--check --write` uses the committed tree too). */
  fixFlags?: string;
}

/**
 * Exit codes: 2 if a file failed, else 1 if something would be cut (and was not written), else 0.
 * With -l only the names of files that would change go to standard output.
 */
export async function finishCheck(ctx: RunContext, args: CliArgs, settings: RunSettings, out: CheckOutcome): Promise<number> {
  // Every cut removes text, so a file changes exactly when something in it is cut.
  const changed = out.results.filter((r) => r.result.cuts.length > 0).map((r) => r.file).sort(byCodeUnit);
  if (args.listDifferent) {
    for (const f of changed) ctx.stdout.write(`${f}\n`);
  }
  // Nothing was read: the error lines say it all, a "nothing to cut" would mislead.
  const nothingRead = out.failed > 0 && out.results.length === 0;
  if (args.check && !nothingRead && !(args.listDifferent && args.reporter === undefined)) {
    const toFile = args.reportFile !== undefined;
    // Machine-readable reports are the payload of a check run (GitHub reads workflow commands from
    // standard output); the human one is a message, on standard error.
    const machine = settings.reporter !== "stylish";
    const stream = machine ? ctx.stdout : ctx.stderr;
    // --quiet silences the human report, so it is not rendered at all.
    if (toFile || machine || !args.quiet) {
      const report = REPORTERS[settings.reporter](out.results, {
        toolVersion: VERSION,
        options: settings.optionsFor(null),
        chalk: chalkFor(toFile ? false : args.color, ctx.env, stream),
        written: out.written,
        ...(changed.length > 0 && !out.written ? { fixCommand: out.fix ?? fixCommand(changed, out.fixFlags) } : {}),
      });
      if (toFile) await writeReport(path.resolve(ctx.cwd, args.reportFile ?? ""), args.reportFile ?? "", report);
      else stream.write(report);
    }
  }
  if (out.failed > 0) return 2;
  return changed.length > 0 && !out.written ? 1 : 0;
}

/** `winnow --write` and the files that would change, quoted for a POSIX shell where needed. */
export function fixCommand(files: readonly string[], flags = "--write"): string {
  const shown = files.length > 5 ? [...files.slice(0, 5).map(shellQuote), `… (${files.length - 5} more)`] : files.map(shellQuote);
  return `winnow ${flags} ${shown.join(" ")}`;
}

function shellQuote(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`;
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Atomically; batch.ts and check-single.ts made sure before the run that it is no input. */
async function writeReport(file: string, shown: string, report: string): Promise<void> {
  await writeWholeFile(resolveOutputTarget(file, shown, "--report-file", new FileIds()), shown, report);
}
