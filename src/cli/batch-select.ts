// Which files a batch run takes: the patterns expanded (config extensions too), ignored files left
// out silently (pre-commit and lint-staged name every staged file), and the --against references.
import path from "node:path";
import type { FileOutcome } from "../batch/run-batch.js";
import { expandPaths } from "../io/expand-paths.js";
import type { CheckOutcome } from "./check.js";
import type { CliArgs } from "./program.js";
import type { RunSettings } from "./settings.js";

export interface Selected {
  files: string[];
  /** Patterns that matched nothing (an ignored file still counts as matched). */
  unmatched: string[];
  /** --against files that are not among `files`. */
  references: string[];
  /** Named paths that are not regular files (a device, a FIFO): each an error. */
  notFiles: { pattern: string; kind: string }[];
}

export async function selectFiles(args: CliArgs, cwd: string, settings: RunSettings, extensions: readonly string[]): Promise<Selected> {
  const kept = (list: string[]): string[] => list.filter((f) => !settings.isIgnored(path.resolve(cwd, f)));
  const { files, unmatched, notFiles } = await expandPaths(args.files, { cwd, extensions });
  const chosen = kept(files);
  const inRun = new Set(chosen);
  const references = args.against.length === 0 ? [] : kept((await expandPaths(args.against, { cwd, extensions })).files).filter((f) => !inRun.has(f));
  return { files: chosen, unmatched, references, notFiles };
}

export function checkOutcome(outcomes: readonly FileOutcome[], failed: boolean, written: boolean): CheckOutcome {
  const results = outcomes.flatMap((o) => (o.findings ? [{ file: o.file, result: o.findings }] : []));
  const count = outcomes.filter((o) => o.status === "failed").length;
  return { results, failed: count > 0 ? count : failed ? 1 : 0, written };
}
