// SARIF 2.1.0, for GitHub code scanning and other viewers: one result per cut, the kept copy as a
// related location. Deterministic: no timestamps, no absolute paths.
import { ruleInfo } from "../core/boilerplate/rule-registry.js";
import type { Cut, SourceRef } from "../core/types.js";
import { describeCut } from "./describe-cut.js";
import { sortedByFile, type FileFindings, type ReportContext } from "./reporter-types.js";

const SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

const DUPLICATE_RULES: Record<string, string> = {
  duplicate: "A unit that repeats text kept earlier (exactly, or as part of a repeated block).",
  "near-duplicate": "A unit most of whose word n-grams stand in text kept earlier.",
};

export function sarifReport(files: readonly FileFindings[], ctx: ReportContext): string {
  const results: { ruleId: string; file: string; cut: Cut }[] = [];
  for (const f of sortedByFile(files)) for (const cut of f.result.cuts) results.push({ ruleId: ruleIdOf(cut), file: f.file, cut });
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
            rules: ruleIds.map((id) => ruleDescriptor(id, ctx)),
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

function ruleIdOf(cut: Cut): string {
  return cut.kind === "boilerplate" ? `boilerplate/${cut.rule}` : cut.kind;
}

/** A rule's SARIF descriptor from the rule registry: description, and help that points at its section of the rules page. */
function ruleDescriptor(id: string, ctx: ReportContext) {
  const dup = DUPLICATE_RULES[id];
  if (dup) return { id, shortDescription: { text: dup } };
  const name = id.replace(/^boilerplate\//, "");
  const rule = ruleInfo(name);
  if (rule) {
    const examples = rule.examples?.cut.length ? ` It cuts lines such as: ${rule.examples.cut.map((c) => JSON.stringify(c)).join(", ")}.` : "";
    return { id, shortDescription: { text: rule.description }, help: { text: `${capitalized(rule.description)}.${examples} See ${rule.help} in winnow's repository.` } };
  }
  const user = ctx.options.rules.find((r) => r.name === name);
  return { id, shortDescription: { text: user ? `User rule /${user.pattern}/ (${user.mode})` : name } };
}

function capitalized(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function sourceFile(file: string, source: SourceRef): string {
  return source.file ?? file;
}

function location(file: string, startLine: number, endLine: number) {
  return {
    physicalLocation: {
      artifactLocation: { uri: toUri(file) },
      region: { startLine, endLine, startColumn: 1 },
    },
  };
}

/** A relative URI reference: posix separators, each segment percent-encoded. */
export function toUri(file: string): string {
  return file.split(/[\\/]/).map(encodeURIComponent).join("/");
}
