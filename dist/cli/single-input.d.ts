import type { Options } from "../core/options.js";
import type { Decoded } from "../io/decode.js";
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
export declare function planSingleInput(ctx: RunContext, args: CliArgs, settings: RunSettings): Promise<SingleInputPlan>;
export declare function readSingleInput(ctx: RunContext, args: CliArgs, settings: RunSettings): Promise<SingleInput>;
