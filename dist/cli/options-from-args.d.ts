import { type Options } from "../core/options.js";
import type { CliArgs } from "./program.js";
export declare function optionsFromArgs(args: CliArgs, cwd: string): Promise<Options>;
/** The options given on the command line (not defaulted): they win over the config file. */
export declare function explicitOptions(args: CliArgs, cwd: string): Promise<Partial<Options>>;
