// The rules in force for one run: built-ins less the disabled ones, plus the user's.
import { authoredText, type Options, type UserRule } from "../options.js";
import { COUNTED_RUN_RULE, HEADLINE_RUN_RULE, NAV_RUN_RULE, OFF_TOPIC_RULE, PAGE_HEAD_RULE, PAGE_TAIL_RULE, SHOUTED_RULE } from "./context.js";
import { PAGE_MODEL_RULE, type PageModel } from "./page-model-shape.js";
import { BUILTIN_RULES, CTA_SCORE_RULE, STUB_RULE, type BoilerplateRule } from "./rules.js";
import { compileUserPattern } from "./user-pattern.js";

/** Rules that read a unit's surroundings; each can be switched off by name. */
export const CONTEXT_RULES = [NAV_RUN_RULE, COUNTED_RUN_RULE, HEADLINE_RUN_RULE, OFF_TOPIC_RULE, SHOUTED_RULE, PAGE_TAIL_RULE, PAGE_HEAD_RULE] as const;

export interface RuleSet {
  prefix: readonly BoilerplateRule[];
  line: readonly BoilerplateRule[];
  /** The most tokens any line rule reads: longer units skip them all at once. */
  lineMaxWords: number;
  ctaScore: boolean;
  stub: boolean;
  /** Enabled context rules (navigation runs, off-topic and shouted headlines). */
  context: ReadonlySet<string>;
  /** The page model's weights, or null when it is off. */
  pageModel: PageModel | null;
}

export function buildRuleSet(o: Options): RuleSet {
  const disabled = new Set(o.disable);
  // The built-in rules were made for page chrome; in authored Markdown none of 82 findings on 23
  // repositories was a line the writers would cut (docs/precision.md), nor in a project's own
  // plain-text documents (docs/accuracy.md). The user's own rules apply.
  const defaults = o.defaultRules && !authoredText(o);
  const builtins = defaults ? BUILTIN_RULES.filter((r) => !disabled.has(r.name)) : [];
  const user = o.rules.filter((r) => !disabled.has(r.name)).map(compileUserRule);
  const all = [...builtins, ...user];
  const line = all.filter((r) => r.mode === "line");
  return {
    prefix: all.filter((r) => r.mode === "prefix"),
    line,
    lineMaxWords: line.reduce((m, r) => Math.max(m, r.maxWords), 0),
    ctaScore: defaults && !disabled.has(CTA_SCORE_RULE),
    // A short line between two cuts of an authored text is the writer's ("* Add some!" under a
    // cut heading): a copy pasted twice takes its short lines along as a repeated block instead.
    stub: !authoredText(o) && o.stubMaxWords > 0 && !disabled.has(STUB_RULE),
    context: new Set(defaults ? CONTEXT_RULES.filter((r) => !disabled.has(r)) : []),
    // Off unless switched on (resolveOptions() turns `true` into the built-in weights): see docs/accuracy.md.
    pageModel: defaults && !disabled.has(PAGE_MODEL_RULE) && typeof o.pageModel === "object" ? o.pageModel : null,
  };
}

/** Needs loadRuleEngine() (user-pattern.ts) first; throws a RangeError naming the rule and the reason. */
export function compileUserRule(r: UserRule): BoilerplateRule {
  let pattern;
  try {
    pattern = compileUserPattern(r.pattern, r.mode === "prefix" && !r.pattern.startsWith("^"));
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    throw new RangeError(`rule "${r.name}": ${e.message}`);
  }
  return { name: r.name, description: "user rule", mode: r.mode, pattern, maxWords: Infinity, examples: { cut: [], keep: [] } };
}
