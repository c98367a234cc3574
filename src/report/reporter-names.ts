// Reporter names, apart from the reporters themselves: settings check --reporter on every run, but the
// reporters (and what they import) load only when a check reports.
export const REPORTER_NAMES = ["stylish", "json", "github", "sarif"] as const;

export type ReporterName = (typeof REPORTER_NAMES)[number];

export function isReporterName(name: string): name is ReporterName {
  return (REPORTER_NAMES as readonly string[]).includes(name);
}
