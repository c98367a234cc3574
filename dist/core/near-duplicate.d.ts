import type { Analysis, UnitInfo } from "./analysis-types.js";
import type { DedupIndex } from "./dedup-index.js";
import type { Options } from "./options.js";
/**
 * Tokens from which a unit is sampled by winnowing and needs only --threshold to be a near
 * duplicate. Shorter units keep every shingle, so their similarity is measured, not estimated.
 */
export declare const FULL_LENGTH = 30;
export interface NearMatch {
    /** Record id of the kept unit that covers the most. */
    source: number;
    /** Covered tokens / all tokens. */
    similarity: number;
    /** Sampled shingles found, by the record id that holds them. */
    hits: ReadonlyMap<number, number>;
}
/** The kept units a near match draws on, the one with the most hits first (ties: the first kept). */
export declare function rankedSources(m: NearMatch): number[];
/**
 * Looks up the unit's sampled shingles, the keys record `self` holds left out. Winnowing
 * guarantees a sampled hash in every window of `window` shingles of a shared run, so the gap
 * between two hits from the same kept unit that are at most `window` apart is shared text too and
 * counts as covered.
 */
export declare function findNearDuplicate(a: Analysis, u: UnitInfo, index: DedupIndex, o: Options, self?: number): NearMatch | null;
