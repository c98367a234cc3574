// --list-rules: every rule that can cut, with its name for --disable.
import { HEADLINE_RUN_RULE, NAV_RUN_RULE, OFF_TOPIC_RULE, SHOUTED_RULE } from "../core/boilerplate/context.js";
import { LEARNED_RULE } from "../core/learned-lines.js";
import { PAGE_MODEL_RULE } from "../core/boilerplate/page-model.js";
import { BUILTIN_RULES, CTA_SCORE_RULE, STUB_RULE } from "../core/boilerplate/rules.js";

export function listRules(): string {
  const rows: [string, string, string][] = BUILTIN_RULES.map((r) => [r.name, r.mode, r.description]);
  rows.push([CTA_SCORE_RULE, "line", "short lines scored as ads or calls to action (imperative, registration, sales, urgency)"]);
  rows.push([NAV_RUN_RULE, "line", "three or more navigation labels in a row inside prose"]);
  rows.push([HEADLINE_RUN_RULE, "line", "three or more headline-shaped lines in a row inside prose (related-story boxes)"]);
  rows.push([OFF_TOPIC_RULE, "line", "a headline-shaped line sharing no content word with the prose around it"]);
  rows.push([SHOUTED_RULE, "line", "a headline in capital letters inside prose"]);
  rows.push([PAGE_MODEL_RULE, "line", "page chrome told by its shape and neighbours: a small model trained on real pages; cuts only with high confidence (the score is in the report); off unless WINNOW_PAGE_MODEL names its weights"]);
  rows.push([LEARNED_RULE, "line", "batch runs: lines (dates, numbers, links masked) that recur across many files of the run"]);
  rows.push([STUB_RULE, "line", "short lines stranded between cut text (onion's stub rule)"]);
  const w = Math.max(...rows.map((r) => r[0].length));
  return rows.map(([n, m, d]) => `${n.padEnd(w)}  ${m.padEnd(6)}  ${d}`).join("\n") + "\n";
}
