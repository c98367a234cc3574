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
 * What a writer wrote is never the model's to cut: a paragraph of sentences (two or more, ten words
 * or more, with the stop words prose has), any line ending a sentence, and lines inside the body.
 */
export function isWritersProse(f: Float64Array): boolean {
  const words = Math.expm1(f[0] ?? 0);
  const sentences = Math.expm1(f[11] ?? 0);
  if (words >= 10 && sentences >= 2 && (f[2] ?? 0) >= 0.2) return true;
  // A sentence (a line of dialogue, a reader's comment, a question) is a writer's: chrome is labels.
  if ((f[7] ?? 0) > 0) return true;
  // A line with prose close on both sides is part of the text's body (a list it makes, a subheading).
  return (f[24] ?? 0) > 0 && (f[25] ?? 0) > 0 && Math.expm1(f[22] ?? 0) <= INSIDE_PROSE && Math.expm1(f[23] ?? 0) <= INSIDE_PROSE;
}

/** Units at most this far from prose on both sides are inside the text's body. */
const INSIDE_PROSE = 3;

export interface ModelCut {
  unit: number;
  score: number;
}

/**
 * The units of `units` (index order) the model cuts, given `kept(i)` and `chrome(i)` (unit i was cut
 * by a boilerplate rule). Features are read over the kept units only, and taken again after each
 * round of cuts until none is added: cleaned again, the kept text reads the same features.
 */
export function findModelCuts(units: readonly FeatureUnit[], kept: (i: number) => boolean, model: PageModel, chrome: (i: number) => boolean, rounds = 8): ModelCut[] {
  if (!fitsFeatures(model) || !readsAsPage(units, kept, chrome)) return [];
  const cut = new Map<number, number>();
  const cache: FeatureCache = new Map();
  for (let r = 0; r < rounds; r++) {
    let added = 0;
    for (const { unit, row } of candidateRows(units, (i) => kept(i) && !cut.has(i), model.maxWords, cache)) {
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

/** Lines the rules cut as chrome in a text before the model reads it. */
export const CHROME_EVIDENCE = 2;
/** A paragraph of this many tokens is prose enough to show how the text is laid out. */
const LAYOUT_TOKENS = 8;

/**
 * Whether the model reads this text at all: laid out as scraped pages are, one paragraph to a line
 * (a book or a hard-wrapped document has title pages and tables of contents that look like chrome
 * but are its own), with chrome the rules found (an article with a list of fixtures in it has none).
 * Like the context rules, this judges the whole text (or a stream's segment).
 */
export function readsAsPage(units: readonly FeatureUnit[], kept: (i: number) => boolean, chrome: (i: number) => boolean): boolean {
  let evidence = 0;
  let oneLine = 0;
  let wrapped = 0;
  units.forEach((u, i) => {
    if (!kept(i) && chrome(i)) evidence++;
    if (u.kind !== "paragraph" || u.tokens < LAYOUT_TOKENS) return;
    if (u.lines === 1) oneLine++;
    else wrapped++;
  });
  return evidence >= CHROME_EVIDENCE && oneLine > 0 && oneLine >= wrapped;
}

/** The feature rows of the kept units the model may cut (the training script reads these too). */
export function candidateRows(units: readonly FeatureUnit[], kept: (i: number) => boolean, maxWords: number, cache: FeatureCache = new Map()): { unit: number; row: Float64Array }[] {
  const order = units.map((_, i) => i).filter(kept);
  const seq = order.map((i) => units[i] as FeatureUnit);
  const want: number[] = [];
  seq.forEach((u, k) => {
    if (CUTTABLE.has(u.kind) && u.tokens > 0 && u.tokens <= maxWords) want.push(k);
  });
  if (want.length === 0) return [];
  const rows = lineFeatures(seq, want, cache);
  return want.map((k, j) => ({ unit: order[k] ?? -1, row: rows[j] ?? new Float64Array(FEATURE_COUNT) }));
}
