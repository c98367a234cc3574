#!/usr/bin/env node
// node scripts/false-removals.mjs [--set wide-dev|dev] [--model] [--folds DIR] [--rule NAME] [--rows FILE]
// The keep lines winnow removes on a labelled evaluation set (../shared/eval/SET), by the rule that
// cut each and by source and kind, beside the boilerplate lines each rule removes (lines counted as
// the labels number them; soft lines left out). --rule lists that rule's removed keep lines with the
// lines around them; --rows writes every removed keep line as JSON. Needs `npm run build` first.
// With --model the built-in page model is on; with --folds DIR (written by `npm run train -- --eval
// --folds-out DIR`) each wide-dev document is cleaned with the fold that held its source out, so the
// model's removals are counted as held out. In process: a run over wide-dev takes seconds.
import { readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { clean, resolveOptions, PAGE_MODEL } from "../dist/index.js";

const { values: args } = parseArgs({ options: { set: { type: "string", default: "wide-dev" }, model: { type: "boolean", default: false }, folds: { type: "string" }, rule: { type: "string" }, rows: { type: "string" } } });
const dir = path.resolve(import.meta.dirname, "..", "..", "shared", "eval", args.set);
if (!existsSync(path.join(dir, "labels"))) {
  console.error(`false-removals: ${dir} not found`);
  process.exit(2);
}
const SOURCES = ["cleaneval", "dragnet", "l3sgn1"];
const options = resolveOptions(args.model ? { pageModel: PAGE_MODEL } : {});
// A source's held-out fold: the weights trained without it.
const foldOptions = new Map(args.folds ? SOURCES.map((s) => [s, resolveOptions({ pageModel: JSON.parse(readFileSync(path.join(args.folds, `fold-${s}.json`), "utf8")) })]) : []);
const keepByRule = new Map();
const boilerplateByRule = new Map();
const bySource = new Map();
const keepBySource = new Map();
const rows = [];
let keep = 0;
let boilerplate = 0;
let boilerplateRemoved = 0;
const add = (m, k, n = 1) => m.set(k, (m.get(k) ?? 0) + n);
for (const f of readdirSync(path.join(dir, "docs")).sort()) {
  if (!f.endsWith(".txt")) continue;
  const name = f.slice(0, -4);
  const labels = JSON.parse(readFileSync(path.join(dir, "labels", name + ".json"), "utf8"));
  const from = SOURCES.find((s) => name.includes(`-${s}-`));
  const source = `${from ?? args.set} ${labels.kind}`;
  const byLine = new Map(labels.lines.map((l) => [l.line, l]));
  for (const l of labels.lines) if (l.label === "keep" && !l.soft) { keep++; add(bySource, source, 0); add(keepBySource, source); }
  for (const l of labels.lines) if (l.label === "boilerplate" && !l.soft) boilerplate++;
  const fold = foldOptions.get(from ?? "");
  if (args.folds && !fold) continue;
  const r = clean(readFileSync(path.join(dir, "docs", f), "utf8"), fold ?? options);
  for (const c of r.cuts) {
    // A glued header stripped from a kept line removes no line.
    if (c.prefix) continue;
    const rule = c.kind === "boilerplate" ? c.rule : c.kind;
    for (let line = c.startLine; line <= c.endLine; line++) {
      const l = byLine.get(line);
      if (!l || l.soft) continue;
      if (l.label === "boilerplate") { add(boilerplateByRule, rule); boilerplateRemoved++; }
      if (l.label !== "keep") continue;
      add(keepByRule, rule);
      add(bySource, source);
      rows.push({ doc: name, source, line, rule, text: l.text });
      if (args.rule === rule) {
        console.log(`${name}:${line} | ${l.text.slice(0, 120)}`);
        for (const d of [-2, -1, 1, 2]) {
          const n = byLine.get(line + d);
          if (n) console.log(`    ${line + d} ${n.label}${n.soft ? " (soft)" : ""} | ${n.text.slice(0, 100)}`);
        }
      }
    }
  }
}
const removed = rows.length;
console.log(`${args.set}${args.folds ? " (page model, each source held out)" : args.model ? " (page model on)" : ""}: ${removed} of ${keep} keep lines removed (${((100 * removed) / keep).toFixed(2)} %)`);
console.log(`boilerplate lines removed: ${boilerplateRemoved} of ${boilerplate}`);
console.log("by source and kind:");
for (const [s, n] of [...bySource].sort()) console.log(`  ${s.padEnd(20)} ${String(n).padStart(4)} of ${keepBySource.get(s)} (${((100 * n) / (keepBySource.get(s) || 1)).toFixed(1)} %)`);
console.log("by rule: keep lines removed, boilerplate lines removed");
for (const [r, n] of [...keepByRule].sort((a, b) => b[1] - a[1])) console.log(`  ${r.padEnd(22)} ${String(n).padStart(4)} ${String(boilerplateByRule.get(r) ?? 0).padStart(6)}`);
if (args.rows) writeFileSync(args.rows, JSON.stringify(rows, null, 1) + "\n");
