import type { FileOutcome } from "../batch/run-batch.js";
import type { CheckOutcome } from "./check.js";
import type { CliArgs } from "./program.js";
import type { RunSettings } from "./settings.js";
export interface Selected {
    files: string[];
    /** Patterns that matched nothing (an ignored file still counts as matched). */
    unmatched: string[];
    /** --against files that are not among `files`. */
    references: string[];
}
export declare function selectFiles(args: CliArgs, cwd: string, settings: RunSettings, extensions: readonly string[]): Promise<Selected>;
export declare function checkOutcome(outcomes: readonly FileOutcome[], failed: boolean, written: boolean): CheckOutcome;
