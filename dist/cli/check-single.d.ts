import type { RunContext } from "./context.js";
import type { CliArgs } from "./program.js";
import type { RunSettings } from "../lib/settings.js";
export declare function runCheckSingle(ctx: RunContext, args: CliArgs, settings: RunSettings): Promise<number>;
