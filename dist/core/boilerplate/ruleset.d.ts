import type { Options, UserRule } from "../options.js";
import { type BoilerplateRule } from "./rules.js";
/** Rules that read a unit's surroundings; each can be switched off by name. */
export declare const CONTEXT_RULES: readonly ["navigation-run", "headline-run", "off-topic-headline", "shouted-headline"];
export interface RuleSet {
    prefix: readonly BoilerplateRule[];
    line: readonly BoilerplateRule[];
    /** The most tokens any line rule reads: longer units skip them all at once. */
    lineMaxWords: number;
    ctaScore: boolean;
    stub: boolean;
    /** Enabled context rules (navigation runs, off-topic and shouted headlines). */
    context: ReadonlySet<string>;
}
export declare function buildRuleSet(o: Options): RuleSet;
/** Needs loadRuleEngine() (user-pattern.ts) first; throws a RangeError naming the rule and the reason. */
export declare function compileUserRule(r: UserRule): BoilerplateRule;
