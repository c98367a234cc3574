// onion's rule on a winnowed sample: the share of a unit's tokens covered by n-grams of kept units.
import type { Analysis, UnitInfo } from "./analysis-types.js";
import type { DedupIndex } from "./dedup-index.js";
import { normalizeForHash } from "./normalize.js";
import type { Options } from "./options.js";
import { shingleHashes } from "./shingles.js";
import { isUnspacedScript, maxTokens, tokenHashes } from "./tokens.js";

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

/** A unit's tokens as pairSimilarity reads them. */
export interface PairTokens {
  hashes: Uint32Array;
  /** Shingle length: `ngram`, or UNSPACED_FACTOR times it for text written without spaces. */
  n: number;
}

/**
 * Characters of Han or kana text per word, roughly: a shingle of 5 such characters is two words,
 * and set phrases ("…を参照してください", "可以使用…") would make unrelated sentences "similar".
 */
export const UNSPACED_FACTOR = 2;

/** Normalized token hashes of `text`, with the shingle length suited to its script. */
export function pairTokens(text: string, ngram: number): PairTokens {
  const norm = normalizeForHash(text);
  const hashes = new Uint32Array(maxTokens(norm) + 1);
  const count = tokenHashes(norm, hashes);
  let unspaced = 0;
  for (let i = 0; i < norm.length; i++) if (isUnspacedScript(norm.charCodeAt(i))) unspaced++;
  return { hashes: hashes.subarray(0, count), n: 2 * unspaced > count ? ngram * UNSPACED_FACTOR : ngram };
}

/** Words a unit counts as for the length-dependent bar (nearThreshold): Han or kana characters by UNSPACED_FACTOR. */
export function wordCount(t: PairTokens, ngram: number): number {
  return t.n > ngram ? Math.ceil(t.hashes.length / UNSPACED_FACTOR) : t.hashes.length;
}

/**
 * The share of the cut unit's tokens that stand in a shingle the ONE kept text holds too, every
 * shingle of both compared (no sample): the similarity a near duplicate's report names, measured
 * against the copy it names, never pooled from pieces of several kept units.
 */
export function pairSimilarity(cut: PairTokens, kept: string): number {
  const m = cut.hashes.length;
  if (m === 0) return 0;
  const k = pairTokens(kept, 1).hashes;
  const n = cut.n;
  if (m < n || k.length < n) return 0;
  const theirs = new Set<number>();
  const buf = new Uint32Array(Math.max(k.length, m));
  const nk = shingleHashes(k, k.length, n, buf);
  for (let j = 0; j < nk; j++) theirs.add(buf[j] ?? 0);
  const nm = shingleHashes(cut.hashes, m, n, buf);
  let covered = 0;
  let coveredTo = 0; // tokens before this index are counted
  for (let j = 0; j < nm; j++) {
    if (!theirs.has(buf[j] ?? 0)) continue;
    const from = Math.max(j, coveredTo);
    covered += j + n - from;
    coveredTo = j + n;
  }
  return covered / m;
}
