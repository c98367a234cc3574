import { UsageError } from "../base/errors.js";
import type { CliArgs } from "./program.js";
/** True when the arguments ask for batch mode (--check and -l on files too; on stdin they check one text). */
export declare function wantsBatch(args: CliArgs): boolean;
/** Several files need somewhere to go: the usage error that says so. */
export declare function severalFilesError(): UsageError;
