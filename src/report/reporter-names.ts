// Reporter names and the --report file's format, apart from the reporters themselves: settings check
// --reporter on every run, and a pipe run asks the format, but the reporters (and what they import)
// load only when a check reports.
export const REPORTER_NAMES = ["stylish", "json", "github", "sarif"] as const;

export type ReporterName = (typeof REPORTER_NAMES)[number];

export function isReporterName(name: string): name is ReporterName {
  return (REPORTER_NAMES as readonly string[]).includes(name);
}

/** The --report file's format, by its name: the page for .html/.htm, JSON for anything else. */
export type ReportFormat = "json" | "html";

export function reportFormatFor(file: string): ReportFormat {
  return /\.html?$/i.test(file) ? "html" : "json";
}
