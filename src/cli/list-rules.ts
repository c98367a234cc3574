// --list-rules: every rule that can cut, with its name for --disable.
import { BUILTIN_RULES, CTA_SCORE_RULE, STUB_RULE } from "../core/boilerplate/rules.js";

export function listRules(): string {
  const rows: [string, string, string][] = BUILTIN_RULES.map((r) => [r.name, r.mode, r.description]);
  rows.push([CTA_SCORE_RULE, "line", "short lines scored as ads or calls to action (imperative, registration, sales, urgency)"]);
  rows.push([STUB_RULE, "line", "short lines stranded between cut text (onion's stub rule)"]);
  const w = Math.max(...rows.map((r) => r[0].length));
  return rows.map(([n, m, d]) => `${n.padEnd(w)}  ${m.padEnd(6)}  ${d}`).join("\n") + "\n";
}
