// The one text of pipe mode (a file, or standard input standing for --stdin-filepath), with the
// options and the ignore decision that apply to it.
import path from "node:path";
import type { Options } from "../core/options.js";
import { loadFormat } from "../core/unit-splitters.js";
import type { Decoded } from "../io/decode.js";
import { printableName } from "../io/raw-path.js";
import { readFileInput, readStreamInput } from "../io/read-input.js";
import type { RunContext } from "./context.js";
import type { CliArgs } from "./program.js";
import type { RunSettings } from "../lib/settings.js";

export interface SingleInput {
  /** The name shown in messages and reports: the file as named, the --stdin-filepath, or "-". */
  shown: string;
  fromStdin: boolean;
  /** An ignore file names it: a named file is skipped, standard input passes through unchanged. */
  ignored: boolean;
  options: Options;
  /** Read only when it is not an ignored file. */
  input: Decoded | null;
}

/** Everything about the one text but its contents (pipe mode streams them). */
export interface SingleInputPlan extends Omit<SingleInput, "input"> {
  /** The file to read (absolute), or null for standard input. */
  abs: string | null;
  /** The name in one-line errors: the file as named (control characters escaped), or <stdin>. */
  errorName: string;
}

export async function planSingleInput(ctx: RunContext, args: CliArgs, settings: RunSettings): Promise<SingleInputPlan> {
  const file = args.files[0];
  const fromStdin = file === undefined || file === "-";
  const named = fromStdin ? args.stdinFilepath : file;
  const abs = named === undefined ? null : path.resolve(ctx.cwd, named);
  const ignored = abs !== null && settings.isIgnored(abs);
  const options = settings.optionsFor(abs);
  await loadFormat(options.format);
  const shown = named === undefined ? "-" : printableName(relativeShown(ctx.cwd, abs ?? named, named));
  return { shown, fromStdin, ignored, options, abs: fromStdin ? null : abs, errorName: fromStdin ? "<stdin>" : printableName(file ?? "") };
}

export async function readSingleInput(ctx: RunContext, args: CliArgs, settings: RunSettings): Promise<SingleInput> {
  const { abs, errorName, ...plan } = await planSingleInput(ctx, args, settings);
  if (plan.ignored && !plan.fromStdin) return { ...plan, input: null };
  const input = abs === null ? await readStreamInput(ctx.stdin) : await readFileInput(abs, errorName);
  return { ...plan, input };
}

/** Reports show paths relative to the working directory with forward slashes, as the batch does. */
function relativeShown(cwd: string, abs: string, named: string): string {
  const rel = path.relative(cwd, abs);
  if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) return named;
  return rel.split(path.sep).join("/");
}
