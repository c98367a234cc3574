// Runs the page model over an analyzed text: which units, still kept after the rules, it cuts.
import { unitBodyStart, type Analysis, type UnitInfo } from "../analyze.js";
import type { TextFormat } from "../unit-splitters.js";
import { newFeatureCache, TextUnit, type FeatureCache, type FeatureUnit } from "./line-features.js";
import { findModelCuts, pageSized } from "./page-model.js";
import { PAGE_MODEL_RULE, type PageModel, type UnitDecisions } from "./page-model-shape.js";
import { STUB_RULE } from "./rules.js";

/** Sets the model's cuts in `out`; returns how many it added. Plain text only: Markdown is a writer's. */
export function applyPageModel(a: Analysis, out: UnitDecisions, o: { format: TextFormat }, model: PageModel): number {
  if (o.format !== "text") return 0;
  const chrome = (i: number): boolean => {
    const d = out[i];
    return !!d && d.kind === "boilerplate" && d.rule !== STUB_RULE && d.rule !== PAGE_MODEL_RULE;
  };
  // Most texts are no page: told from the units alone, before any feature is worked out (as
  // findModelCuts' standingOf tells it, with the model's cuts of an earlier turn not counted kept).
  let evidence = 0;
  let kept = 0;
  for (let i = 0; i < out.length; i++) {
    const d = out[i];
    if (d === null) kept++;
    else if (chrome(i)) evidence++;
  }
  if (!pageSized(evidence, kept)) return 0;
  let added = 0;
  let m = memos.get(a);
  if (!m) memos.set(a, (m = { units: modelUnits(a), cache: newFeatureCache(a.units.length), byEdge: new Uint8Array(a.units.length) }));
  const byEdge = m.byEdge;
  // The model's cuts of an earlier turn are chrome found, as the rules' are, but for those made by
  // the text's edge alone (findModelCuts).
  const before = (i: number): boolean => out[i]?.rule === PAGE_MODEL_RULE && byEdge[i] === 0;
  for (const c of findModelCuts(m.units, (i) => out[i] === null, model, chrome, undefined, m.cache, before)) {
    if (c.byEdge) byEdge[c.unit] = 1;
    out[c.unit] = c.wordless ? { kind: "boilerplate", rule: PAGE_MODEL_RULE, match: "no word, beside chrome" } : { kind: "boilerplate", rule: PAGE_MODEL_RULE, match: `score ${c.score.toFixed(3)}${c.byEdge ? " by the text's edge" : ""}`, score: Math.round(c.score * 1000) / 1000 };
    added++;
  }
  return added;
}

/** An analysis's units as the model reads them and what it worked out for them, across the model's turns. */
const memos = new WeakMap<Analysis, { units: FeatureUnit[]; cache: FeatureCache; byEdge: Uint8Array }>();

/** The units as the model reads them. */
export function modelUnits(a: Analysis): FeatureUnit[] {
  const out: FeatureUnit[] = new Array<FeatureUnit>(a.units.length);
  for (let i = 0; i < a.units.length; i++) {
    const u = a.units[i] as UnitInfo;
    const from = unitBodyStart(a, u);
    // unitBody(a, u), where it stands in the text; code is read as no text at all.
    const to = u.kind === "code" ? from : Math.max(from, a.lines.end[u.last] ?? from);
    out[i] = new TextUnit(a.text, from, to, u.kind, u.tokens, u.fpHi, u.fpLo, u.last - u.first + 1);
  }
  return out;
}
