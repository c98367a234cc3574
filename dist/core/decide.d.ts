import { type Analysis, type UnitInfo } from "./analyze.js";
import type { RuleSet } from "./boilerplate/ruleset.js";
import type { DedupIndex, UnitRef } from "./dedup-index.js";
import type { Options } from "./options.js";
import type { CutKind } from "./types.js";
export interface Decision {
    kind: CutKind;
    rule: string;
    match?: string;
    /** The kept copy. */
    source?: UnitRef;
    similarity?: number;
}
/** One entry per unit: null keeps it. */
export type Decisions = (Decision | null)[];
export declare function decide(a: Analysis, doc: number, index: DedupIndex, o: Options, rules: RuleSet): Decisions;
/**
 * Unit `u` as a near duplicate that loses no fact, or null. Its similarity counts the tokens any
 * kept unit covers; the kept copy it names is the one with the most shared shingles among those
 * that hold every fact of `u` (numbers, links, code spans...), so the copy the report names is
 * enough to check that nothing was lost. `self`: a record of the unit itself to leave out.
 */
export declare function nearCut(a: Analysis, u: UnitInfo, index: DedupIndex, o: Options, self?: number): {
    source: number;
    similarity: number;
} | null;
/**
 * Formulaic short lines ("And the evening and the morning were the third day.") share most of
 * their n-grams without being copies, so the bar rises linearly from --threshold at 30 tokens to
 * 0.9 at --min-words.
 */
export declare function nearThreshold(tokens: number, o: Options): number;
