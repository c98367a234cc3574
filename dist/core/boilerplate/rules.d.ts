import type { RulePattern } from "./user-pattern.js";
export interface BoilerplateRule {
    name: string;
    /** What the rule recognises, for `--list-rules` and reports. */
    description: string;
    /** `line` cuts the whole unit; `prefix` strips the match from the start of the unit's first line. */
    mode: "line" | "prefix";
    /** A RegExp for built-in rules; user rules run on RE2 (user-pattern.ts). */
    pattern: RulePattern;
    /** A `line` rule only fires on units of at most this many tokens: prose that mentions the words stays. */
    maxWords: number;
    /** Vocabulary rules skip quoted speech: "I always subscribe to them," said his Lordship. */
    skipQuoted?: boolean;
    /** Lower-case words one of which every match holds: the pattern is tried only on text that has one. */
    mayMatch?: readonly string[];
}
export declare const BUILTIN_RULES: readonly BoilerplateRule[];
/** Names of the built-in rules plus the scorer, for `--disable` checks and `--list-rules`. */
export declare const CTA_SCORE_RULE = "cta-score";
export declare const STUB_RULE = "stub";
