// Every rule that can cut, once: its name (for `disable`), what it cuts, where its help is and, for
// the pattern rules, the examples it must cut and keep. --list-rules, the --disable and config
// checks, the SARIF reporter and docs/rules.md read this list.
import { LEARNED_RULE } from "../learned-lines.js";
import { HEADLINE_RUN_RULE, NAV_RUN_RULE, OFF_TOPIC_RULE, SHOUTED_RULE } from "./context.js";
import { BUILTIN_RULES, CTA_SCORE_RULE, STUB_RULE } from "./rules.js";
/** The rules page, relative to the package root; each rule has an anchor of its own name. */
export const RULES_PAGE = "docs/rules.md";
const info = (name, mode, kind, description, examples) => ({
    name,
    mode,
    kind,
    description,
    help: `${RULES_PAGE}#${name}`,
    ...(examples ? { examples } : {}),
});
export const RULE_REGISTRY = [
    ...BUILTIN_RULES.map((r) => info(r.name, r.mode, "pattern", r.description, r.examples)),
    info(CTA_SCORE_RULE, "line", "score", "short lines scored as ads or calls to action (imperative, registration, sales, urgency)"),
    info(NAV_RUN_RULE, "line", "context", "three or more navigation labels in a row inside prose"),
    info(HEADLINE_RUN_RULE, "line", "context", "three or more headline-shaped lines in a row inside prose (related-story boxes)"),
    info(OFF_TOPIC_RULE, "line", "context", "a headline-shaped line sharing no content word with the prose around it"),
    info(SHOUTED_RULE, "line", "context", "a headline in capital letters inside prose"),
    info(LEARNED_RULE, "line", "learned", "batch runs: lines (dates, numbers, links masked) that recur across many files of the run"),
    info(STUB_RULE, "line", "stub", "short lines stranded between cut text"),
];
/** The rule of that name, if it is a built-in one. */
export function ruleInfo(name) {
    return RULE_REGISTRY.find((r) => r.name === name);
}
/** Names `disable` may hold: every built-in rule and the user's own. */
export function knownRuleNames(userRules = []) {
    return new Set([...RULE_REGISTRY.map((r) => r.name), ...userRules.map((r) => r.name)]);
}
//# sourceMappingURL=rule-registry.js.map