// Every rule that can cut, once: its name (for `disable`), what it cuts, where its help is and, for
// the pattern rules, the examples it must cut and keep. --list-rules, the --disable and config
// checks, the SARIF reporter and docs/rules.md read this list.
import { LEARNED_RULE } from "../learned-lines.js";
import { COUNTED_RUN_RULE, HEADLINE_RUN_RULE, NAV_RUN_RULE, OFF_TOPIC_RULE, PAGE_HEAD_RULE, PAGE_TAIL_RULE, SHOUTED_RULE } from "./context.js";
import { PAGE_MODEL_RULE } from "./page-model-shape.js";
import { BUILTIN_RULES, CTA_SCORE_RULE, STUB_RULE } from "./rules.js";

/** What a rule must cut and must keep (the pattern rules carry them; see rules.ts). */
export interface RuleExamplesShape {
  cut: readonly string[];
  keep: readonly (string | { markdown: string })[];
}

export interface RuleInfo {
  /** The name in reports, `--disable` and `disable`. */
  name: string;
  /** `line` cuts a whole unit; `prefix` strips the start of one. */
  mode: "line" | "prefix";
  /** How it decides: a pattern on the line, a score, the lines around it, repetition across files, or its place between cuts. */
  kind: "pattern" | "score" | "context" | "model" | "learned" | "stub";
  /** What it cuts, in one line. */
  description: string;
  /** Its section of the rules page, relative to the package root. */
  help: string;
  /** Lines it must cut and must keep, when the rule states them. */
  examples?: RuleExamplesShape;
}

/** The rules page, relative to the package root; each rule has an anchor of its own name. */
export const RULES_PAGE = "docs/rules.md";

const info = (name: string, mode: RuleInfo["mode"], kind: RuleInfo["kind"], description: string, examples?: RuleExamplesShape): RuleInfo => ({
  name,
  mode,
  kind,
  description,
  help: `${RULES_PAGE}#${name}`,
  ...(examples ? { examples } : {}),
});

export const RULE_REGISTRY: readonly RuleInfo[] = [
  ...BUILTIN_RULES.map((r) => info(r.name, r.mode, "pattern", r.description, (r as { examples?: RuleExamplesShape }).examples)),
  info(CTA_SCORE_RULE, "line", "score", "short lines scored as ads or calls to action (imperative, registration, sales, urgency)"),
  info(NAV_RUN_RULE, "line", "context", "three or more navigation labels in a row inside prose"),
  info(COUNTED_RUN_RULE, "line", "context", "five or more lines in a row that are each a label with a count in brackets (a blog's categories or archive: \"Android (56)\"), in a text that shows itself a page"),
  info(HEADLINE_RUN_RULE, "line", "context", "three or more headline-shaped lines in a row inside prose (related-story boxes)"),
  info(OFF_TOPIC_RULE, "line", "context", "a headline-shaped line sharing no content word with the prose around it"),
  info(SHOUTED_RULE, "line", "context", "a headline in capital letters inside prose"),
  info(PAGE_HEAD_RULE, "line", "context", "short lines before a scraped page's first paragraph that end no sentence and hold no fact, its title aside (mastheads, menus)"),
  info(PAGE_TAIL_RULE, "line", "context", "short lines after a scraped page's last paragraph that end no sentence and hold no fact (footers, link lists)"),
  info(PAGE_MODEL_RULE, "line", "model", "page chrome told by its shape and neighbours: a small model trained on real pages, cutting only with high confidence (its score is in the report); off unless --page-model (or pageModel: true) switches it on"),
  info(LEARNED_RULE, "line", "learned", "batch runs: lines (dates, numbers, links masked) that recur across many files of the run"),
  info(STUB_RULE, "line", "stub", "short lines stranded between cut text"),
];

/** The rule of that name, if it is a built-in one. */
export function ruleInfo(name: string): RuleInfo | undefined {
  return RULE_REGISTRY.find((r) => r.name === name);
}

/** Names `disable` may hold: every built-in rule and the user's own. */
export function knownRuleNames(userRules: readonly { name: string }[] = []): Set<string> {
  return new Set([...RULE_REGISTRY.map((r) => r.name), ...userRules.map((r) => r.name)]);
}
