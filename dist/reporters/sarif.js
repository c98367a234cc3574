// SARIF 2.1.0, for GitHub code scanning and other viewers: one result per cut, the kept copy as a
// related location. Deterministic: no timestamps, no absolute paths.
import { BUILTIN_RULES, CTA_SCORE_RULE, STUB_RULE } from "../core/boilerplate/rules.js";
import { describeCut } from "./describe-cut.js";
import { sortedByFile } from "./types.js";
const SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const FIXED_RULES = {
    duplicate: "A unit that repeats text kept earlier (exactly, or as part of a repeated block).",
    "near-duplicate": "A unit most of whose word n-grams stand in text kept earlier.",
    [`boilerplate/${CTA_SCORE_RULE}`]: "A short call to action scored by its wording.",
    [`boilerplate/${STUB_RULE}`]: "A short line stranded between cut text.",
};
export function sarifReport(files, ctx) {
    const results = [];
    for (const f of sortedByFile(files))
        for (const cut of f.result.cuts)
            results.push({ ruleId: ruleIdOf(cut), file: f.file, cut });
    const ruleIds = [...new Set(results.map((r) => r.ruleId))].sort();
    const log = {
        $schema: SCHEMA,
        version: "2.1.0",
        runs: [
            {
                tool: {
                    driver: {
                        name: "winnow",
                        version: ctx.toolVersion,
                        rules: ruleIds.map((id) => ({ id, shortDescription: { text: ruleDescription(id, ctx) } })),
                    },
                },
                results: results.map(({ ruleId, file, cut }) => ({
                    ruleId,
                    ruleIndex: ruleIds.indexOf(ruleId),
                    level: "warning",
                    message: { text: describeCut(cut) },
                    locations: [location(file, cut.startLine, cut.endLine)],
                    ...(cut.source ? { relatedLocations: [{ id: 0, ...location(sourceFile(file, cut.source), cut.source.startLine, cut.source.endLine), message: { text: "kept copy" } }] } : {}),
                    properties: { kind: cut.kind, rule: cut.rule, prefix: cut.prefix, ...(cut.similarity !== undefined ? { similarity: cut.similarity } : {}) },
                })),
            },
        ],
    };
    return JSON.stringify(log, null, 2) + "\n";
}
function ruleIdOf(cut) {
    return cut.kind === "boilerplate" ? `boilerplate/${cut.rule}` : cut.kind;
}
function ruleDescription(id, ctx) {
    const fixed = FIXED_RULES[id];
    if (fixed)
        return fixed;
    const name = id.replace(/^boilerplate\//, "");
    const builtin = BUILTIN_RULES.find((r) => r.name === name);
    if (builtin)
        return builtin.description;
    const user = ctx.options.rules.find((r) => r.name === name);
    return user ? `User rule /${user.pattern}/ (${user.mode})` : name;
}
function sourceFile(file, source) {
    return source.file ?? file;
}
function location(file, startLine, endLine) {
    return {
        physicalLocation: {
            artifactLocation: { uri: toUri(file) },
            region: { startLine, endLine, startColumn: 1 },
        },
    };
}
/** A relative URI reference: posix separators, each segment percent-encoded. */
export function toUri(file) {
    return file.split(/[\\/]/).map(encodeURIComponent).join("/");
}
//# sourceMappingURL=sarif.js.map