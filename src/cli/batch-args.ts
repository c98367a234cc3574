// Whether a run is a batch run: apart from batch.ts, so that run() loads batch mode only when used.
import { UsageError } from "./errors.js";
import type { CliArgs } from "./program.js";

/** True when the arguments ask for batch mode. */
export function wantsBatch(args: CliArgs): boolean {
  return args.write || args.outDir !== undefined;
}

/** Several files need somewhere to go: the usage error that says so. */
export function severalFilesError(): UsageError {
  return new UsageError("several files given: use --out-dir DIR or --write to clean them all");
}
