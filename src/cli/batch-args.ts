// Whether a run is a batch run: apart from batch.ts, so that run() loads batch mode only when used.
import { UsageError } from "../base/errors.js";
import type { CliArgs } from "./program.js";

/** True when the arguments ask for batch mode (--check and -l on files too; on stdin they check one text). */
export function wantsBatch(args: CliArgs): boolean {
  const stdinOnly = args.files.length === 0 || (args.files.length === 1 && args.files[0] === "-");
  return args.write || args.outDir !== undefined || ((args.check || args.listDifferent) && !stdinOnly);
}

/** Several files need somewhere to go: the usage error that says so. */
export function severalFilesError(): UsageError {
  return new UsageError("several files given: use --out-dir DIR or --write to clean them all");
}
