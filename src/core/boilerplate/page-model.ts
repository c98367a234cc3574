// Page chrome told by what it looks like: a small model over line features (line-features.ts),
// trained on labelled real pages by `npm run train` (scripts/train-page-model.mjs). It decides only
// what the rules left, cuts only with high confidence, and never a paragraph of sentences.
import { AROUND_COUNT, endsInColon, endsSentenceOf, FEATURE_COUNT, FEATURE_NAMES, featureRows, newFeatureCache, type FeatureCache, type FeatureUnit } from "./line-features.js";
import { CREDIT, DATE_LINE, greetingOrClosing, introducesList, namesMaker, signatureMark } from "./context.js";
import { PHONE } from "./standing.js";
import { EMAIL_ALONE } from "./rules.js";
import { isWhiteSpace } from "../white-space.js";
import { mayHoldFacts } from "../facts.js";
import weights from "./page-model.json" with { type: "json" };
import type { ModelTree, PageModel } from "./page-model-shape.js";

export { PAGE_MODEL_RULE, pageModelDigest, type ModelTree, type PageModel } from "./page-model-shape.js";

/** Whether `m` was trained on the features this build computes, in the same order. */
export function fitsFeatures(m: PageModel): boolean {
  return m.features.length === FEATURE_COUNT && m.features.every((n, k) => n === FEATURE_NAMES[k]);
}

/**
 * Why `m` cannot be used as the page model's weights (null when it can): weights must be of a kind
 * this build scores and trained on the features it computes. Weights of another build did nothing
 * at all before, without a word.
 */
export function pageModelProblem(m: unknown): string | null {
  if (typeof m !== "object" || m === null || !Array.isArray((m as PageModel).features)) return "page-model weights (an object with its feature names)";
  const w = m as PageModel;
  if (w.kind !== "logistic" && w.kind !== "trees") return 'weights of kind "logistic" or "trees"';
  if (typeof w.threshold !== "number" || typeof w.maxWords !== "number") return "weights with a threshold and maxWords";
  if (!fitsFeatures(w)) return `weights trained on this build's ${FEATURE_COUNT} features (npm run train writes them)`;
  return null;
}

/** The built-in model (page-model.json, written by `npm run train`). */
export const PAGE_MODEL: PageModel = weights as PageModel;

/** The probability that a feature row is chrome. */
export function scoreRow(m: PageModel, f: Float64Array, atLeast = 0): number {
  return rowScorer(m, atLeast)(f);
}

/**
 * scoreRow(m, ·, atLeast) with the model's trees and the logit of `atLeast` looked up once: the
 * model scores each short line of a page, and the look-ups were a fifth of a row's time.
 */
export function rowScorer(m: PageModel, atLeast = 0): (f: Float64Array) => number {
  if (m.kind === "logistic") {
    return (f) => {
      let z = m.bias ?? 0;
      const w = m.weights ?? [];
      for (let k = 0; k < w.length; k++) z += (w[k] ?? 0) * (((f[k] ?? 0) - (m.mean?.[k] ?? 0)) / (m.scale?.[k] || 1));
      return 1 / (1 + Math.exp(-z));
    };
  }
  const t = flatOf(m);
  const base = m.base ?? 0;
  // Below `atLeast` is all a caller asking for it needs to know: the answer there is 0.
  const need = atLeast > 0 && atLeast < 1 ? Math.log(atLeast / (1 - atLeast)) - 1e-9 : -Infinity;
  return (f) => {
    const z = sumLeaves(t, f.length >= FEATURE_COUNT ? f : padded(f), base);
    return z < need ? 0 : 1 / (1 + Math.exp(-z));
  };
}

function padded(f: Float64Array): Float64Array {
  const g = new Float64Array(FEATURE_COUNT);
  g.set(f);
  return g;
}

/**
 * The trees laid out complete, all of one depth: the children of node n are 2n + 1 and 2n + 2, a
 * leaf above the full depth stands in every leaf below it (its nodes split anywhere, both ways
 * lead to the same value). A row then goes down a tree with no branch to mispredict and no link
 * to load: where each step waited on the last, scoring a page's lines took 2-3 times as long.
 */
interface FlatTrees {
  depth: number;
  count: number;
  /** Per tree, its (2^depth - 1) inner nodes: the feature each splits on and the split point. */
  feature: Int8Array;
  threshold: Float64Array;
  /** Per tree, its 2^depth leaves' values. */
  value: Float64Array;
}

const flat = new WeakMap<PageModel, FlatTrees>();

function flatOf(m: PageModel): FlatTrees {
  let t = flat.get(m);
  if (t) return t;
  const trees = treesOf(m);
  const depthOf = (x: ModelTree, n: number): number => ((x.feature[n] ?? -1) < 0 ? 0 : 1 + Math.max(depthOf(x, x.left[n] ?? 0), depthOf(x, x.right[n] ?? 0)));
  const depth = Math.max(1, ...trees.map((x) => (x.feature.length ? depthOf(x, 0) : 0)));
  const inner = 2 ** depth - 1;
  const leaves = 2 ** depth;
  const ft: FlatTrees = { depth, count: trees.length, feature: new Int8Array(trees.length * inner), threshold: new Float64Array(trees.length * inner), value: new Float64Array(trees.length * leaves) };
  trees.forEach((x, k) => {
    // Node n of tree x at place `at` of the complete tree, `d` steps down.
    const place = (n: number, at: number, d: number): void => {
      const leaf = (x.feature[n] ?? -1) < 0;
      if (d === depth) {
        ft.value[k * leaves + at - inner] = leaf ? (x.value[n] ?? 0) : 0;
        return;
      }
      ft.feature[k * inner + at] = leaf ? 0 : (x.feature[n] ?? 0);
      ft.threshold[k * inner + at] = leaf ? 0 : (x.threshold[n] ?? 0);
      place(leaf ? n : (x.left[n] ?? 0), 2 * at + 1, d + 1);
      place(leaf ? n : (x.right[n] ?? 0), 2 * at + 2, d + 1);
    };
    if (x.feature.length) place(0, 0, 0);
  });
  flat.set(m, ft);
  return ft;
}

/** base + the leaf each tree gives row f, added in tree order. */
function sumLeaves(t: FlatTrees, f: Float64Array, base: number): number {
  let z = base;
  const { feature, threshold, value } = t;
  if (t.depth === 4) {
    // The depth trained, written out: a loop over the depth took twice the time.
    for (let k = 0, b = 0, l = -15; k < t.count; k++, b += 15, l += 16) {
      let n = 2 - +((f[feature[b] ?? 0] ?? 0) <= (threshold[b] ?? 0));
      n = 2 * n + 2 - +((f[feature[b + n] ?? 0] ?? 0) <= (threshold[b + n] ?? 0));
      n = 2 * n + 2 - +((f[feature[b + n] ?? 0] ?? 0) <= (threshold[b + n] ?? 0));
      n = 2 * n + 2 - +((f[feature[b + n] ?? 0] ?? 0) <= (threshold[b + n] ?? 0));
      z += value[l + n] ?? 0;
    }
    return z;
  }
  const inner = 2 ** t.depth - 1;
  for (let k = 0, b = 0, l = -inner; k < t.count; k++, b += inner, l += inner + 1) {
    let n = 0;
    for (let d = 0; d < t.depth; d++) n = 2 * n + 2 - +((f[feature[b + n] ?? 0] ?? 0) <= (threshold[b + n] ?? 0));
    z += value[l + n] ?? 0;
  }
  return z;
}

const unpacked = new WeakMap<PageModel, ModelTree[]>();

/** A model's trees, unpacked from `packed` on first use. */
function treesOf(m: PageModel): ModelTree[] {
  if (m.trees) return m.trees;
  let t = unpacked.get(m);
  if (!t) unpacked.set(m, (t = unpackTrees(m.packed ?? "")));
  return t;
}

/** Bytes per node: feature (int8, -1 a leaf), left and right (uint8, 255 none), threshold and value (float64). */
const NODE_BYTES = 19;

/** Trees as one base64 string: per tree a uint16 node count, then its nodes (little-endian). */
export function packTrees(trees: readonly ModelTree[]): string {
  const size = trees.reduce((n, t) => n + 2 + NODE_BYTES * t.feature.length, 0);
  const v = new DataView(new ArrayBuffer(size));
  let o = 0;
  for (const t of trees) {
    if (t.feature.length > 255) throw new RangeError(`packTrees: a tree of ${t.feature.length} nodes (at most 255)`);
    v.setUint16(o, t.feature.length, true);
    o += 2;
    for (let k = 0; k < t.feature.length; k++) {
      v.setInt8(o, t.feature[k] ?? -1);
      v.setUint8(o + 1, (t.left[k] ?? -1) < 0 ? 255 : (t.left[k] ?? 0));
      v.setUint8(o + 2, (t.right[k] ?? -1) < 0 ? 255 : (t.right[k] ?? 0));
      v.setFloat64(o + 3, t.threshold[k] ?? 0, true);
      v.setFloat64(o + 11, t.value[k] ?? 0, true);
      o += NODE_BYTES;
    }
  }
  let bin = "";
  const bytes = new Uint8Array(v.buffer);
  for (let k = 0; k < bytes.length; k += 0x8000) bin += String.fromCharCode(...bytes.subarray(k, k + 0x8000));
  return btoa(bin);
}

export function unpackTrees(packed: string): ModelTree[] {
  const bin = atob(packed);
  const bytes = new Uint8Array(bin.length);
  for (let k = 0; k < bin.length; k++) bytes[k] = bin.charCodeAt(k);
  const v = new DataView(bytes.buffer);
  const trees: ModelTree[] = [];
  for (let o = 0; o + 2 <= bytes.length; ) {
    const n = v.getUint16(o, true);
    o += 2;
    const t: ModelTree = { feature: [], threshold: [], left: [], right: [], value: [] };
    for (let k = 0; k < n; k++, o += NODE_BYTES) {
      t.feature.push(v.getInt8(o));
      const l = v.getUint8(o + 1);
      const r = v.getUint8(o + 2);
      t.left.push(l === 255 ? -1 : l);
      t.right.push(r === 255 ? -1 : r);
      t.threshold.push(v.getFloat64(o + 3, true));
      t.value.push(v.getFloat64(o + 11, true));
    }
    trees.push(t);
  }
  return trees;
}

// Kinds the model may cut (cuttable): lines of text. Code, tables and headings are a writer's own.

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

/** Every field always set: one shape of object, so the code reading them is compiled once (a cut made with fewer fields threw it away). */
export interface ModelCut {
  unit: number;
  score: number;
  /** Cut by the text's edge alone (EDGE_THRESHOLD), with no chrome found near it. */
  byEdge: boolean;
  /** A line of no word beside chrome (wordlessBesideChrome), cut with it: no score of its own (0). */
  wordless: boolean;
}

/**
 * The units of `units` (index order) the model cuts, given `kept(i)` and `chrome(i)` (unit i was cut
 * by a boilerplate rule). Features are read over the kept units only, and taken again after each
 * round of cuts until none is added: cleaned again, the kept text reads the same features.
 * `cutBefore(i)`: unit i was cut by the model in an earlier turn, by chrome found (a cut by the
 * text's edge alone is not chrome found: below).
 */
export function findModelCuts(units: readonly FeatureUnit[], kept: (i: number) => boolean, model: PageModel, chrome: (i: number) => boolean, rounds = 8, cache: FeatureCache = newFeatureCache(units.length), cutBefore: (i: number) => boolean = () => false): ModelCut[] {
  if (!fitsFeatures(model)) return [];
  const n = units.length;
  // Each unit's standing, asked once (the callers' tests read the decisions of a text's units):
  // KEPT, RULED (cut as chrome by a rule), BEFORE (cut by the model in an earlier turn), else 0;
  // and, in the same pass, whether the text reads as a page at all.
  const standing = new Uint8Array(n);
  // 1 where a unit has BLOCK_TOKENS or more (a kept one of them stands between a line and chrome).
  const long = new Uint8Array(n);
  const page = standingOf(units, kept, chrome, cutBefore, standing, long);
  if (page === NO_PAGE) return [];
  const cut = new Map<number, number>();
  const edgeScore = Math.min(EDGE_THRESHOLD, model.threshold);
  const score = rowScorer(model, edgeScore);
  // Each pass over the units is a function of its own, as in featureRows: compiled while it runs,
  // a function of many loops lacked the type feedback of the loops after it and was compiled again.
  // The passes that can share a loop share it: each function is compiled once or twice (while it
  // runs, then whole), and on a long text read once, compiling a pass cost more than running it.
  //
  // Dates alone and e-mail addresses alone, for the guards: worked out once, at the first round read.
  let dates: Uint8Array | undefined;
  let emails: Uint8Array | undefined;
  const apart = new Int32Array(n);
  // Where the rules' chrome stands around each unit, as the training rows read it: once, from the
  // rules' cuts alone. The model's own cuts count as chrome found for the condition below, but not
  // here: as a feature they ran up a table of figures a line a round.
  const around = new Float64Array(n * AROUND_COUNT);
  const keptNow = new Uint8Array(n);
  const found = new Uint8Array(n);
  const isCut = new Uint8Array(n);
  // Units with no kept line of BLOCK_TOKENS or more between them and the text's start or end, and
  // the units cut by that alone: not chrome found for the rounds after (they do not run on up into
  // the text: a catalogue's records over the last of them went a round at a time).
  const edge = new Uint8Array(n);
  const byEdge = new Uint8Array(n);
  // The units kept and the rules' chrome, with where that chrome stands around each unit: the first
  // round's kept units and chrome found too, unless the model cut some of the text in a turn before.
  let order = flagsForward(standing, isCut, byEdge, long, keptNow, found, apart, around);
  apartBackward(long, keptNow, found, apart, around);
  for (let r = 0; r < rounds; r++) {
    let added = 0;
    if (r > 0 || page === PAGE_AFTER_CUTS) {
      order = flagsForward(standing, isCut, byEdge, long, keptNow, found, apart, null);
      apartBackward(long, keptNow, found, apart, null);
    }
    edgesIn(units, keptNow, edge);
    const want = wanted(units, order, model.maxWords, apart, edge);
    // The writer's prose is told from the first features a row gets: the rest is not worked out.
    // A line that ends a sentence is the writer's (isWritersProse): a round whose every line ends
    // one reads nothing, and with no cut it is the last (the same decisions: tests/core/boilerplate).
    if (!want.some((k) => !endsSentenceOf(units[order[k] ?? -1] as FeatureUnit, cache, order[k] ?? -1))) break;
    const listed = introducedLists(units, order);
    if (!dates || !emails) [dates, emails] = shortLines(units);
    datedEntries(units, order, listed, dates);
    contactRecords(units, order, listed, emails);
    featureRows(units, order, want.filter((k) => listed[k] === 0), cache, (k, row) => {
      const s = score(row);
      const i = order[k] ?? -1;
      const byChrome = (apart[i] ?? 0) <= BLOCK_GAP;
      // A cut the model's threshold by chrome found would not make leaves what the page-edge rules leave.
      const byEdgeOnly = !(byChrome && s >= model.threshold);
      if (s >= (edge[i] === 1 ? edgeScore : model.threshold) && !credit((units[i] as FeatureUnit).text) && !RESULT.test((units[i] as FeatureUnit).text) && !(byEdgeOnly && keptAtEdge(units, order, k)) && !signedOff(units, order, k) && !SMILEY_SENTENCE.test((units[i] as FeatureUnit).text) && !runsOnInto(units, order, k, cache)) {
        cut.set(i, s);
        isCut[i] = 1;
        if (!byChrome) byEdge[i] = 1;
        added++;
      }
    }, isWritersProse, around);
    if (added === 0) break;
  }
  // Pushed, not mapped: an array .map() makes is packed or holey as its caller is compiled or not,
  // and code that read one kind was thrown away at the other (as in context.ts).
  const cuts: ModelCut[] = [];
  for (const [unit, score] of cut) cuts.push({ unit, score, byEdge: byEdge[unit] === 1, wordless: false });
  for (const unit of wordlessBesideChrome(units, standing, isCut)) cuts.push({ unit, score: 0, byEdge: false, wordless: true });
  return cuts.sort((x, y) => x.unit - y.unit);
}

/**
 * The kept units of no word (a bullet alone, "*", "-", "•"; a rule of dashes) whose nearest unit of
 * words before or after them is cut as chrome (by a rule or by the model, by chrome found or by the
 * text's edge): they hold nothing a reader reads, and they were the chrome's (its bullets, its
 * buttons drawn as symbols). Between two kept lines of words (a writer's "* * *" between two
 * paragraphs, "--" over a signature) they stay. Held out, 21 lines of chrome on the three sources
 * and no keep line (docs/accuracy.md).
 */
function wordlessBesideChrome(units: readonly FeatureUnit[], standing: Uint8Array, isCut: Uint8Array): number[] {
  const out: number[] = [];
  const wordless = (i: number): boolean => (units[i]?.tokens ?? 1) === 0 && units[i]?.kind !== "code";
  const chromeAt = (i: number): boolean => i >= 0 && i < units.length && (standing[i] === RULED || standing[i] === BEFORE || isCut[i] === 1);
  for (let a = 0; a < units.length; a++) {
    if (!wordless(a) || standing[a] !== KEPT) continue;
    let b = a;
    while (b + 1 < units.length && wordless(b + 1)) b++;
    if (chromeAt(a - 1) || chromeAt(b + 1)) for (let i = a; i <= b; i++) if (standing[i] === KEPT) out.push(i);
    a = b;
  }
  return out;
}

/** standingOf's answers: the text reads as no page; as a page; as a page with the model's cuts of an earlier turn in it. */
const NO_PAGE = 0;
const PAGE = 1;
const PAGE_AFTER_CUTS = 2;

/**
 * Into `standing`, per unit: KEPT, RULED (cut by a rule as chrome), BEFORE (cut by the model in an
 * earlier turn) or 0; into `long`, 1 where a unit has BLOCK_TOKENS or more. Returns whether the text
 * reads as a page (readsAsPage), and whether the model cut any of it before.
 */
function standingOf(units: readonly FeatureUnit[], kept: (i: number) => boolean, chrome: (i: number) => boolean, cutBefore: (i: number) => boolean, standing: Uint8Array, long: Uint8Array): number {
  let evidence = 0;
  let oneLine = 0;
  let wrapped = 0;
  let before = 0;
  let keptUnits = 0;
  for (let i = 0; i < units.length; i++) {
    const s = kept(i) ? KEPT : chrome(i) ? RULED : cutBefore(i) ? BEFORE : 0;
    standing[i] = s;
    if (s === KEPT) keptUnits++;
    else if (s === RULED) evidence++;
    else if (s === BEFORE) before++;
    const u = units[i] as FeatureUnit;
    long[i] = u.tokens >= BLOCK_TOKENS ? 1 : 0;
    if (u.kind !== "paragraph" || u.tokens < LAYOUT_TOKENS) continue;
    if (u.lines === 1) oneLine++;
    else wrapped++;
  }
  if (!pageSized(evidence, keptUnits) || oneLine === 0 || oneLine < wrapped) return NO_PAGE;
  return before > 0 ? PAGE_AFTER_CUTS : PAGE;
}

/**
 * Into `kept` and `found`: the units still kept and the chrome found, the model's cuts of this
 * turn (`isCut`, less those by the text's edge alone, `byEdge`) and of the turns before counted;
 * into `apart`, linesApart's count on the side before each unit (apartBackward gives the other).
 * With `around` (before the first round), the chrome found is the rules' alone, and chromeAround's
 * features on that side go into `around`. Returns the units kept, in order.
 */
function flagsForward(standing: Uint8Array, isCut: Uint8Array, byEdge: Uint8Array, long: Uint8Array, kept: Uint8Array, found: Uint8Array, apart: Int32Array, around: Float64Array | null): number[] {
  const order: number[] = [];
  let d = FAR_APART;
  let last = 0;
  let dist = FAR_AROUND;
  for (let i = 0; i < standing.length; i++) {
    const s = standing[i] ?? 0;
    const k = s === KEPT && isCut[i] === 0;
    // With `around`, the rules' chrome alone: a unit cut by the model before is neither kept nor found.
    const f = around !== null ? s === RULED : s === RULED || s === BEFORE || (isCut[i] === 1 && byEdge[i] === 0);
    kept[i] = k ? 1 : 0;
    found[i] = f ? 1 : 0;
    if (k) order.push(i);
    if (f) d = 0;
    else if (k && long[i] === 1 && d < FAR_APART) d++;
    apart[i] = d;
    if (around === null) continue;
    around[i * AROUND_COUNT] = last;
    if (f) dist = 0;
    else if (k) dist = Math.min(dist + 1, FAR_AROUND);
    around[i * AROUND_COUNT + 3] = dist;
    if (f) last = 1;
    else if (k) last = 0;
  }
  return order;
}

/** apartBack's side of linesApart into `apart` (flagsForward gave the other), and with `around`, chromeAround's (aroundBack). */
function apartBackward(long: Uint8Array, kept: Uint8Array, found: Uint8Array, apart: Int32Array, around: Float64Array | null): void {
  let d = FAR_APART;
  let last = 0;
  let dist = FAR_AROUND;
  for (let i = kept.length - 1; i >= 0; i--) {
    const f = found[i] === 1;
    const k = kept[i] === 1;
    if (f) d = 0;
    else if (k && long[i] === 1 && d < FAR_APART) d++;
    const a = Math.min(apart[i] ?? FAR_APART, d);
    apart[i] = a;
    if (around === null) continue;
    around[i * AROUND_COUNT + 1] = last;
    if (f) dist = 0;
    else if (k) dist = Math.min(dist + 1, FAR_AROUND);
    around[i * AROUND_COUNT + 2] = LOG1P[Math.min(a, FAR_AROUND)] ?? 0;
    around[i * AROUND_COUNT + 3] = LOG1P[Math.min(dist, around[i * AROUND_COUNT + 3] ?? FAR_AROUND)] ?? 0;
    if (f) last = 1;
    else if (k) last = 0;
  }
}

const KEPT = 1;
const RULED = 2;
const BEFORE = 3;

/** A kept line of this many tokens or more stands between a line and the chrome around it. */
const BLOCK_TOKENS = 10;
/** The most such lines (the line itself counted) between a line the model cuts and the nearest chrome. */
const BLOCK_GAP = 1;

/**
 * The score a line at the text's edge needs (edgesIn), where the model's own threshold is asked
 * elsewhere. A crop (an article copied with a few of its page's lines) has its chrome cut off at
 * its start and end: the lines left there are the page's chrome as much as the lines beside a menu
 * the rules cut, but the features that say where chrome stands around a line (chromeAround) see
 * none beyond the edge, and the model scores such a line lower. A line there is cut even with no
 * chrome found near it; such a cut is no chrome found for the lines after it (it does not run on
 * up into the text). Held out, crops 0.794 → 0.806 (dragnet) and 0.775 → 0.797 (L3S-GN1) (docs/accuracy.md).
 */
export const EDGE_THRESHOLD = 0.95;
/** Words in lower case after the first, as a writer's list is written ("Two cloves of garlic", "Serves four"). */
const SENTENCE_CASE = /^\p{Lu}[\p{Ll}'’-]*(?:\s+[\p{Ll}'’-]+)+$/u;
/**
 * Small numbers joined by hyphens, two or four: a result (3-0), a record (10-6), a bowler's figures
 * (2-0-20-0, and with the balls of an over begun: 8.5-1-27-2); not three, a date (12-20-06).
 */
const RESULT = /(?<![\w.,/-])(?:\d{1,3}-\d{1,3}(?:-\d{1,3}-\d{1,3})?|\d{1,2}\.[0-5]-\d{1,3}-\d{1,3}-\d{1,2})(?![\w.,/-])/;
/** A signature's lines under a closing: a name, an address, a telephone number. */
const SIGNATURE_LINES = 4;

/**
 * Whether the line at position k of `order` is one the page-edge rules leave at a text's edges:
 * one that holds a fact (a figure, an address, a link), a letter's greeting or closing, or the
 * signature under it ("With best wishes," / "Anna Lee" / "Plot 14, Hill Road"; an e-mail's "--"),
 * up to SIGNATURE_LINES under it. Asked of a line the model would cut by the text's edge: a writer
 * ends a text with such lines too.
 */
function keptAtEdge(units: readonly FeatureUnit[], order: readonly number[], k: number): boolean {
  const u = units[order[k] ?? -1] as FeatureUnit;
  if (mayHoldFacts(u.text) || closing(u) || SENTENCE_CASE.test(u.text.trim())) return true;
  // The signature: short lines under the closing.
  for (let j = k - 1; j >= 0 && j >= k - SIGNATURE_LINES; j--) {
    const v = units[order[j] ?? -1] as FeatureUnit;
    if (closing(v) || signatureMark(v.text)) return true;
    if (v.tokens >= BLOCK_TOKENS) return false;
  }
  return false;
}

/**
 * A sentence with a smiley after its end ("Thanks, guys! :)", "Just askin'. ;)", "… out of me.:D"):
 * a reader's comment or a post, a sentence as isWritersProse spares, whose last characters hid
 * its end from the features.
 */
const SMILEY_SENTENCE = /[.!?…]["'”’)\]]*\s*[:;=]-?[)(DPpO\]]\s*$/;

/** The fewest tokens of a line that runs on into the next one's sentence. */
const RUN_ON_TOKENS = 5;

/**
 * Whether the line at position k of `order` is the first half of a sentence: written as prose (RUN_ON_TOKENS
 * or more, half its words in lower case), it ends in a comma, and the next kept line, right under
 * it, ends the sentence ("And maybe we'll do in a squirrel or two," / "While we're poisoning
 * pigeons in the park."). The second half is the writer's (isWritersProse), and so is the first.
 */
function runsOnInto(units: readonly FeatureUnit[], order: readonly number[], k: number, cache: FeatureCache): boolean {
  const i = order[k] ?? -1;
  const u = units[i] as FeatureUnit;
  if (u.tokens < RUN_ON_TOKENS || !u.text.trimEnd().endsWith(",")) return false;
  const j = order[k + 1];
  if (j !== i + 1) return false;
  const words = u.text.trim().split(/\s+/);
  if (words.filter((w) => /^\p{Ll}/u.test(w)).length * 2 < words.length) return false;
  return endsSentenceOf(units[j] as FeatureUnit, cache, j);
}

/** The longest name under a closing, in tokens ("Marc", "Anna Lee", "J. R. Smith"). */
const SIGNED_NAME_TOKENS = 4;

/**
 * Whether the line at position k of `order` signs off a writer's text: a closing right under a
 * paragraph of prose with a short name right under it ("… what makes me certifiable." / "Cheers," /
 * "Marc"), or that name. A forum post or a letter ends so between the page's chrome, where the
 * text's edge (keptAtEdge) is not asked; the name says who wrote what is kept.
 */
function signedOff(units: readonly FeatureUnit[], order: readonly number[], k: number): boolean {
  const at = (j: number): FeatureUnit | undefined => (j >= 0 && j < order.length ? units[order[j] ?? -1] : undefined);
  const name = (u: FeatureUnit | undefined): boolean => !!u && u.tokens <= SIGNED_NAME_TOKENS && !/\d/.test(u.text);
  const closes = (j: number): boolean => {
    const u = at(j);
    return !!u && closing(u) && (at(j - 1)?.tokens ?? 0) >= BLOCK_TOKENS && name(at(j + 1));
  };
  return closes(k) || (closes(k - 1) && name(at(k)));
}

/**
 * A credit says who made the text ("By Anna Lee", "Photo: Courtesy of …", "Picture via Planet
 * Fur", a wire story's "(Reporting by Anna Lee; Editing by Tom Reed)"): the rules leave it (the
 * stub rule's and the off-topic rule's tests), and so does the model.
 */
function credit(t: string): boolean {
  const s = t.trim();
  return namesMaker(s) || CREDIT.test(s) || WIRE_CREDIT.test(s);
}
/** A news agency's credit under its story, in brackets: "(Additional reporting by …; Editing by …)". */
const WIRE_CREDIT = /^\(\s*(?:additional )?(?:reporting|writing|editing) by\s+\p{Lu}/iu;

function closing(u: FeatureUnit): boolean {
  return greetingOrClosing(u.text, u.tokens);
}

/** Kept lines over the text's first line of BLOCK_TOKENS or more that are no edge: the title's place. */
const TITLE_LINES = 2;

/**
 * Into `out` (0 or 1 a unit): 1 where no kept unit of BLOCK_TOKENS or more stands between unit i and
 * the text's start, or between it and the text's end (the unit itself not counted): the text's
 * edge, where a crop's chrome was cut off. At the start, the last TITLE_LINES kept units over the
 * first such unit are no edge.
 */
export function edgesIn(units: readonly FeatureUnit[], kept: Uint8Array, out: Uint8Array): void {
  const long = (i: number): boolean => kept[i] === 1 && (units[i]?.tokens ?? 0) >= BLOCK_TOKENS;
  out.fill(0);
  let first = 0;
  for (let i = 0; i < units.length; i++) {
    out[i] = 1;
    first = i;
    if (long(i)) break;
  }
  // The last two kept lines over the first such line: a title and a standfirst, or a kicker and a
  // title, stand there (the page-head rule and the stub rule leave them too).
  for (let i = first - 1, titles = 0; i >= 0 && titles < TITLE_LINES; i--) {
    if (kept[i] !== 1) continue;
    out[i] = 0;
    titles++;
  }
  for (let i = units.length - 1; i >= 0; i--) {
    out[i] = 1;
    if (long(i)) break;
  }
}

/**
 * Per unit, into `out`: how many kept units of BLOCK_TOKENS or more stand between it and the nearest
 * chrome (`found(i)`: a unit cut as chrome by a rule or by the model), on the nearer side, the unit
 * itself counted. Chrome comes in blocks: menus, link lists and footers stand by chrome the rules
 * name, with no line of text between. A list, a table or a record far inside the text, with the
 * text's lines on both sides of it (a directory of organisations under an article, a forum post's
 * list, a catalogue record), is the text's, however much it looks like a menu. Held out, this
 * spared half the keep lines the model cut on CleanEval's pages and most on its crops (docs/accuracy.md).
 */
export function linesApart(units: readonly FeatureUnit[], kept: (i: number) => boolean, found: (i: number) => boolean, out: Int32Array): void {
  const [k, f] = flags(units.length, kept, found);
  const long = longOf(units);
  apartForward(long, k, f, out);
  apartBackward(long, k, f, out, null);
}

/** kept(i) and found(i) for each unit, as two arrays of 0 and 1. */
function flags(n: number, kept: (i: number) => boolean, found: (i: number) => boolean): [Uint8Array, Uint8Array] {
  const k = new Uint8Array(n);
  const f = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    k[i] = kept(i) ? 1 : 0;
    f[i] = found(i) ? 1 : 0;
  }
  return [k, f];
}

/** 1 for each unit of BLOCK_TOKENS or more. */
function longOf(units: readonly FeatureUnit[]): Uint8Array {
  return Uint8Array.from(units, (u) => (u.tokens >= BLOCK_TOKENS ? 1 : 0));
}

const FAR_APART = 1 << 30;

/** linesApart's count on the side before each unit, over arrays (findModelCuts reads it in flagsForward). */
function apartForward(long: Uint8Array, kept: Uint8Array, found: Uint8Array, out: Int32Array): void {
  let d = FAR_APART;
  for (let i = 0; i < kept.length; i++) {
    if (found[i] === 1) d = 0;
    else if (kept[i] === 1 && long[i] === 1 && d < FAR_APART) d++;
    out[i] = d;
  }
}

/**
 * Per unit, into `out` (AROUND_COUNT values a unit), where the chrome found (`found(i)`) stands
 * around it: whether the nearest unit before it that is kept or found is chrome, the same after
 * it, linesApart's count (`apart`: kept lines of BLOCK_TOKENS or more between) and the kept units of
 * any length between it and the nearest chrome, both on a log scale. Units neither kept nor found
 * (a copy cut, a stub) are passed over. The other features read kept units only, so the model did
 * not see that a line stands in a block of chrome the rules cut, and chrome comes in blocks.
 */
export function chromeAround(units: readonly FeatureUnit[], kept: (i: number) => boolean, found: (i: number) => boolean, apart: Int32Array, out: Float64Array): void {
  const [k, f] = flags(units.length, kept, found);
  aroundForward(k, f, out);
  // A copy: apartBackward works `apart` out again on its way (as it is, when it is whole).
  apartBackward(longOf(units), k, f, apart.slice(), out);
}

const FAR_AROUND = 50;
/** log1p(k) for k up to FAR_AROUND: the features on a log scale of a count chromeAround caps there. */
const LOG1P = Float64Array.from({ length: FAR_AROUND + 1 }, (_, k) => Math.log1p(k));

/** chromeAround's features on the side before each unit (findModelCuts reads them in flagsForward). */
function aroundForward(kept: Uint8Array, found: Uint8Array, out: Float64Array): void {
  let last = 0;
  let dist = FAR_AROUND;
  for (let i = 0; i < kept.length; i++) {
    out[i * AROUND_COUNT] = last;
    if (found[i] === 1) dist = 0;
    else if (kept[i] === 1) dist = Math.min(dist + 1, FAR_AROUND);
    out[i * AROUND_COUNT + 3] = dist;
    if (found[i] === 1) last = 1;
    else if (kept[i] === 1) last = 0;
  }
}

/** Lines of fewer tokens are items of a list (the text's prose has more). */
const ITEM_TOKENS = 20;
/** Items numbered 1, 2, 3 in turn under a line ending in a colon: the text's own list. */
const COUNTED_ITEMS = 3;

/**
 * Positions in `order` of the items of a list that a sentence of the text introduces ("Risk factors
 * for osteoporosis include:" then "Chronic malnutrition", "Smoking", …), and the sentence: the short
 * lines between it and the next paragraph of prose; or a shorter line ending in a colon right under
 * the text's prose (underProse); or any line ending in a colon over lines numbered 1, 2, 3, … in
 * turn, up to the last of them ("From left to right:" / "1. Owls Of The British Isles Wallpaper" /
 * "2. Blue Floral Wallpaper" / …: held out, 8 of dragnet's crop keep lines, no chrome). They are
 * the writer's list, however much they look like a menu
 * (the context rules spare such a list too). Held out, this spared 57 of CleanEval's keep lines
 * for 16 lines of chrome (docs/accuracy.md).
 */
export function introducedLists(units: readonly FeatureUnit[], order: readonly number[]): Uint8Array {
  const listed = new Uint8Array(order.length);
  for (let k = 0; k < order.length; k++) {
    const u = units[order[k] ?? -1];
    // introducesList asks for a colon at the end first: most paragraphs have none.
    if (!u || u.kind !== "paragraph" || !endsInColon(u)) continue;
    // A list numbered from 1 in turn under it is the text's (a top ten, a recipe's steps), whatever follows it.
    const counted = countedFrom(units, order, k + 1);
    if (counted >= COUNTED_ITEMS) {
      listed.fill(1, k, k + 1 + counted);
      continue;
    }
    if (!(introducesList(u.text, u.tokens) || underProse(units, order, k))) continue;
    let j = k + 1;
    while (j < order.length && (units[order[j] ?? -1]?.tokens ?? ITEM_TOKENS) < ITEM_TOKENS && units[order[j] ?? -1]?.kind !== "code") j++;
    // Closed by the text's prose: a page's last sentence before its chrome ("Watch the video:")
    // has no prose after its "list".
    const close = units[order[j] ?? -1];
    if (j === k + 1 || !close || close.kind !== "paragraph" || close.tokens < ITEM_TOKENS) continue;
    // The sentence too: cut, it would leave its list unintroduced in the next round.
    listed.fill(1, k, j);
  }
  return listed;
}

/**
 * Whether the line at position k of `order` (one ending in a colon) is the text's own lead-in, however
 * short: it stands right under a paragraph of prose, nothing kept or cut between ("… the 1991
 * Final." / "His record stands thus:" / a table of his clubs), and the line under it is no label
 * ending in a colon too (a form's fields under its instructions: "From (your e-mail):" / "To:").
 * Held out, this spared a footballer's career table (5 keep lines) and no chrome was lost.
 */
function underProse(units: readonly FeatureUnit[], order: readonly number[], k: number): boolean {
  const i = order[k] ?? -1;
  const p = units[i - 1];
  const next = units[order[k + 1] ?? -1];
  return k > 0 && order[k - 1] === i - 1 && !!p && p.kind === "paragraph" && p.tokens >= ITEM_TOKENS && !(next && endsInColon(next));
}

/** A line's number, as a numbered list writes it ("1. ", "2) "). */
const NUMBERED = /^\s*(\d{1,3})[.)]\s/;

/** How many lines from position k of `order` on are numbered 1, 2, 3, … in turn. */
function countedFrom(units: readonly FeatureUnit[], order: readonly number[], k: number): number {
  let n = 0;
  while (k + n < order.length && Number(NUMBERED.exec(units[order[k + n] ?? -1]?.text ?? "")?.[1]) === n + 1) n++;
  return n;
}

/** A date alone on a line has at most this many tokens ("Friday, 17 June 2006", "June 23 - 24, 2006"). */
const DATE_TOKENS = 8;

/**
 * Marks in `listed` (positions in `order`) the runs of short lines (of fewer than ITEM_TOKENS
 * tokens, three or more, nothing but kept lines) of which a third or more are a date alone ("June
 * 23, 2006"): entries each under its date, an archive or a diary the text is made of. The context
 * rules read such a run as the author's list of records; the model cut them as a menu. Held out,
 * this spared the 74 keep lines of a portal's archive of weekly lists (CleanEval) for 11 lines of
 * chrome (docs/accuracy.md). A month alone ("March 2012", an archive's menu) is no date here.
 */
export function datedEntries(units: readonly FeatureUnit[], order: readonly number[], listed: Uint8Array, dates: Uint8Array = dateLines(units)): void {
  for (let a = 0; a < order.length; ) {
    let b = a;
    let count = 0;
    for (; b < order.length; b++) {
      const i = order[b] ?? -1;
      const u = units[i];
      if (!u || u.tokens >= ITEM_TOKENS || u.kind === "code") break;
      count += dates[i] ?? 0;
    }
    if (b - a >= 3 && count * 3 >= b - a) listed.fill(1, a, b);
    a = b + 1;
  }
}

/**
 * Per unit, 1 where it is a date alone (DATE_LINE), worked out once for all of the model's rounds.
 * Every such date ends in a figure: the expression is asked only of a short line that does (asked of
 * every short line at every round, it took a tenth of what the model adds to clean() on pages).
 */
export function dateLines(units: readonly FeatureUnit[]): Uint8Array {
  return shortLines(units)[0];
}

/** dateLines and emailLines in one pass over the units. */
function shortLines(units: readonly FeatureUnit[]): [Uint8Array, Uint8Array] {
  const dates = new Uint8Array(units.length);
  const emails = new Uint8Array(units.length);
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as FeatureUnit;
    if (u.tokens === 0 || (u.tokens > DATE_TOKENS && u.tokens > EMAIL_TOKENS)) continue;
    const s = u.src ?? u.text;
    const from = u.src !== undefined ? (u.from ?? 0) : 0;
    const to = u.src !== undefined ? (u.to ?? s.length) : s.length;
    let k = to - 1;
    while (k >= from && isWhiteSpace(s.charCodeAt(k))) k--;
    const c = s.charCodeAt(k);
    if (u.tokens <= DATE_TOKENS && k >= from && c >= 48 && c <= 57 && DATE_LINE.test(u.text.trim())) dates[i] = 1;
    if (u.tokens > EMAIL_TOKENS) continue;
    k = from;
    while (k < to && s.charCodeAt(k) !== 64) k++;
    if (k < to && EMAIL_ALONE.test(u.text.trim())) emails[i] = 1;
  }
  return [dates, emails];
}

/** The white space trim() takes. */

/**
 * Marks in `listed` an e-mail address alone on a line beside a line with a telephone number, and
 * that line: a contact record (a press release's contacts, a directory of organisations), which the
 * rules leave as the text's too (standing.ts). Held out, the model had cut a press release's
 * "Marcy Polanco, +1-212-975-3327" / "marcy.polanco@bet.net".
 */
export function contactRecords(units: readonly FeatureUnit[], order: readonly number[], listed: Uint8Array, emails: Uint8Array = emailLines(units)): void {
  for (let k = 0; k < order.length; k++) {
    if (emails[order[k] ?? -1] !== 1) continue;
    for (const j of [k - 1, k + 1]) {
      const v = units[order[j] ?? -1];
      if (v && v.kind !== "code" && PHONE.test(v.text)) {
        listed[k] = 1;
        listed[j] = 1;
      }
    }
  }
}

/** Per unit, 1 where it is an e-mail address alone; read in place, and the expression asked only of a short line with an @. */
export function emailLines(units: readonly FeatureUnit[]): Uint8Array {
  return shortLines(units)[1];
}

/** An e-mail address alone on a line has at most this many tokens. */
const EMAIL_TOKENS = 8;

/** Lines the rules cut as chrome in a text before the model reads it. */
export const CHROME_EVIDENCE = 2;
/**
 * The most units a text the model reads may keep after the rules: ten times the longest page it was
 * trained on (about 1,000 kept lines). Past that a text is no page but many (a crawl's dump, a
 * corpus streamed through) or a book, whose position and whole-text features no page gave; the
 * model's cuts there were a book's chapter titles and lines (9 on the bench's big.txt, each wrong),
 * and reading it cost a tenth of the run.
 */
export const PAGE_UNITS_MAX = 10_000;

/** Whether a text with `evidence` lines the rules cut as chrome and `kept` units kept may be a page (CHROME_EVIDENCE, PAGE_UNITS_MAX). */
export function pageSized(evidence: number, kept: number): boolean {
  return evidence >= CHROME_EVIDENCE && kept <= PAGE_UNITS_MAX;
}

/** A paragraph of this many tokens is prose enough to show how the text is laid out. */
const LAYOUT_TOKENS = 8;

/**
 * Whether the model reads this text at all: laid out as scraped pages are, one paragraph to a line
 * (a book or a hard-wrapped document has title pages and tables of contents that look like chrome
 * but are its own), with chrome the rules found (an article with a list of fixtures in it has none),
 * and no longer than a page (PAGE_UNITS_MAX). Like the context rules, this judges the whole text (or
 * a stream's segment).
 */
export function readsAsPage(units: readonly FeatureUnit[], kept: (i: number) => boolean, chrome: (i: number) => boolean): boolean {
  const n = units.length;
  return standingOf(units, kept, chrome, () => false, new Uint8Array(n), new Uint8Array(n)) !== NO_PAGE;
}

/** The feature rows of the kept units the model may cut (the training script reads these too). */
export function candidateRows(units: readonly FeatureUnit[], kept: (i: number) => boolean, maxWords: number, chrome: (i: number) => boolean = () => false): { unit: number; row: Float64Array; apart: number; edge: boolean }[] {
  const order = units.map((_, i) => i).filter(kept);
  const out: { unit: number; row: Float64Array; apart: number; edge: boolean }[] = [];
  const found = (i: number): boolean => !kept(i) && chrome(i);
  const apart = new Int32Array(units.length);
  const around = new Float64Array(units.length * AROUND_COUNT);
  linesApart(units, kept, found, apart);
  chromeAround(units, kept, found, apart, around);
  const edge = new Uint8Array(units.length);
  edgesIn(units, Uint8Array.from(units, (_, i) => (kept(i) ? 1 : 0)), edge);
  featureRows(units, order, candidates(units, order, maxWords), newFeatureCache(units.length), (k, row) => out.push({ unit: order[k] ?? -1, row: row.slice(), apart: apart[order[k] ?? -1] ?? 0, edge: edge[order[k] ?? -1] === 1 }), undefined, around);
  return out;
}

/** Positions in `order` of the units the model may cut. */
function candidates(units: readonly FeatureUnit[], order: readonly number[], maxWords: number): number[] {
  const want: number[] = [];
  for (let k = 0; k < order.length; k++) if (cuttable(units[order[k] ?? -1] as FeatureUnit, maxWords)) want.push(k);
  return want;
}

/** candidates() less those more than BLOCK_GAP apart from chrome found (`apart`) and not at the text's edge (`edge`). */
function wanted(units: readonly FeatureUnit[], order: readonly number[], maxWords: number, apart: Int32Array, edge: Uint8Array): number[] {
  const want: number[] = [];
  for (let k = 0; k < order.length; k++) {
    const i = order[k] ?? -1;
    if (((apart[i] ?? 0) <= BLOCK_GAP || edge[i] === 1) && cuttable(units[i] as FeatureUnit, maxWords)) want.push(k);
  }
  return want;
}

/** Whether the model may cut unit u: a line of text (CUTTABLE) of at most `maxWords` tokens. */
function cuttable(u: FeatureUnit, maxWords: number): boolean {
  return u.tokens > 0 && u.tokens <= maxWords && (u.kind === "paragraph" || u.kind === "verse" || u.kind === "list-item");
}
