import type { RE2JS as RE2JSClass } from "re2js";
/** Loads the engine; user rules cannot be compiled before. */
export declare function loadRuleEngine(): Promise<void>;
/** For callers that import re2js themselves (the Node API does). */
export declare function registerRuleEngine(e: typeof RE2JSClass): void;
/** What a rule's pattern offers the classifier: RegExp's exec (index and whole match). */
export interface RulePattern {
    exec(s: string): RegExpExecArray | null;
    readonly source: string;
}
/** Compiles a user pattern, case-insensitive; `anchored` matches only at the start. Throws a RangeError with the reason. */
export declare function compileUserPattern(source: string, anchored: boolean): RulePattern;
