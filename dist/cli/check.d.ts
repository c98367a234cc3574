import type { FileFindings } from "../report/reporter-types.js";
import type { RunContext } from "./context.js";
import type { CliArgs } from "./program.js";
import type { RunSettings } from "../lib/settings.js";
export interface CheckOutcome {
    /** Files that were cleaned (changed or not), in any order: what was cut, not their text. */
    results: FileFindings[];
    /** Files that could not be read or written: the run exits 2. */
    failed: number;
    /** True when the cuts were written back (--write). */
    written: boolean;
    /** The command that makes the cuts, when it is not `winnow --write FILES` (standard input). */
    fix?: string;
    /** The flags that make the cuts, when not `--write` (a check of a change: `--check --write` uses the committed tree too). */
    fixFlags?: string;
}
/**
 * Exit codes: 2 if a file failed, else 1 if something would be cut (and was not written), else 0.
 * With -l only the names of files that would change go to standard output.
 */
export declare function finishCheck(ctx: RunContext, args: CliArgs, settings: RunSettings, out: CheckOutcome): Promise<number>;
/** `winnow --write` and the files that would change, quoted for a POSIX shell where needed. */
export declare function fixCommand(files: readonly string[], flags?: string): string;
