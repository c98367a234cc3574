// --list-rules: every rule that can cut, with its name for --disable (from the rule registry).
import { RULE_REGISTRY, RULES_PAGE } from "../core/boilerplate/rule-registry.js";

export function listRules(): string {
  const w = Math.max(...RULE_REGISTRY.map((r) => r.name.length));
  const rows = RULE_REGISTRY.map((r) => `${r.name.padEnd(w)}  ${r.mode.padEnd(6)}  ${r.description}`);
  return `${rows.join("\n")}\n\nEach rule, with lines it cuts and lines it keeps: ${RULES_PAGE} in winnow's repository.\n`;
}
