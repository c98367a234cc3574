// Writes the kept lines out byte for byte, and turns decisions into the cut report.
import type { Analysis } from "./analyze.js";
import type { DedupIndex } from "./dedup-index.js";
import type { Decisions } from "./decide.js";
import type { Cut } from "./types.js";

/**
 * Kept units come out as they came in, a stripped prefix aside. Between two kept units stands the
 * first run of blank lines that stood between them, so a cut never leaves two runs behind; blank
 * lines before the first unit and after the last are kept as they were.
 */
export function render(a: Analysis, decisions: Decisions): string {
  const { text, lines, units } = a;
  const parts: string[] = [];
  const lineCount = lines.start.length;
  const firstUnitLine = units[0]?.first ?? lineCount;
  const lastUnitLine = units[units.length - 1]?.last ?? -1;
  const bom = text.charCodeAt(0) === 0xfeff;
  if (firstUnitLine > 0) parts.push(text.slice(0, lines.start[firstUnitLine] ?? text.length));

  let emitted = false;
  let gapBlank: [number, number] | null = null; // first blank run since the last kept unit
  let prevLast = firstUnitLine - 1;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (!u) continue;
    if (u.first > prevLast + 1 && gapBlank === null && prevLast >= firstUnitLine) gapBlank = [prevLast + 1, u.first - 1];
    prevLast = u.last;
    if (decisions[i]) continue;
    if (gapBlank && emitted) parts.push(text.slice(lines.start[gapBlank[0]], lines.next[gapBlank[1]]));
    gapBlank = null;
    let from = lines.start[u.first] ?? 0;
    if (u.prefix) from += u.prefix.length + (from === 0 && bom ? 1 : 0);
    parts.push(text.slice(from, lines.next[u.last]));
    emitted = true;
  }
  if (emitted && lastUnitLine < lineCount - 1) parts.push(text.slice(lines.start[lastUnitLine + 1]));
  let out = parts.join("");
  if (bom && out.charCodeAt(0) !== 0xfeff && out.length > 0) out = "\uFEFF" + out;
  return out;
}

export function buildCuts(a: Analysis, decisions: Decisions, index: DedupIndex, doc: number): Cut[] {
  const { text, lines, units } = a;
  const cuts: Cut[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (!u) continue;
    const d = decisions[i];
    const startLine = u.first + 1;
    if (!d) {
      if (u.prefix) {
        cuts.push({ kind: "boilerplate", startLine, endLine: startLine, text: u.prefix.match, prefix: true, rule: u.prefix.rule, match: u.prefix.match.trim() });
      }
      continue;
    }
    const cut: Cut = {
      kind: d.kind,
      startLine,
      endLine: u.last + 1,
      // Only the text's own BOM (offset 0) is not part of a line; a U+FEFF inside the text is.
      text: text.slice(lines.start[u.first] === 0 && text.charCodeAt(0) === 0xfeff ? 1 : lines.start[u.first], lines.end[u.last]),
      prefix: false,
      rule: d.rule,
    };
    if (d.match !== undefined) cut.match = d.match;
    if (d.source !== undefined && d.source >= 0) {
      const r = index.get(d.source);
      const file = index.docName(r.doc);
      cut.source = { startLine: r.first + 1, endLine: r.last + 1 };
      if (r.doc !== doc && file !== undefined) cut.source.file = file;
    }
    if (d.similarity !== undefined) cut.similarity = Math.round(d.similarity * 1000) / 1000;
    cuts.push(cut);
  }
  return cuts;
}
