// What the engine knows of the page model without loading it: the rule's name, the shape of its
// weights and their digest, and the model once loaded (registerPageModel, or loadPageModel in
// page-model-loader.ts). The model itself (page-model.ts, its features and its 143 KB of weights)
// is loaded only by runs that switch it on. A leaf: it imports only types from leaves.
import type { Analysis } from "../analysis-types.js";
import type { CutKind } from "../types.js";
import type { TextFormat } from "../unit-splitters.js";

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
  /**
   * The trees packed (packTrees), as the built-in weights are stored: a string is read at start-up
   * in a fraction of the time the same trees take as JSON arrays, and is unpacked on first use.
   */
  packed?: string;
}

/** What decide.ts holds for each unit (its Decision, or null: kept), as far as the model reads and writes it. */
export type UnitDecisions = ({ kind: CutKind; rule: string; match?: string; score?: number } | null)[];

/** The page model once loaded: its built-in weights, their check, and the model run over a text. */
export interface PageModelEngine {
  /** The built-in weights (page-model.json, written by `npm run train`). */
  readonly weights: PageModel;
  /** Why `m` cannot be used as weights (null when it can). */
  problem(m: unknown): string | null;
  /** Sets the model's cuts in `out`; returns how many it added. */
  apply(a: Analysis, out: UnitDecisions, o: { format: TextFormat }, model: PageModel): number;
}

let engine: PageModelEngine | undefined;

/** Hands in the page model (the Node API does when it is imported; loadPageModel() loads and hands it in). */
export function registerPageModel(e: PageModelEngine): void {
  engine = e;
}

export function pageModelLoaded(): boolean {
  return engine !== undefined;
}

/** The page model handed in; throws when it was not. */
export function pageModelEngine(): PageModelEngine {
  if (engine === undefined) throw new Error("the page model is not loaded: await loadPageModel() first");
  return engine;
}

const digests = new WeakMap<PageModel, string>();

/**
 * A short name of weights: their kind and threshold and a 64-bit hash of all of them. Options are keyed and reported with it in place of the weights, which are 146 KB of
 * JSON (keying each file's options of a batch run by their JSON took 0.5 s over 448 files).
 */
export function pageModelDigest(m: PageModel): string {
  let d = digests.get(m);
  if (d !== undefined) return d;
  const json = JSON.stringify(m);
  // Two 32-bit hashes (FNV-1a, and a multiplicative one from another start): 64 bits in all.
  let h = 0x811c9dc5;
  let g = 0x9e3779b9;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    h = Math.imul(h ^ c, 0x01000193);
    g = Math.imul(g + c, 0x85ebca6b) ^ (g >>> 13);
  }
  const hex = (x: number): string => (x >>> 0).toString(16).padStart(8, "0");
  d = `${m.kind}, threshold ${m.threshold}, ${hex(h)}${hex(g)}`;
  digests.set(m, d);
  return d;
}
