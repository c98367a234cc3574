// --check / --list-different on standard input (named by --stdin-filepath); files go through the batch.
import path from "node:path";
import { clean } from "../core/clean.js";
import { FileIds, resolveOutputTarget } from "../io/output-target.js";
import { printableName } from "../io/raw-path.js";
import { finishCheck } from "./check.js";
import type { RunContext } from "./context.js";
import type { CliArgs } from "./program.js";
import type { RunSettings } from "../lib/settings.js";
import { readSingleInput } from "./single-input.js";

export async function runCheckSingle(ctx: RunContext, args: CliArgs, settings: RunSettings): Promise<number> {
  // `winnow --check --report-file a.txt < a.txt` must not write the report over its input.
  if (args.reportFile !== undefined && (ctx.stdin as { fd?: unknown }).fd === 0) {
    const inputs = new FileIds();
    inputs.addFd(0, "<stdin>");
    resolveOutputTarget(path.resolve(ctx.cwd, args.reportFile), printableName(args.reportFile), "--report-file", inputs);
  }
  const { shown, ignored, options, input } = await readSingleInput(ctx, args, settings);
  if (input === null || ignored) return finishCheck(ctx, args, settings, { results: [], failed: 0, written: false });
  const result = clean(input.text, options);
  return finishCheck(ctx, args, settings, { results: [{ file: shown, result }], failed: 0, written: false, fix: "winnow" /* on the same text: it prints the clean text */ });
}
