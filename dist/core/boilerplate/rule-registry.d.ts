/** What a rule must cut and must keep (the pattern rules carry them; see rules.ts). */
export interface RuleExamplesShape {
    cut: readonly string[];
    keep: readonly (string | {
        markdown: string;
    })[];
}
export interface RuleInfo {
    /** The name in reports, `--disable` and `disable`. */
    name: string;
    /** `line` cuts a whole unit; `prefix` strips the start of one. */
    mode: "line" | "prefix";
    /** How it decides: a pattern on the line, a score, the lines around it, repetition across files, or its place between cuts. */
    kind: "pattern" | "score" | "context" | "learned" | "stub";
    /** What it cuts, in one line. */
    description: string;
    /** Its section of the rules page, relative to the package root. */
    help: string;
    /** Lines it must cut and must keep, when the rule states them. */
    examples?: RuleExamplesShape;
}
/** The rules page, relative to the package root; each rule has an anchor of its own name. */
export declare const RULES_PAGE = "docs/rules.md";
export declare const RULE_REGISTRY: readonly RuleInfo[];
/** The rule of that name, if it is a built-in one. */
export declare function ruleInfo(name: string): RuleInfo | undefined;
/** Names `disable` may hold: every built-in rule and the user's own. */
export declare function knownRuleNames(userRules?: readonly {
    name: string;
}[]): Set<string>;
