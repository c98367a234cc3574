// --check / --list-different on standard input (named by --stdin-filepath); files go through the batch.
import { clean } from "../core/clean.js";
import { finishCheck } from "./check.js";
import type { RunContext } from "./context.js";
import type { CliArgs } from "./program.js";
import type { RunSettings } from "../lib/settings.js";
import { readSingleInput } from "./single-input.js";

export async function runCheckSingle(ctx: RunContext, args: CliArgs, settings: RunSettings): Promise<number> {
  const { shown, ignored, options, input } = await readSingleInput(ctx, args, settings);
  if (input === null || ignored) return finishCheck(ctx, args, settings, { results: [], failed: 0, written: false });
  const result = clean(input.text, options);
  return finishCheck(ctx, args, settings, { results: [{ file: shown, result }], failed: 0, written: false });
}
