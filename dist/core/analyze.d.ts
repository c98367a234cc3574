import type { Analysis, UnitInfo } from "./analysis-types.js";
import type { RuleSet } from "./boilerplate/ruleset.js";
import type { Options } from "./options.js";
export type { Analysis, UnitInfo } from "./analysis-types.js";
/**
 * `withStems` also works out the content stems the context rules read, in the hashing pass (the
 * stream cleaner asks: it saves a second pass over all prose).
 */
export declare function analyze(text: string, options: Options, rules: RuleSet, withStems?: boolean): Analysis;
/** A unit's text as the rules see it: BOM and stripped prefix removed. */
export declare function unitBody(a: Analysis, u: UnitInfo): string;
