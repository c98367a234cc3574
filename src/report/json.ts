// The JSON report: stable key order, cuts in input order, a format version.
import { NORMALIZATION_VERSION } from "../core/normalize.js";
import { shownOptions, type Options } from "../core/options.js";
import type { CleanResult } from "../core/types.js";

export const REPORT_FORMAT_VERSION = 1;

/** What the JSON report and the check reporters read of a file: its cuts and figures, not its text. */
export interface FileFindings {
  /** The path as the user named it, or "-" for standard input. */
  file: string;
  result: Pick<CleanResult, "cuts" | "stats">;
}

export interface FileResult extends FileFindings {
  /** The text as it came in (the HTML report shows cuts in place). */
  input: string;
  result: CleanResult;
}

export interface ReportMeta {
  toolVersion: string;
  options: Options;
}

export function jsonReport(files: readonly FileFindings[], meta: ReportMeta): string {
  const sorted = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const report = {
    format: "winnow-report",
    version: REPORT_FORMAT_VERSION,
    tool: { name: "winnow", version: meta.toolVersion, normalization: NORMALIZATION_VERSION },
    options: shownOptions(meta.options),
    files: sorted.map(({ file, result }) => ({
      file,
      changed: result.cuts.length > 0,
      stats: result.stats,
      cuts: result.cuts.map((c) => ({
        kind: c.kind,
        startLine: c.startLine,
        endLine: c.endLine,
        prefix: c.prefix,
        rule: c.rule,
        ...(c.match !== undefined ? { match: c.match } : {}),
        ...(c.source !== undefined ? { source: c.source } : {}),
        ...(c.similarity !== undefined ? { similarity: c.similarity } : {}),
        ...(c.differs !== undefined ? { differs: c.differs } : {}),
        ...(c.score !== undefined ? { score: c.score } : {}),
        text: c.text,
      })),
    })),
  };
  return JSON.stringify(report, null, 2) + "\n";
}
