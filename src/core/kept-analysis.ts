// The analysis of the text a cleaning keeps, made from the analysis of the text it cleaned where the
// kept units provably split as they did: a later cleaning (clean.ts) then skips hashing the kept text again.
import type { Analysis, UnitInfo } from "./analysis-types.js";
import { rawHash, unitBody } from "./analyze.js";
import { matchPrefix } from "./boilerplate/classify.js";
import type { RuleSet } from "./boilerplate/ruleset.js";
import type { Decisions } from "./decide.js";
import { splitLines } from "./lines.js";
import type { Options } from "./options.js";
import { lineShape, lineShapesOf, rejudgeBlocks, rejudgeKinds, setLineShapes, splitShapesOf, type UnitSpan } from "./units.js";
import { trimmedEndLength } from "./line-shapes.js";
import { isBlank } from "./white-space.js";

/**
 * True when the units `decisions` keep, written out as render() writes them, split into those same
 * units with the same kinds (as analyze() judges them: re-judged without the lines a rule matched,
 * rejudgeBlocks()): every block (units on adjacent lines) is kept whole with no header
 * stripped, cut whole, or splits on the lines it keeps (less stripped headers, which do not match
 * again) into the units it keeps. Plain text only: Markdown is parsed whole.
 */
export function blocksSplitAsKept(a: Analysis, decisions: Decisions, rules: RuleSet): boolean {
  const units = a.units;
  for (let s = 0; s < units.length; ) {
    let e = s;
    while (e + 1 < units.length && (units[e + 1]?.first ?? -1) === (units[e]?.last ?? -2) + 1) e++;
    let keptCount = 0;
    let stripped = false;
    for (let i = s; i <= e; i++) {
      const u = units[i];
      if (!u || decisions[i] !== null) continue;
      keptCount++;
      // A line ending in a lone CR over a cut line: the LF that follows the cut (a blank line's)
      // joins it into one CR LF, and the kept text has other lines and blocks than the kept units.
      if (i < e && decisions[i + 1] !== null && a.text.charCodeAt(a.lines.end[u.last] ?? 0) === 13 && (a.lines.next[u.last] ?? 0) - (a.lines.end[u.last] ?? 0) === 1) return false;
      if (u.prefix) {
        stripped = true;
        if (rules.prefix.length > 0 && matchPrefix(unitBody(a, u), rules)) return false;
      }
    }
    const mixed = keptCount > 0 && keptCount < e - s + 1;
    if ((mixed || stripped) && !splitsAsKept(a, decisions, s, e)) return false;
    s = e + 1;
  }
  return true;
}

/**
 * Whether the kept lines of units s..e (less stripped headers), as a block of their own, split into
 * the kept units. The lines' shapes are those splitUnits() worked out for `a` (a line cut short by
 * a stripped header is read again): no line is sliced or matched again.
 */
export function splitsAsKept(a: Analysis, decisions: Decisions, s: number, e: number): boolean {
  const known = lineShapesOf(a.lines);
  const bits: number[] = [];
  const widths: number[] = [];
  const origin: number[] = [];
  const keptUnits: UnitInfo[] = [];
  const firstLine: number[] = [];
  for (let i = s; i <= e; i++) {
    const u = a.units[i];
    if (!u || u.kind === "code") return false;
    if (decisions[i] !== null) continue;
    keptUnits.push(u);
    firstLine.push(bits.length);
    for (let l = u.first; l <= u.last; l++) {
      const cut = l === u.first && u.prefix;
      const shape = known && !cut ? (known.bits[l] ?? -1) : -1;
      if (shape >= 0 && known) {
        // A line splitUnits() put in a block: not blank.
        bits.push(shape);
        widths.push(known.widths[l] ?? 0);
        origin.push(l);
        continue;
      }
      let from = a.lines.start[l] ?? 0;
      if (from === 0 && a.text.charCodeAt(0) === 0xfeff) from++;
      if (cut && u.prefix) from += u.prefix.length;
      const to = a.lines.end[l] ?? 0;
      if (from > to) continue; // the header took the whole line
      const line = a.text.slice(from, to);
      if (isBlank(line)) return false; // a blank line would end the block
      bits.push(lineShape(line));
      widths.push(trimmedEndLength(line));
      origin.push(l);
    }
  }
  const split = splitShapesOf(bits, widths);
  if (split.length !== keptUnits.length) return false;
  const lined = split.every((v, k) => {
    const u = keptUnits[k];
    return !!u && v.first === firstLine[k] && origin[v.last] === u.last;
  });
  if (!lined) return false;
  // A line a rule matched and something kept ("Related Stories" over prose) is left out when
  // analyze() judges its block's kinds: the kinds are those the block's other kept lines give.
  // Pushed, not mapped: `map` makes a holey array once this function is optimized and a packed one
  // before, and rejudgeKinds(), given both, was compiled again for each (keptOrder in context.ts).
  const spans: (UnitSpan & { boiler: unknown })[] = [];
  for (let k = 0; k < split.length; k++) {
    const v = split[k] as UnitSpan;
    spans.push({ first: v.first, last: v.last, kind: v.kind, boiler: keptUnits[k]?.boiler ?? null });
  }
  rejudgeKinds(spans, (l, k, into, intoWidths) => {
    into[k] = bits[l] ?? 0;
    intoWidths[k] = widths[l] ?? 0;
  });
  return spans.every((v, k) => v.kind === keptUnits[k]?.kind);
}

/**
 * The analysis of `kept` (render(a, decisions)) that analyze() would give, made from `a`: each kept
 * unit's body is the same characters there, so its hashes, shingles, stems, rule matches and
 * wording are those it has in `a`; only its lines move and its stripped header is gone. Call it
 * only where blocksSplitAsKept() holds (then each block of `kept` first splits into the kinds the
 * kept units have). Null where either text opens with U+FEFF or the lines do not line up; the caller analyzes
 * `kept` then.
 * Shares `a`'s typed arrays: each unit's ranges point into them.
 */
export function keptAnalysis(a: Analysis, decisions: Decisions, kept: string, options: Options): Analysis | null {
  // A U+FEFF opening either text is a BOM there, not part of the first unit.
  if (a.text.charCodeAt(0) === 0xfeff || kept.charCodeAt(0) === 0xfeff) return null;
  const lines = splitLines(kept);
  const n = lines.start.length;
  // A kept line whole is the same characters as in `a`: its shape carries over (units.ts).
  const known = lineShapesOf(a.lines);
  const shapes = { bits: new Int32Array(known ? n : 0).fill(-1), widths: new Int32Array(known ? n : 0) };
  const units: UnitInfo[] = [];
  let l = 0;
  let apart = false; // a blank line of `a` since the last kept unit
  for (let i = 0; i < a.units.length; i++) {
    const u = a.units[i];
    if (!u) continue;
    if (u.first !== (a.units[i - 1]?.last ?? -2) + 1) apart = true;
    if (decisions[i] !== null) continue;
    let first = u.first;
    let trim = 0;
    if (u.prefix) {
      const lineLength = (a.lines.end[first] ?? 0) - (a.lines.start[first] ?? 0);
      if (u.prefix.length > lineLength) first++; // the header took the line, its ending too
      else trim = u.prefix.length;
    }
    // Blank lines between blocks: a unit starts on a line that is not blank.
    const before = l;
    while (l < n && blankAt(kept, lines.start[l] ?? 0, lines.end[l] ?? 0)) l++;
    // Blocks stay apart and glued lines glued (a line ended by CR before a gap that opens with LF
    // would join them: one line ending, no blank line).
    if (units.length > 0 && l > before !== apart) return null;
    apart = false;
    const start = l;
    for (let m = first; m <= u.last; m++, l++) {
      if (l >= n) return null;
      const length = (a.lines.end[m] ?? 0) - (a.lines.start[m] ?? 0) - (m === u.first ? trim : 0);
      if ((lines.end[l] ?? 0) - (lines.start[l] ?? 0) !== length) return null;
      if (known && (m !== u.first || trim === 0)) {
        shapes.bits[l] = known.bits[m] ?? -1;
        shapes.widths[l] = known.widths[m] ?? 0;
      }
    }
    // Spelled out, not spread: V8 clones spread objects slowly (as in analyze()).
    units.push({ first: start, last: l - 1, kind: u.kind, prefix: null, boiler: u.boiler, tokens: u.tokens, fpHi: u.fpHi, fpLo: u.fpLo, raw: u.raw, selStart: u.selStart, selEnd: u.selEnd, stemStart: u.stemStart, stemEnd: u.stemEnd, skeleton: u.skeleton, words: u.words });
  }
  for (; l < n; l++) if (!blankAt(kept, lines.start[l] ?? 0, lines.end[l] ?? 0)) return null;
  if (known) setLineShapes(lines, shapes);
  // A block holding a line a rule matched (kept: it reads as the author's) is judged on its other
  // lines, as analyze() judges it; the kinds it gives depend on those lines alone.
  const kinds = units.map((u) => u.kind);
  rejudgeBlocks(kept, lines, units);
  const out = { text: kept, lines, units, selHash: a.selHash, selPos: a.selPos, stems: a.stems };
  // What may hold a fact depends on the kind.
  units.forEach((u, k) => {
    if (u.kind !== kinds[k]) u.raw = rawHash(out, u, options);
  });
  return out;
}


/** isBlank(text.slice(from, to)), without the slice for a line that opens with a printable ASCII character. */
function blankAt(text: string, from: number, to: number): boolean {
  const c = text.charCodeAt(from);
  if (from < to && c > 32 && c < 127) return false;
  return isBlank(text.slice(from, to));
}
