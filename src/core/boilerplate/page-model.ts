// Page chrome told by what it looks like: a small model over line features (line-features.ts),
// trained on labelled real pages by `npm run train` (scripts/train-page-model.mjs). It decides only
// what the rules left, cuts only with high confidence, and never a paragraph of sentences.
import { FEATURE_COUNT, FEATURE_NAMES, lineFeatures, type FeatureCache, type FeatureUnit } from "./line-features.js";
import weights from "./page-model.json" with { type: "json" };

export const PAGE_MODEL_RULE = "page-model";

/** Gradient-boosted trees, each as flat arrays (feature -1 marks a leaf). */
export interface ModelTree {
  feature: number[];
  threshold: number[];
  left: number[];
  right: number[];
  value: number[];
}

export interface PageModel {
  /** The feature names the weights were trained on, in order (checked against FEATURE_NAMES). */
  features: string[];
  /** A unit is cut when its score (a probability) is at least this. */
  threshold: number;
  /** Units of more tokens are never scored. */
  maxWords: number;
  /** Either logistic regression (`weights`, `bias`, `mean`, `scale`) or trees (`base`, `trees`). */
  kind: "logistic" | "trees";
  weights?: number[];
  bias?: number;
  mean?: number[];
  scale?: number[];
  base?: number;
  trees?: ModelTree[];
}

/** Whether `m` was trained on the features this build computes, in the same order. */
export function fitsFeatures(m: PageModel): boolean {
  return m.features.length === FEATURE_COUNT && m.features.every((n, k) => n === FEATURE_NAMES[k]);
}

/** The built-in model (page-model.json, written by `npm run train`). */
export const PAGE_MODEL: PageModel = weights as PageModel;

/** The probability that a feature row is chrome. */
export function scoreRow(m: PageModel, f: Float64Array): number {
  let z = 0;
  if (m.kind === "logistic") {
    z = m.bias ?? 0;
    const w = m.weights ?? [];
    for (let k = 0; k < w.length; k++) z += (w[k] ?? 0) * (((f[k] ?? 0) - (m.mean?.[k] ?? 0)) / (m.scale?.[k] || 1));
  } else {
    z = m.base ?? 0;
    for (const t of m.trees ?? []) {
      let n = 0;
      while ((t.feature[n] ?? -1) >= 0) n = (f[t.feature[n] ?? 0] ?? 0) <= (t.threshold[n] ?? 0) ? (t.left[n] ?? 0) : (t.right[n] ?? 0);
      z += t.value[n] ?? 0;
    }
  }
  return 1 / (1 + Math.exp(-z));
}

/** Kinds the model may cut: lines of text. Code, tables and headings are a writer's own. */
const CUTTABLE = new Set(["paragraph", "verse", "list-item"]);

/**
 * A paragraph of sentences a writer wrote is never the model's to cut: two sentences or more, ten
 * words or more, with the stop words that prose has.
 */
export function isWritersProse(f: Float64Array): boolean {
  const words = Math.expm1(f[0] ?? 0);
  const sentences = Math.expm1(f[11] ?? 0);
  return words >= 10 && sentences >= 2 && (f[2] ?? 0) >= 0.2;
}

export interface ModelCut {
  unit: number;
  score: number;
}

/**
 * The units of `units` (index order) the model cuts, given `kept(i)`. Features are read over the
 * kept units of a stretch only: `breakAfter(i, j)` says whether kept units i and j (consecutive among
 * the kept) stand in different stretches, as where a stream is cut into segments, so a unit reads
 * the same whether the text comes whole or in segments. They are taken again after each round of
 * cuts until none is added: cleaned again, the kept text reads the same features and loses nothing
 * more to the model.
 */
export function findModelCuts(units: readonly FeatureUnit[], kept: (i: number) => boolean, breakAfter: (i: number, j: number) => boolean, model: PageModel, chrome: (i: number) => boolean = () => true, rounds = 8): ModelCut[] {
  if (!fitsFeatures(model)) return [];
  const cut = new Map<number, number>();
  const cache: FeatureCache = new Map();
  for (let r = 0; r < rounds; r++) {
    let added = 0;
    for (const { unit, row } of candidateRows(units, (i) => kept(i) && !cut.has(i), breakAfter, model.maxWords, chrome, cache)) {
      if (isWritersProse(row)) continue;
      const s = scoreRow(model, row);
      if (s >= model.threshold) {
        cut.set(unit, s);
        added++;
      }
    }
    if (added === 0) break;
  }
  return [...cut].sort((x, y) => x[0] - y[0]).map(([unit, score]) => ({ unit, score }));
}

/**
 * The feature rows of the kept units the model may cut (the training script reads these too): in
 * stretches laid out as pages are, where the rules found chrome (`chrome(i)`: unit i was cut by a
 * boilerplate rule) at least CHROME_EVIDENCE times. An article with a list of fixtures in it has none.
 */
export function candidateRows(units: readonly FeatureUnit[], kept: (i: number) => boolean, breakAfter: (i: number, j: number) => boolean, maxWords: number, chrome: (i: number) => boolean, cache: FeatureCache = new Map()): { unit: number; row: Float64Array }[] {
  const out: { unit: number; row: Float64Array }[] = [];
  for (const { order, from, to } of stretches(units.length, kept, breakAfter)) {
    let evidence = 0;
    for (let i = from; i <= to && evidence < CHROME_EVIDENCE; i++) if (!kept(i) && chrome(i)) evidence++;
    if (evidence < CHROME_EVIDENCE) continue;
    const seq = order.map((i) => units[i] as FeatureUnit);
    if (!isPageShaped(seq)) continue;
    const want: number[] = [];
    seq.forEach((u, k) => {
      if (CUTTABLE.has(u.kind) && u.tokens > 0 && u.tokens <= maxWords) want.push(k);
    });
    if (want.length === 0) continue;
    const rows = lineFeatures(seq, want, cache);
    want.forEach((k, j) => out.push({ unit: order[k] ?? -1, row: rows[j] ?? new Float64Array(FEATURE_COUNT) }));
  }
  return out;
}

/** Lines the rules cut as chrome in a stretch before the model reads it. */
const CHROME_EVIDENCE = 2;

/** A paragraph of this many tokens is prose enough to show how the text is laid out. */
const LAYOUT_TOKENS = 8;

/**
 * A stretch laid out as scraped pages are, one paragraph to a line. A book or a hard-wrapped
 * document has title pages and tables of contents that look like chrome but are its own.
 */
function isPageShaped(seq: readonly FeatureUnit[]): boolean {
  let oneLine = 0;
  let wrapped = 0;
  for (const u of seq) {
    if (u.kind !== "paragraph" || u.tokens < LAYOUT_TOKENS) continue;
    if (u.lines === 1) oneLine++;
    else wrapped++;
  }
  return oneLine > 0 && oneLine >= wrapped;
}

/** The kept units in runs, broken where `breakAfter` says; each with the units (kept or not) it spans. */
function stretches(n: number, kept: (i: number) => boolean, breakAfter: (i: number, j: number) => boolean): { order: number[]; from: number; to: number }[] {
  const out: { order: number[]; from: number; to: number }[] = [];
  let cur: number[] = [];
  let prev = -1;
  let from = 0;
  for (let i = 0; i < n; i++) {
    if (!kept(i)) continue;
    if (prev >= 0 && breakAfter(prev, i)) {
      out.push({ order: cur, from, to: prev });
      from = prev + 1;
      cur = [];
    }
    cur.push(i);
    prev = i;
  }
  if (cur.length > 0) out.push({ order: cur, from, to: n - 1 });
  return out;
}
