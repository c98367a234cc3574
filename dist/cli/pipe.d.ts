import type { StreamTuning } from "../core/stream-clean.js";
import type { RunContext } from "./context.js";
import type { CliArgs } from "./program.js";
import type { RunSettings } from "../lib/settings.js";
export declare function runPipe(ctx: RunContext, args: CliArgs, settings: RunSettings, tuning?: Partial<StreamTuning>): Promise<number>;
