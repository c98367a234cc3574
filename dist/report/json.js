// The JSON report: stable key order, cuts in input order, a format version.
import { NORMALIZATION_VERSION } from "../core/normalize.js";
export const REPORT_FORMAT_VERSION = 1;
export function jsonReport(files, meta) {
    const sorted = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const report = {
        format: "winnow-report",
        version: REPORT_FORMAT_VERSION,
        tool: { name: "winnow", version: meta.toolVersion, normalization: NORMALIZATION_VERSION },
        options: meta.options,
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
                text: c.text,
            })),
        })),
    };
    return JSON.stringify(report, null, 2) + "\n";
}
//# sourceMappingURL=json.js.map