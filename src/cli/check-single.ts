// --check / --list-different on one text: standard input (named by --stdin-filepath) or one file.
import path from "node:path";
import { clean } from "../core/clean.js";
import type { CleanResult } from "../core/types.js";
import { cacheKey, CleanCache } from "../io/cache.js";
import { finishCheck } from "./check.js";
import type { RunContext } from "./context.js";
import type { CliArgs } from "./program.js";
import type { RunSettings } from "./settings.js";
import { readSingleInput } from "./single-input.js";
import { VERSION } from "./version.js";

export async function runCheckSingle(ctx: RunContext, args: CliArgs, settings: RunSettings): Promise<number> {
  const { shown, fromStdin, ignored, options, input } = await readSingleInput(ctx, args, settings);
  if (input === null || ignored) return finishCheck(ctx, args, settings, { results: [], failed: 0, written: false });
  const cached = args.cache && !fromStdin;
  const cache = cached ? await CleanCache.open(ctx.cwd) : null;
  const abs = path.resolve(ctx.cwd, args.files[0] ?? "");
  const key = cacheKey([VERSION, JSON.stringify(options), input.text]);
  const result = cache?.isClean(abs, key) ? unchanged(input.text) : clean(input.text, options);
  if (cache) {
    cache.record(abs, key, result.cuts.length === 0);
    await cache.save();
  }
  return finishCheck(ctx, args, settings, { results: [{ file: shown, input: input.text, result }], failed: 0, written: false });
}

/** The result of a file the cache knows to have nothing to cut. */
function unchanged(text: string): CleanResult {
  const lines = text === "" ? 0 : text.split(/\r\n|\r|\n/).length - (/[\r\n]$/.test(text) ? 1 : 0);
  const bytes = new TextEncoder().encode(text).length;
  return { text, cuts: [], stats: { bytesIn: bytes, bytesOut: bytes, linesIn: lines, linesOut: lines, units: 0, cuts: { duplicate: 0, "near-duplicate": 0, boilerplate: 0 } } };
}
