// Runs the page model over an analyzed text: which units, still kept after the rules, it cuts.
import { unitBody, type Analysis } from "../analyze.js";
import type { Decisions } from "../decide.js";
import type { Options } from "../options.js";
import { isAnchor } from "../segment-cuts.js";
import { STUB_RULE } from "./rules.js";
import type { FeatureUnit } from "./line-features.js";
import { findModelCuts, PAGE_MODEL_RULE, type PageModel } from "./page-model.js";

/** Sets the model's cuts in `out`; returns how many it added. Plain text only: Markdown is a writer's. */
export function applyPageModel(a: Analysis, out: Decisions, o: Options, model: PageModel): number {
  if (o.format !== "text") return 0;
  const { feat, breakAfter } = modelView(a, o);
  let added = 0;
  const chrome = (i: number): boolean => {
    const d = out[i];
    return !!d && d.kind === "boilerplate" && d.rule !== STUB_RULE && d.rule !== PAGE_MODEL_RULE;
  };
  for (const c of findModelCuts(feat, (i) => out[i] === null, breakAfter, model, chrome)) {
    out[c.unit] = { kind: "boilerplate", rule: PAGE_MODEL_RULE, match: `score ${c.score.toFixed(3)}`, score: Math.round(c.score * 1000) / 1000 };
    added++;
  }
  return added;
}

/** The units as the model reads them, and where their stretches break. */
export function modelView(a: Analysis, o: Options): { feat: FeatureUnit[]; breakAfter: (i: number, j: number) => boolean } {
  const units = a.units;
  const feat: FeatureUnit[] = units.map((u) => ({
    text: u.kind === "code" ? "" : unitBody(a, u),
    kind: u.kind,
    tokens: u.tokens,
    fp: u.fpHi === 0 && u.fpLo === 0 ? "" : `${u.fpHi}:${u.fpLo}`,
    lines: u.last - u.first + 1,
  }));
  const blankBetween = (i: number, j: number): boolean => (units[j]?.first ?? 0) > (units[i]?.last ?? 0) + 1;
  const anchor = (i: number): boolean => isAnchor(units[i], o);
  // Where a stream may be cut (two long paragraphs apart), and the same among the kept units.
  const pairBreak = new Uint8Array(units.length);
  for (let k = 0; k + 1 < units.length; k++) if (anchor(k) && anchor(k + 1) && blankBetween(k, k + 1)) pairBreak[k] = 1;
  const breakAfter = (i: number, j: number): boolean => {
    if (anchor(i) && anchor(j) && blankBetween(i, j)) return true;
    for (let k = i; k < j; k++) if (pairBreak[k]) return true;
    return false;
  };
  return { feat, breakAfter };
}
