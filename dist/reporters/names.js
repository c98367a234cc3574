// Reporter names, apart from the reporters themselves: settings check --reporter on every run, but the
// reporters (and what they import) load only when a check reports.
export const REPORTER_NAMES = ["stylish", "json", "github", "sarif"];
export function isReporterName(name) {
    return REPORTER_NAMES.includes(name);
}
//# sourceMappingURL=names.js.map