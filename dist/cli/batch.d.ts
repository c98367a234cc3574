import type { RunSettings } from "../lib/settings.js";
import type { RunContext } from "./context.js";
import type { CliArgs } from "./program.js";
export { severalFilesError, wantsBatch } from "./batch-args.js";
export declare function runBatchCli(ctx: RunContext, args: CliArgs, settings: RunSettings): Promise<number>;
