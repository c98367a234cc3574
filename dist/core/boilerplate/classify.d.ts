import type { LineMatch, PrefixMatch } from "../analysis-types.js";
import type { RuleSet } from "./ruleset.js";
/** Prefix rules applied again and again, so that stacked headers all go in one pass. */
export declare function matchPrefix(line: string, rules: RuleSet): PrefixMatch | null;
/** Which line rule, if any, cuts this unit; `tokens` keeps long prose out of reach of short-line rules. */
export declare function matchLine(text: string, tokens: number, rules: RuleSet): LineMatch | null;
