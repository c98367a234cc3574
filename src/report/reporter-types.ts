// What every reporter is given: the results of a run and a little context. Reporters only render.
import type { ChalkInstance } from "chalk";
import type { Options } from "../core/options.js";
import type { FileFindings } from "./json.js";

export type { FileFindings };

export interface ReportContext {
  /** winnow's version, for the JSON and SARIF tool blocks. */
  toolVersion: string;
  /** The options of the run (for a per-file config, the options without overrides). */
  options: Options;
  /** Colours for the human reporter; a level-0 instance prints plain text. */
  chalk: ChalkInstance;
  /** True when the cuts were written back (`--write`), false when they only would be (`--check`). */
  written: boolean;
  /** The command that makes the cuts, when they were not made: the human reporter ends with it. */
  fixCommand?: string;
}

export type Reporter = (files: readonly FileFindings[], ctx: ReportContext) => string;

/** Files in path order, by code unit so the order is the same on every machine and locale. */
export function sortedByFile<T extends FileFindings>(files: readonly T[]): T[] {
  return [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
