#!/usr/bin/env node
// npm run train [-- --eval] [-- --folds-out DIR] [-- --model logistic|trees] [-- --trees N --depth D --threshold T]
// Procedures measured (docs/accuracy.md, "A ninth round"; none is the default): --rate R, --lambda L,
// --min-leaf N, --subsample F (rows per tree), --doc-subsample F (documents per tree), --colsample F,
// --bags N (N models, each without one Nth of the documents, their log-odds averaged),
// --source-weight equal, --train-weight SOURCE=W,…, --leave-out FEATURE,… (never split on),
// --perturb K/N (train without the Kth of N parts of the documents: how far a retraining moves the
// folds), --drop-docs FILE (train without the documents it names, one a line), --per-doc FILE (each held-out document's counts), --inner (each training source held out
// from the rest, at thresholds from 0.9 to 0.99).
// Trains the page model (src/core/boilerplate/page-model.json) on the labelled pages of
// ../shared/eval/wide-dev and ../shared/eval/dev, deterministically. With --eval, each of
// wide-dev's three sources is held out in turn: a model is trained on the other two (and dev)
// and measured on the held-out source (in process, lines
// counted as score.py counts them when the output keeps whole lines). --folds-out DIR writes each
// fold's weights, for score.py runs with WINNOW_PAGE_MODEL=DIR/fold-SOURCE.json.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { analyze, buildRuleSet, clean, resolveOptions } from "../dist/index.js";
import { modelUnits } from "../dist/core/boilerplate/apply-page-model.js";
import { candidateRows, isWritersProse, packTrees, readsAsPage, scoreRow } from "../dist/core/boilerplate/page-model.js";
import { FEATURE_NAMES } from "../dist/core/boilerplate/line-features.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const SHARED = path.resolve(ROOT, "..", "shared", "eval");
const OUT = path.join(ROOT, "src", "core", "boilerplate", "page-model.json");
const SOURCES = ["cleaneval", "dragnet", "l3sgn1"];
const MAX_WORDS = 40;
/** Model cuts must be right this often on the training data (out of fold) to set the threshold. */
/**
 * A model cut needs this confidence. Chosen on the training sources out of fold it swung from 0.9
 * to 1 with the source left out (the three benchmarks label comments, forum names and lists
 * differently), so it is set by hand: 0.97 with 150 trees of depth 3; 0.98 with 300 trees of depth
 * 4; 0.97 with 200 trees of depth 4, the size since, two thirds of the scoring time; 0.975 since
 * the features of chrome found around a line (all picked with the held-out folds in view:
 * docs/accuracy.md says so, with the sizes measured).
 */
let THRESHOLD = 0.975;

const { values: args } = parseArgs({
  options: {
    eval: { type: "boolean", default: false },
    "folds-out": { type: "string" },
    model: { type: "string", default: "trees" },
    "no-write": { type: "boolean", default: false },
    threshold: { type: "string" },
    trees: { type: "string" },
    depth: { type: "string" },
    rate: { type: "string" },
    "min-leaf": { type: "string" },
    lambda: { type: "string" },
    subsample: { type: "string" },
    colsample: { type: "string" },
    "doc-subsample": { type: "string" },
    bags: { type: "string" },
    "source-weight": { type: "string" },
    perturb: { type: "string" },
    "per-doc": { type: "string" },
    "inner": { type: "boolean", default: false },
    "train-weight": { type: "string" },
    "leave-out": { type: "string" },
    "drop-docs": { type: "string" },
  },
});
if (args.threshold) THRESHOLD = Number(args.threshold);
if (!existsSync(path.join(SHARED, "wide-dev"))) {
  console.error(`train: ${path.join(SHARED, "wide-dev")} not found`);
  process.exit(2);
}
const log = (s) => process.stderr.write(s + "\n");

// ---- data ----
function loadSet(dir, set) {
  const docs = [];
  for (const f of readdirSync(path.join(dir, "docs")).sort()) {
    if (!f.endsWith(".txt")) continue;
    const name = f.slice(0, -4);
    const labels = JSON.parse(readFileSync(path.join(dir, "labels", name + ".json"), "utf8"));
    const source = set === "dev" ? "dev" : (SOURCES.find((s) => name.includes(`-${s}-`)) ?? "other");
    docs.push({ name, set, source, kind: labels.kind, text: readFileSync(path.join(dir, "docs", f), "utf8"), lines: labels.lines });
  }
  return docs;
}
const docs = [...loadSet(path.join(SHARED, "wide-dev"), "wide"), ...loadSet(path.join(SHARED, "dev"), "dev")];
log(`train: ${docs.length} documents`);

const base = resolveOptions({});
const baseRules = buildRuleSet(base);

/** Per document: line labels by 0-based line, the lines the rules cut, and the candidate rows with labels. */
function prepare(d) {
  const label = new Map();
  for (const r of d.lines) label.set(r.line - 1, r.soft ? "soft" : r.label);
  const ruled = clean(d.text, base);
  const cutLines = new Set();
  const chromeLines = new Set();
  for (const c of ruled.cuts) {
    if (c.prefix) continue;
    const chrome = c.kind === "boilerplate" && c.rule !== "stub";
    for (let l = c.startLine - 1; l < c.endLine; l++) {
      cutLines.add(l);
      if (chrome) chromeLines.add(l);
    }
  }
  const a = analyze(d.text, base, baseRules);
  const feat = modelUnits(a);
  const keptUnit = (i) => {
    const u = a.units[i];
    for (let l = u.first; l <= u.last; l++) if (cutLines.has(l)) return false;
    return true;
  };
  const rows = [];
  const chromeUnit = (i) => chromeLines.has(a.units[i].first);
  if (!readsAsPage(feat, keptUnit, chromeUnit)) return { rows: [] };
  for (const { unit, row } of candidateRows(feat, keptUnit, MAX_WORDS, chromeUnit)) {
    const u = a.units[unit];
    let y = null;
    for (let l = u.first; l <= u.last; l++) {
      const lab = label.get(l);
      if (lab === "keep") y = 0;
      else if (lab === "boilerplate" && y === null) y = 1;
      else if (lab === "duplicate" && y === null) y = -1;
    }
    if (y === 0 || y === 1) rows.push({ x: Array.from(row), y, prose: isWritersProse(row) });
  }
  return { rows };
}
for (const d of docs) Object.assign(d, prepare(d));
log(`train: ${docs.reduce((n, d) => n + d.rows.length, 0)} candidate lines`);

// ---- models ----
/** Features the trees never split on (--leave-out a,b,c): the rows still carry them. */
const leftOut = new Set((args["leave-out"] ?? "").split(",").filter(Boolean));
for (const f of leftOut) if (!FEATURE_NAMES.includes(f)) throw new Error(`train: no feature ${f}`);
function trainLogistic(X, y) {
  const n = X.length;
  const k = FEATURE_NAMES.length;
  const mean = new Array(k).fill(0);
  const scale = new Array(k).fill(0);
  for (const x of X) for (let j = 0; j < k; j++) mean[j] += x[j] / n;
  for (const x of X) for (let j = 0; j < k; j++) scale[j] += (x[j] - mean[j]) ** 2 / n;
  for (let j = 0; j < k; j++) scale[j] = Math.sqrt(scale[j]) || 1;
  const Z = X.map((x) => x.map((v, j) => (v - mean[j]) / scale[j]));
  const w = new Array(k).fill(0);
  let b = 0;
  const l2 = 1e-3;
  for (let it = 0; it < 400; it++) {
    const gw = new Array(k).fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      let z = b;
      for (let j = 0; j < k; j++) z += w[j] * Z[i][j];
      const e = 1 / (1 + Math.exp(-z)) - y[i];
      gb += e / n;
      for (let j = 0; j < k; j++) gw[j] += (e * Z[i][j]) / n;
    }
    for (let j = 0; j < k; j++) w[j] -= 0.5 * (gw[j] + l2 * w[j]);
    b -= 0.5 * gb;
  }
  const r = (v) => Math.round(v * 1e6) / 1e6;
  return { kind: "logistic", weights: w.map(r), bias: r(b), mean: mean.map(r), scale: scale.map(r) };
}

/** Gradient-boosted regression trees on the logistic loss, split points on quantile bins. */
function trainTrees(X, y, { trees = 200, depth = 4, rate = 0.1, minLeaf = 20, bins = 32, lambda = 1, subsample = 1, colsample = 1, docSubsample = 1, doc = null, seed = 1, w = null } = {}) {
  const n = X.length;
  const weight = w ?? new Float64Array(n).fill(1);
  const rand = prng(seed);
  const k = FEATURE_NAMES.length;
  const cuts = [];
  for (let j = 0; j < k; j++) {
    const vals = X.map((x) => x[j]).sort((p, q) => p - q);
    const c = [];
    for (let b = 1; b < bins; b++) {
      const v = vals[Math.floor((b * n) / bins)];
      if (c.length === 0 || v > c[c.length - 1]) c.push(v);
    }
    cuts.push(c);
  }
  const binOf = X.map((x) => x.map((v, j) => {
    const c = cuts[j];
    let lo = 0;
    let hi = c.length;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (v <= c[m]) hi = m;
      else lo = m + 1;
    }
    return lo;
  }));
  const pos = y.reduce((s, v) => s + v, 0);
  const baseScore = Math.log((pos + 1) / (n - pos + 1));
  const F = new Float64Array(n).fill(baseScore);
  const out = [];
  for (let t = 0; t < trees; t++) {
    const g = new Float64Array(n);
    const h = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-F[i]));
      g[i] = weight[i] * (y[i] - p);
      h[i] = weight[i] * Math.max(p * (1 - p), 1e-6);
    }
    const rowsOfTree = [];
    const docIn = [];
    if (doc) for (let e = 0; e <= doc[n - 1]; e++) docIn.push(docSubsample >= 1 || rand() < docSubsample);
    for (let i = 0; i < n; i++) if ((subsample >= 1 || rand() < subsample) && (!doc || docIn[doc[i]])) rowsOfTree.push(i);
    const colsOfTree = [];
    for (let j = 0; j < k; j++) if ((colsample >= 1 || rand() < colsample) && !leftOut.has(FEATURE_NAMES[j])) colsOfTree.push(j);
    const tree = { feature: [], threshold: [], left: [], right: [], value: [] };
    const grow = (idx, d) => {
      const node = tree.feature.length;
      tree.feature.push(-1);
      tree.threshold.push(0);
      tree.left.push(-1);
      tree.right.push(-1);
      tree.value.push(0);
      let G = 0;
      let H = 0;
      for (const i of idx) {
        G += g[i];
        H += h[i];
      }
      tree.value[node] = Math.round(((rate * G) / (H + lambda)) * 1e6) / 1e6;
      if (d >= depth || idx.length < 2 * minLeaf) return node;
      let best = { gain: 1e-9, j: -1, b: -1 };
      for (const j of colsOfTree) {
        const nb = cuts[j].length + 1;
        const Gb = new Float64Array(nb);
        const Hb = new Float64Array(nb);
        const Cb = new Int32Array(nb);
        for (const i of idx) {
          const b = binOf[i][j];
          Gb[b] += g[i];
          Hb[b] += h[i];
          Cb[b]++;
        }
        let GL = 0;
        let HL = 0;
        let CL = 0;
        for (let b = 0; b < nb - 1; b++) {
          GL += Gb[b];
          HL += Hb[b];
          CL += Cb[b];
          if (CL < minLeaf || idx.length - CL < minLeaf) continue;
          const GR = G - GL;
          const HR = H - HL;
          const gain = (GL * GL) / (HL + lambda) + (GR * GR) / (HR + lambda) - (G * G) / (H + lambda);
          if (gain > best.gain) best = { gain, j, b };
        }
      }
      if (best.j < 0) return node;
      const thr = cuts[best.j][best.b];
      tree.feature[node] = best.j;
      tree.threshold[node] = thr;
      const L = idx.filter((i) => binOf[i][best.j] <= best.b);
      const R = idx.filter((i) => binOf[i][best.j] > best.b);
      tree.left[node] = grow(L, d + 1);
      tree.right[node] = grow(R, d + 1);
      return node;
    };
    grow(rowsOfTree, 0);
    for (let i = 0; i < n; i++) {
      let nd = 0;
      while (tree.feature[nd] >= 0) nd = X[i][tree.feature[nd]] <= tree.threshold[nd] ? tree.left[nd] : tree.right[nd];
      F[i] += tree.value[nd];
    }
    out.push(tree);
  }
  // Packed: the built-in weights are read at every start-up (page-model.ts).
  return { kind: "trees", base: Math.round(baseScore * 1e6) / 1e6, trees: out };
}

/** A deterministic stream of numbers in [0, 1) (mulberry32). */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A document's name as a number, for splitting documents into bags the same way every run. */
function nameHash(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

function train(trainDocs, kind) {
  if (args["drop-docs"]) {
    const drop = new Set(readFileSync(args["drop-docs"], "utf8").split("\n").filter(Boolean));
    trainDocs = trainDocs.filter((d) => !drop.has(d.name));
  }
  if (args.perturb) {
    const [k, of] = args.perturb.split("/").map(Number);
    trainDocs = trainDocs.filter((d) => nameHash(d.name + "#p") % of !== k);
  }
  const shape = {};
  if (args.trees) shape.trees = Number(args.trees);
  if (args.depth) shape.depth = Number(args.depth);
  if (args.rate) shape.rate = Number(args.rate);
  if (args["min-leaf"]) shape.minLeaf = Number(args["min-leaf"]);
  if (args.lambda) shape.lambda = Number(args.lambda);
  if (args.subsample) shape.subsample = Number(args.subsample);
  if (args.colsample) shape.colsample = Number(args.colsample);
  const bags = Number(args.bags ?? 1);
  const rowsOf = (ds) => {
    const X = [];
    const y = [];
    const w = [];
    const doc = [];
    // Each source weighs the same in all (--source-weight equal), or a row weighs 1.
    const per = new Map();
    for (const d of ds) per.set(d.source, (per.get(d.source) ?? 0) + d.rows.length);
    const all = [...per.values()].reduce((a, b) => a + b, 0);
    for (const [e, d] of ds.entries()) for (const r of d.rows) {
      doc.push(e);
      X.push(r.x);
      y.push(r.y);
      const sw = Object.fromEntries((args["train-weight"] ?? "").split(",").filter(Boolean).map((p) => p.split("=")).map(([a, b]) => [a, Number(b)]));
      w.push((args["source-weight"] === "equal" ? all / (per.size * per.get(d.source)) : 1) * (sw[d.source] ?? 1));
    }
    return { X, y, w: Float64Array.from(w), doc: Int32Array.from(doc) };
  };
  if (kind === "logistic") {
    const { X, y } = rowsOf(trainDocs);
    return { features: [...FEATURE_NAMES], threshold: THRESHOLD, maxWords: MAX_WORDS, ...trainLogistic(X, y) };
  }
  const models = [];
  for (let b = 0; b < bags; b++) {
    const ds = bags === 1 ? trainDocs : trainDocs.filter((d) => nameHash(d.name) % bags !== b);
    const { X, y, w, doc } = rowsOf(ds);
    models.push(trainTrees(X, y, { ...shape, seed: 1 + b, w, doc: args["doc-subsample"] ? doc : null, docSubsample: Number(args["doc-subsample"] ?? 1) }));
  }
  // Bags averaged: their log-odds, each tree's leaves divided by the number of bags.
  const trees = models.flatMap((m) => m.trees.map((t) => (bags === 1 ? t : { ...t, value: t.value.map((v) => Math.round((v / bags) * 1e6) / 1e6) })));
  const base = Math.round((models.reduce((z, m) => z + m.base, 0) / bags) * 1e6) / 1e6;
  return { features: [...FEATURE_NAMES], threshold: THRESHOLD, maxWords: MAX_WORDS, kind: "trees", base, packed: packTrees(trees) };
}

// ---- evaluation, as score.py counts lines ----
function evaluate(testDocs, model) {
  const byKind = new Map();
  for (const d of testDocs) {
    const r = clean(d.text, model ? { pageModel: model } : {});
    const cut = new Set();
    for (const c of r.cuts) if (!c.prefix) for (let l = c.startLine - 1; l < c.endLine; l++) cut.add(l);
    const k = byKind.get(d.kind) ?? { tp: 0, fp: 0, fn: 0, keep: 0 };
    byKind.set(d.kind, k);
    const before = { ...k };
    for (const line of d.lines) {
      if (line.soft) continue;
      const removed = cut.has(line.line - 1);
      if (line.label === "keep") {
        k.keep++;
        if (removed) k.fp++;
      } else if (removed) k.tp++;
      else k.fn++;
    }
    if (args["per-doc"] && model) writeFileSync(args["per-doc"], `${d.name}\t${k.tp - before.tp}\t${k.fp - before.fp}\t${k.fn - before.fn}\n`, { flag: "a" });
  }
  const rows = {};
  for (const [kind, k] of byKind) {
    const p = k.tp / (k.tp + k.fp || 1);
    const r = k.tp / (k.tp + k.fn || 1);
    rows[kind] = { P: p, R: r, F1: p + r ? (2 * p * r) / (p + r) : 0, keepRemoved: k.fp / (k.keep || 1), fp: k.fp, keep: k.keep, tp: k.tp, fn: k.fn };
  }
  return rows;
}
const fmt = (x) => x.toFixed(3);
const show = (label, rows) => {
  for (const [kind, v] of Object.entries(rows).sort()) log(`  ${label.padEnd(28)} ${kind.padEnd(8)} P ${fmt(v.P)} R ${fmt(v.R)} F1 ${fmt(v.F1)} keep removed ${(100 * v.keepRemoved).toFixed(1)} % (${v.fp} of ${v.keep})`);
};

/**
 * The training sources' own figures at each threshold, each held out in turn from the rest of the
 * training data (dev counted as a source): lines as evaluate() counts them, pooled.
 */
const GRID = [0.9, 0.92, 0.94, 0.95, 0.96, 0.97, 0.975, 0.98, 0.99];
function innerTable(trainDocs, kind) {
  const sources = [...new Set(trainDocs.map((d) => d.source))].sort();
  const pooled = GRID.map(() => ({ tp: 0, fp: 0, fn: 0, keep: 0, fp0: 0, tp0: 0 }));
  const per = [];
  for (const s of sources) {
    const m = train(trainDocs.filter((d) => d.source !== s), kind);
    const test = trainDocs.filter((d) => d.source === s);
    const rules = evaluateCounts(test, null);
    GRID.forEach((t, g) => {
      const c = evaluateCounts(test, { ...m, threshold: t });
      const p = pooled[g];
      p.tp += c.tp; p.fp += c.fp; p.fn += c.fn; p.keep += c.keep; p.fp0 += rules.fp; p.tp0 += rules.tp;
      per.push({ s, t, ...c, fp0: rules.fp, tp0: rules.tp });
    });
  }
  return { pooled, per };
}
function evaluateCounts(testDocs, model) {
  const k = { tp: 0, fp: 0, fn: 0, keep: 0 };
  for (const v of Object.values(evaluate(testDocs, model))) {
    k.tp += v.tp; k.fp += v.fp; k.fn += v.fn; k.keep += v.keep;
  }
  return k;
}

const kind = args.model;
if (args.inner) {
  for (const held of SOURCES) {
    const { pooled, per } = innerTable(docs.filter((d) => d.source !== held), kind);
    log(`outer ${held} held out; inner folds of the training sources:`);
    for (const r of per) log(`  ${r.s.padEnd(10)} t ${r.t} tp ${r.tp} (+${r.tp - r.tp0}) fp ${r.fp} (+${r.fp - r.fp0}) fn ${r.fn} keep ${r.keep}`);
    GRID.forEach((t, g) => {
      const p = pooled[g];
      const P = p.tp / (p.tp + p.fp), R = p.tp / (p.tp + p.fn);
      log(`  pooled t ${t}: F1 ${fmt((2 * P * R) / (P + R))} added chrome ${p.tp - p.tp0} added keep ${p.fp - p.fp0} of ${p.keep} (${(100 * (p.fp - p.fp0) / p.keep).toFixed(2)} %)`);
    });
  }
}
if (args.eval) {
  for (const held of SOURCES) {
    const trainDocs = docs.filter((d) => d.source !== held);
    const testDocs = docs.filter((d) => d.source === held);
    const threshold = THRESHOLD;
    const m = { ...train(trainDocs, kind), threshold };
    if (args["folds-out"]) {
      mkdirSync(args["folds-out"], { recursive: true });
      writeFileSync(path.join(args["folds-out"], `fold-${held}.json`), JSON.stringify(m) + "\n");
    }
    log(`held out ${held} (${testDocs.length} documents), threshold ${threshold}:`);
    show("rules only", evaluate(testDocs, null));
    show(`rules + ${kind}`, evaluate(testDocs, m));
  }
}
if (!args["no-write"]) {
  const threshold = THRESHOLD;
  const m = { ...train(docs, kind), threshold };
  writeFileSync(OUT, JSON.stringify(m) + "\n");
  log(`train: wrote ${path.relative(ROOT, OUT)} (${kind}, threshold ${threshold})`);
}
