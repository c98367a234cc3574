// onion's rule on a winnowed sample: the share of a unit's tokens covered by n-grams of kept units.
import type { Analysis, UnitInfo } from "./analysis-types.js";
import type { DedupIndex } from "./dedup-index.js";
import type { Options } from "./options.js";

/**
 * Tokens from which a unit is sampled by winnowing and needs only --threshold to be a near
 * duplicate. Shorter units keep every shingle, so their similarity is measured, not estimated.
 */
export const FULL_LENGTH = 30;

export interface NearMatch {
  /** Record id of the kept unit that covers the most. */
  source: number;
  /** Covered tokens / all tokens. */
  similarity: number;
  /** Sampled shingles found, by the record id that holds them. */
  hits: ReadonlyMap<number, number>;
}

/** The kept units a near match draws on, the one with the most hits first (ties: the first kept). */
export function rankedSources(m: NearMatch): number[] {
  return [...m.hits].sort((x, y) => y[1] - x[1] || x[0] - y[0]).map(([id]) => id);
}

let covered = new Uint8Array(1024);

/**
 * Looks up the unit's sampled shingles, the keys record `self` holds left out. Winnowing
 * guarantees a sampled hash in every window of `window` shingles of a shared run, so the gap
 * between two hits from the same kept unit that are at most `window` apart is shared text too and
 * counts as covered.
 */
export function findNearDuplicate(a: Analysis, u: UnitInfo, index: DedupIndex, o: Options, self = -1): NearMatch | null {
  const n = o.ngram;
  let hits = 0;
  let prevPos = -1;
  let prevId = -1;
  let bestId = -1;
  let bestCount = 0;
  // Most units are new text with no hit at all: the tally is set up at the first hit.
  let counts: Map<number, number> | null = null;
  for (let s = u.selStart; s < u.selEnd; s++) {
    const id = index.shingles.get(a.selHash[s] ?? 0);
    if (id < 0 || id === self) continue; // `self`: the unit's own record, judged again (clean.ts)
    const p = a.selPos[s] ?? 0;
    if (counts === null) {
      counts = new Map<number, number>();
      if (covered.length < u.tokens) covered = new Uint8Array(u.tokens * 2);
      covered.fill(0, 0, u.tokens);
    }
    hits++;
    const from = prevId === id && p - prevPos <= o.window ? prevPos : p;
    covered.fill(1, from, Math.min(u.tokens, p + n));
    prevPos = p;
    prevId = id;
    const c = (counts.get(id) ?? 0) + 1;
    counts.set(id, c);
    if (c > bestCount || (c === bestCount && id < bestId)) {
      bestCount = c;
      bestId = id;
    }
  }
  if (hits === 0) return null;
  let total = 0;
  for (let t = 0; t < u.tokens; t++) total += covered[t] ?? 0;
  return { source: bestId, similarity: total / u.tokens, hits: counts ?? new Map() };
}
