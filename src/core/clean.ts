// The whole pipeline for one text: analyze, decide against an index, render, report.
import { analyze, unitBody, type Analysis, type UnitInfo } from "./analyze.js";
import { buildRuleSet, type RuleSet } from "./boilerplate/ruleset.js";
import { contextGate, findContextCuts } from "./boilerplate/context.js";
import { PAGE_MODEL_RULE } from "./boilerplate/page-model-shape.js";
import { STUB_RULE } from "./boilerplate/rules.js";
import { authoredRuleLines } from "./boilerplate/standing.js";
import { formulaLapsed, keptAsFormulas, noteWording, unitWording } from "./authored-copies.js";
import { decide, judgedAgain, nearCut, type Decisions } from "./decide.js";
import { DedupIndex, type IndexMark } from "./dedup-index.js";
import { blocksSplitAsKept, keptAnalysis } from "./kept-analysis.js";
import { markdownSettles } from "./markdown/settles.js";
import { resolveOptions, type Options } from "./options.js";
import { buildCuts, render, renderParts, type RenderCarry, type RenderParts } from "./render.js";
import type { CleanResult, CleanStats, Cut } from "./types.js";
import { isBlank } from "./white-space.js";
import { utf8Span } from "./segment-bytes.js";

export interface CleanContext {
  /** Shared across the texts of a run, so a paragraph kept in one is a duplicate in the next. */
  index: DedupIndex;
  /** The text's name in reports of other texts (a path). */
  name?: string;
  /** Cleanings at most (default MAX_CLEANINGS); 1 gives the first cleaning alone. */
  cleanings?: number;
  /** Set by each clean: the cleanings its text took (1 where the first one settled it). */
  cleaningsRun?: number;
  /** Asks for `last`. */
  keepLast?: boolean;
  /** Set by each clean when asked (keepLast): the last cleaning, whose kept units are the text's output. */
  last?: LastCleaning;
}

/** A text's last cleaning: the analysis it read, its decisions, and `a`'s lines on the lines of the text given (null: `a` is its analysis). */
export interface LastCleaning {
  a: Analysis;
  decisions: Decisions;
  map: Int32Array | null;
}

/** Cleans one text. Pass a shared `context.index` to find duplicates across texts. */
export function clean(text: string, options: Partial<Options> = {}, context?: CleanContext): CleanResult {
  const o = resolveOptions(options);
  const rules = buildRuleSet(o);
  return cleanAnalysis(analyze(text, o, rules), o, rules, context ?? { index: new DedupIndex() });
}

/** Where a segment stands in a text cleaned in segments (see stream-clean.ts); updated by each call. */
export interface SegmentState {
  /** The text's document in the index, once its first segment is in. */
  doc?: number;
  /** Lines of the text before this segment. */
  lineOffset: number;
  carry: RenderCarry;
  /** The last segment of the text. */
  final: boolean;
  /**
   * Asked by a caller that holds the segment's bytes: where the text comes out of the segment as
   * given (its first cleaning settles), the output is left in `parts` as render parts of it and the
   * result's text is "". Either way the stats' bytesIn, bytesOut and linesOut are 0: the caller
   * counts them on the bytes (measured here, a segment cleaned twice was read in UTF-8 twice more).
   */
  wantParts?: boolean;
  /** The parts, when made; null otherwise (set by each call). */
  parts?: RenderParts | null;
  /** The segment's text holds no lone surrogate (it was decoded from UTF-8): see DedupIndex.slicesOfWellFormed. */
  wellFormed?: boolean;
}

/** Cleanings of one text at most: the first and up to three more over the text each one keeps. */
export const MAX_CLEANINGS = 4;

/**
 * The decision half of clean, for callers (workers) that analyzed the text elsewhere.
 *
 * A cut can change how the text left around it reads: two lines glued to an ad line become a block
 * of their own, judged hard-wrapped prose, verse or a numbered list anew. So the kept text is
 * cleaned again, until a cleaning cuts nothing (at most MAX_CLEANINGS in all), and what a later
 * cleaning cuts is reported on the lines of the text given. That makes clean(clean(x)) = clean(x).
 * settlesInOnePass() (plain text) and markdownSettles() (authored Markdown) spare the second
 * cleaning where the first one's cuts provably change nothing a second one reads, as for most texts. The index takes only the units finally kept, numbered
 * among themselves, as a run over the clean text would number them.
 */
export function cleanAnalysis(a0: Analysis, o: Options, rules: RuleSet, context: CleanContext, segment?: SegmentState): CleanResult {
  if (segment?.wellFormed !== true) return cleanings(a0, o, rules, context, segment);
  try {
    return cleanings(a0, o, rules, context, segment);
  } finally {
    context.index.slicesOfWellFormed = false;
  }
}

function cleanings(a0: Analysis, o: Options, rules: RuleSet, context: CleanContext, segment?: SegmentState): CleanResult {
  const index = context.index;
  // The units recorded are slices of a well-formed text while they are units of a0 (a later
  // cleaning's text is rendered from it, and a stripped prefix may end inside a pair).
  const recordingFrom = (a: Analysis): void => {
    if (segment?.wellFormed === true) index.slicesOfWellFormed = a === a0;
  };
  const lineOffset = segment?.lineOffset ?? 0;
  const segmentDoc = segment?.doc;
  let a = a0;
  // Line of a.text -> line of a0.text (-1: a blank line); null while a is a0.
  let map: Int32Array | null = null;
  let cuts: Cut[] = [];
  // The last cleaning that cut something, and what the first one recorded.
  let prev: { a: Analysis; decisions: Decisions } | null = null;
  let firstRecorded: number[] = [];
  if (segment) segment.parts = null;
  // A later segment of a text opens no document: front matter cannot open it (splitUnits()).
  const opening = (segment?.lineOffset ?? 0) === 0;
  const finish = (p: { a: Analysis; decisions: Decisions }): CleanResult => {
    index.commit();
    if (segment?.wantParts && p.a === a0) {
      segment.parts = renderParts(p.a, p.decisions, segment.carry, segment.final);
      return { text: "", cuts, stats: statsOf(a0, null, cuts) };
    }
    const out = segment ? render(p.a, p.decisions, segment.carry, segment.final) : render(p.a, p.decisions);
    return { text: out, cuts, stats: statsOf(a0, segment?.wantParts ? null : out, cuts) };
  };
  for (let pass = 1; ; pass++) {
    context.cleaningsRun = pass;
    const mark = index.begin();
    const doc = addUnits(index, context, segment, unitArrays(a, map));
    recordingFrom(a);
    const decisions = decide(a, doc, index, o, rules);
    if (context.keepLast) context.last = { a, decisions, map };
    const kept = (i: number): boolean => decisions[i] === null;
    if (decisions.every((d) => d === null) && a.units.every((u) => u.prefix === null)) {
      if (!prev) return finish({ a, decisions });
      if (segment && pass === 2) {
        // The first cleaning's result stands: the index takes its units and records as the
        // whole text's first cleaning has them, so that later segments are decided as there.
        index.rollback(mark);
        restoreDoc(segment, segmentDoc);
        const first = prev.decisions;
        recordingFrom(prev.a);
        reindex(prev.a, null, () => true, firstRecorded.filter((i) => first[i] === null), index, context, segment);
      }
      return finish(prev);
    }
    const recorded = index.recordedSince(mark, doc);
    if (pass === 1) firstRecorded = recorded;
    prev = { a, decisions };
    const found = buildCuts(a, decisions, index, doc, map ? 0 : lineOffset);
    cuts = map ? mergeCuts(cuts, found, map, a0, lineOffset) : found;
    const last = pass >= (context.cleanings ?? MAX_CLEANINGS);
    const ids = index.recordIds(mark, doc);
    const cutRecords = new Map([...ids].filter(([i]) => !kept(i)));
    // The kept text splits into the kept units: it settles, or its analysis is made from this one.
    const blocks = !last && o.format === "text" && blocksSplitAsKept(a, decisions, rules) && !(opening && exposesFrontMatter(a, decisions));
    // The kept text and its analysis, made once: by the settling check where it must read them,
    // else for the next cleaning.
    let made: { text: string; a: Analysis | null } | null = null;
    const keptOf = (): { text: string; a: Analysis | null } => {
      if (made) return made;
      const text = render(a, decisions);
      return (made = { text, a: blocks ? keptAnalysis(a, decisions, text, o) : null });
    };
    const authoredStay = (): boolean => {
      const k = keptOf().a;
      return k !== null && ruleMatchesStayAuthored(a, decisions, k, o);
    };
    const settles = !judgedAgain.has(decisions) && ((blocks && settlesInOnePass(a, decisions, o, rules, true, authoredStay)) || (!last && markdownSettles(a, decisions, o, rules))) && judgedAlike(a, decisions, o, index, ids, cutRecords, doc);
    if (last || settles) {
      if (settles || cutRecords.size === 0) {
        // A unit recorded and then cut (a context rule took it) is out of the index already, as if
        // it had never been in (judgedAlike()).
        // A text cleaned in segments keeps its units numbered as its first cleanings saw them, so
        // that each segment is decided as in the whole text (numbering only matters to neighbours).
        if (!segment) index.keepOnly(doc, kept, mark);
      } else {
        // The cap, with a unit recorded and then cut (a context rule took it): the cleaning's
        // additions are taken back and its kept units go in again, so no cut unit is a kept copy.
        index.rollback(mark);
        restoreDoc(segment, segmentDoc);
        recordingFrom(a);
        reindex(a, map, kept, recorded.filter(kept), index, context, segment);
      }
      return finish(prev);
    }
    // Clean what this cleaning keeps, as a text of its own, against the index as it was before.
    // Where its blocks split as kept, its analysis is this one's units on their new lines (the
    // first segment of a text of one paragraph a line is 8 M characters: hashing it again cost a
    // tenth of the run). Else analyzed anew, with the content stems worked out in the hashing pass,
    // as the first analysis has them: the context rules of this cleaning read them.
    const { text: keptText, a: splitAsKept } = keptOf();
    const next = splitAsKept ?? analyze(keptText, o, rules, true, opening);
    map = lineMap(a, decisions, next, map);
    index.rollback(mark);
    restoreDoc(segment, segmentDoc);
    a = next;
  }
}

/**
 * Whether the kept text would open with a line "---" that did not open this one (the lines cut
 * before it): it may open front matter there, which splits otherwise, so it is analyzed anew.
 */
function exposesFrontMatter(a: Analysis, decisions: Decisions): boolean {
  const k = decisions.findIndex((d) => d === null);
  const u = a.units[k];
  if (!u || k === 0 || u.prefix) return false;
  return a.text.slice(a.lines.start[u.first], a.lines.end[u.first]).trimEnd() === "---";
}

function addUnits(index: DedupIndex, context: CleanContext, segment: SegmentState | undefined, units: ReturnType<typeof unitArrays>): number {
  if (!segment) return index.addDocument(context.name, units);
  const doc = index.extendDocument(segment.doc ?? index.addDocument(context.name, unitArrays(null, null)), units, segment.lineOffset);
  segment.doc = doc;
  return doc;
}

function restoreDoc(segment: SegmentState | undefined, doc: number | undefined): void {
  if (!segment) return;
  if (doc === undefined) delete segment.doc;
  else segment.doc = doc;
}

/** A text's units as the index holds them: line spans on the lines of the text given (`map`). */
export function unitArrays(a: Analysis | null, map: Int32Array | null) {
  const n = a ? a.units.length : 0;
  const units = { fpHi: new Uint32Array(n), fpLo: new Uint32Array(n), first: new Int32Array(n), last: new Int32Array(n), raw: new Uint32Array(n) };
  if (!a) return units;
  a.units.forEach((u, i) => {
    units.fpHi[i] = u.fpHi;
    units.fpLo[i] = u.fpLo;
    units.raw[i] = u.raw;
    units.first[i] = map ? mapForward(map, u.first, u.last) : u.first;
    units.last[i] = map ? mapBack(map, u.last, u.first) : u.last;
  });
  return units;
}

function mapForward(map: Int32Array, from: number, to: number): number {
  for (let l = from; l <= to; l++) if ((map[l] ?? -1) >= 0) return map[l] ?? 0;
  return 0;
}

function mapBack(map: Int32Array, from: number, to: number): number {
  for (let l = from; l >= to; l--) if ((map[l] ?? -1) >= 0) return map[l] ?? 0;
  return 0;
}

/** Puts the units of `a` for which `keep` holds in the index, numbered among themselves, and records `recorded` (kept) in order. */
function reindex(a: Analysis, map: Int32Array | null, keep: (i: number) => boolean, recorded: readonly number[], index: DedupIndex, context: CleanContext, segment: SegmentState | undefined): void {
  const keptUnits = a.units.flatMap((_, i) => (keep(i) ? [i] : []));
  const all = unitArrays(a, map);
  const doc = addUnits(index, context, segment, {
    fpHi: Uint32Array.from(keptUnits, (i) => all.fpHi[i] ?? 0),
    fpLo: Uint32Array.from(keptUnits, (i) => all.fpLo[i] ?? 0),
    first: Int32Array.from(keptUnits, (i) => all.first[i] ?? 0),
    last: Int32Array.from(keptUnits, (i) => all.last[i] ?? 0),
    raw: Uint32Array.from(keptUnits, (i) => all.raw[i] ?? 0),
  });
  const number = new Map(keptUnits.map((i, k) => [i, k]));
  for (const i of recorded) {
    const k = number.get(i);
    const u = a.units[i];
    if (k === undefined || !u) continue;
    const id = index.record(doc, k, unitBody(a, u));
    noteWording(index, id, unitWording(a, u));
    index.addExact(u.fpHi, u.fpLo, id);
    for (let s = u.selStart; s < u.selEnd; s++) index.addShingle(a.selHash[s] ?? 0, id);
  }
}

/**
 * True when cleaning the kept text again would cut nothing and record the same units: every
 * block (units on adjacent lines) is kept whole with no header stripped, cut whole, or splits on
 * the lines it keeps (less stripped headers, which do not match again) into the units it keeps,
 * with the same kinds; and the rules that judge the whole text (context rules) either judge neither
 * text prose or, with every block kept or cut whole, find nothing more to cut among the units
 * that stay. Markdown is parsed whole: never here (authored Markdown has markdownSettles(), markdown/settles.ts).
 * `blocksSplit`: blocksSplitAsKept(), when the caller knows it.
 */
export function settlesInOnePass(a: Analysis, decisions: Decisions, o: Options, rules: RuleSet, blocksSplit?: boolean, authoredStay?: () => boolean): boolean {
  if (o.format !== "text") return false;
  const units = a.units;
  const kept = (i: number): boolean => decisions[i] === null;
  // The model's cuts change the neighbourhoods the context rules read (judged below, as after the
  // stub rule's) and those of a rule's match kept as the author's ("See also:" over what it
  // introduces): where one stays, it must read as the author's in the kept text too, which
  // `authoredStay` tells (asked last: it reads the kept text whole), or a second cleaning judges
  // it. The model itself cuts nothing in a second cleaning that the rules cut nothing in: it reads
  // only texts they found chrome in.
  const byModel = decisions.some((d) => d !== null && d.rule === PAGE_MODEL_RULE);
  const ruleMatchKept = byModel && units.some((u, i) => u.boiler && kept(i));
  if (ruleMatchKept && !authoredStay) return false;
  const settled = (): boolean => !ruleMatchKept || (authoredStay?.() ?? false);
  const gate = rules.context.size > 0 ? contextGate(units) : 0;
  if (rules.context.size > 0 && gate !== contextGate(units.filter((_, i) => kept(i)))) return false;
  const prose = gate !== 0;
  if (!(blocksSplit ?? blocksSplitAsKept(a, decisions, rules))) return false;
  if (!prose) return settled();
  // The kept units with the spans they have in the kept text (for the context rules).
  const stay: UnitInfo[] = [];
  const texts: string[] = [];
  let line = -2;
  let glued = false;
  for (let s = 0; s < units.length; ) {
    let e = s;
    while (e + 1 < units.length && (units[e + 1]?.first ?? -1) === (units[e]?.last ?? -2) + 1) e++;
    let keptCount = 0;
    line++; // a blank line before each block
    for (let i = s; i <= e; i++) {
      const u = units[i];
      if (!u || !kept(i)) continue;
      keptCount++;
      let lines = u.last - u.first + 1;
      if (u.prefix) {
        const bom = u.first === 0 && a.text.charCodeAt(0) === 0xfeff ? 1 : 0;
        if (u.prefix.length > (a.lines.end[u.first] ?? 0) - (a.lines.start[u.first] ?? 0) - bom) lines--; // the header took the line
      }
      // Spelled out, not spread: a spread clone is slow to make and has a shape of its own, which
      // makes the context rules' reads of units polymorphic (as in analyze() and keptAnalysis()).
      stay.push({ first: line + 1, last: line + lines, kind: u.kind, prefix: u.prefix, boiler: u.boiler, tokens: u.tokens, fpHi: u.fpHi, fpLo: u.fpLo, raw: u.raw, selStart: u.selStart, selEnd: u.selEnd, stemStart: u.stemStart, stemEnd: u.stemEnd, skeleton: u.skeleton, words: u.words });
      texts.push(u.kind === "code" ? "" : unitBody(a, u));
      line += lines;
    }
    if (keptCount > 0 && keptCount < e - s + 1) glued = true;
    s = e + 1;
  }
  // Context rules read the text whole: where they cut (or stubs, which they read past) or a cut
  // glued kept lines together, the units that stay are judged again as a second cleaning would.
  if (glued || byModel || decisions.some((d) => d !== null && d.kind === "boilerplate" && (d.rule === STUB_RULE || rules.context.has(d.rule)))) {
    if (findContextCuts(texts, stay, () => true, a.stems).some((c) => rules.context.has(c.rule))) return false;
  }
  return settled();
}

/**
 * Whether every rule's match `decisions` keep (read as the author's) reads as the author's in
 * `next`, the analysis of the kept text whose units are the kept units in order (keptAnalysis()).
 */
function ruleMatchesStayAuthored(a: Analysis, decisions: Decisions, next: Analysis, o: Options): boolean {
  const authored = authoredRuleLines(next, o.format);
  let k = 0;
  for (let i = 0; i < a.units.length; i++) {
    if (decisions[i] !== null) continue;
    if (a.units[i]?.boiler && !authored.has(k)) return false;
    k++;
  }
  return true;
}

/**
 * Whether the kept paragraphs are judged alike once the units recorded and then cut (headlines a
 * context rule took) are out of the index, as a second cleaning judges them. Only a paragraph one
 * of whose shingles such a unit held (the first holder of a key keeps it) can be judged otherwise:
 * those are judged again in order, each then taking the keys it now holds first, as it would.
 * Takes the cut units out of the index.
 */
function judgedAlike(a: Analysis, decisions: Decisions, o: Options, index: DedupIndex, ids: ReadonlyMap<number, number>, cutRecords: ReadonlyMap<number, number>, doc: number): boolean {
  if (cutRecords.size === 0) return true;
  if (formulaOfCut(a, decisions, index, doc, ids)) return false;
  // The keys the cut units hold: a small set, faster to ask than the index, and in front of it a
  // bit for each value of a key's low 16 bits (the keys are mixed hashes), so that the sampled
  // shingles of every later paragraph (a million in an 8 M-character segment) are mostly told
  // apart by one read.
  const held = new Set<number>();
  const bits = new Int32Array(2048);
  for (const [i, id] of cutRecords) {
    const u = a.units[i];
    if (!u) continue;
    for (let s = u.selStart; s < u.selEnd; s++) {
      const key = a.selHash[s] ?? 0;
      if (index.shingles.get(key) !== id) continue;
      held.add(key);
      const w = (key >>> 5) & 2047;
      bits[w] = (bits[w] ?? 0) | (1 << (key & 31));
    }
  }
  const touched: number[] = [];
  // Units before the first such unit were judged before it was recorded.
  for (let i = Math.min(...cutRecords.keys()) + 1; held.size > 0 && i < a.units.length; i++) {
    const u = a.units[i];
    // Only paragraphs that may be cut on their own look their shingles up (decide.ts).
    if (!u || decisions[i] !== null || u.kind !== "paragraph" || u.tokens < o.minWords) continue;
    for (let s = u.selStart; s < u.selEnd; s++) {
      const key = a.selHash[s] ?? 0;
      if (((bits[(key >>> 5) & 2047] ?? 0) >>> (key & 31)) & 1 && held.has(key)) {
        touched.push(i);
        break;
      }
    }
  }
  forget(a, decisions, index, ids, cutRecords, doc);
  for (const i of touched) {
    const u = a.units[i];
    const id = ids.get(i);
    if (!u || id === undefined) return false;
    if (nearCut(a, u, index, o, index.unitOf(id).doc, id)) return false;
    for (let s = u.selStart; s < u.selEnd; s++) index.addShingle(a.selHash[s] ?? 0, id);
  }
  return true;
}

/**
 * Whether a unit kept as a formula of another (authored-copies.ts, renamed(): "World" beside
 * "Travel") may be judged otherwise by a second cleaning: its formula was a unit recorded and then
 * cut (formulaLapsed()). decide() cuts such copies in scraped plain text; this is the safety net.
 */
function formulaOfCut(a: Analysis, decisions: Decisions, index: DedupIndex, doc: number, ids: ReadonlyMap<number, number>): boolean {
  const cut = (k: number): boolean => decisions[k] !== null;
  return keptAsFormulas(a).some((i) => !cut(i) && formulaLapsed(a, index, doc, i, ids.keys(), cut));
}

/**
 * Takes the records `cutRecords` (unit -> record id) and the keys they hold out of the index, and
 * the wordings they noted (authored-copies.ts): a skeleton is then noted with the words of the
 * first kept record that has it (of `ids`, in record order), as a cleaning of the kept text notes it.
 */
function forget(a: Analysis, decisions: Decisions, index: DedupIndex, ids: ReadonlyMap<number, number>, cutRecords: ReadonlyMap<number, number>, doc: number): void {
  const renote = new Set<number>();
  for (const [i, id] of cutRecords) {
    const u = a.units[i];
    if (!u) continue;
    index.forget(id, u.fpHi, u.fpLo, a.selHash.subarray(u.selStart, u.selEnd));
    const w = unitWording(a, u);
    if (index.dropWording(doc, w.skeleton, w.words)) renote.add(w.skeleton);
  }
  if (renote.size === 0) return;
  for (const [i, id] of ids) {
    const u = a.units[i];
    if (!u || decisions[i] !== null) continue;
    const w = unitWording(a, u);
    if (renote.has(w.skeleton)) noteWording(index, id, w);
  }
}

/**
 * Lines of `next` (the text `a` keeps) on the lines of the text given: a kept non-blank line of
 * `a` is the next non-blank line of `next`, in order (blank lines may merge or drop).
 */
function lineMap(a: Analysis, decisions: Decisions, next: Analysis, prev: Int32Array | null): Int32Array {
  const keptLines: number[] = [];
  const bom = a.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  a.units.forEach((u, i) => {
    if (decisions[i] !== null) return;
    for (let l = u.first; l <= u.last; l++) {
      let from = a.lines.start[l] ?? 0;
      if (from === 0) from += bom;
      if (l === u.first && u.prefix) from += u.prefix.length;
      if (from < (a.lines.end[l] ?? 0) && !isBlank(a.text.slice(from, a.lines.end[l]))) keptLines.push(l);
    }
  });
  const n = next.lines.start.length;
  const map = new Int32Array(n).fill(-1);
  let k = 0;
  for (let l = 0; l < n; l++) {
    if (isBlank(next.text.slice(next.lines.start[l], next.lines.end[l]))) continue;
    const from = keptLines[k++];
    if (from === undefined) throw new Error("winnow: the kept text has lines the text did not keep");
    map[l] = prev ? (prev[from] ?? -1) : from;
  }
  if (k !== keptLines.length) throw new Error("winnow: the kept text lacks lines the text kept");
  return map;
}


/**
 * Cuts of a later cleaning (lines of its text) added to those so far (lines of the text given):
 * a cut covers the runs of lines it took there, one cut a run, so no line is reported twice; a
 * header stripped from a line joins the one stripped from it before.
 */
function mergeCuts(cuts: Cut[], later: Cut[], map: Int32Array, a0: Analysis, lineOffset: number): Cut[] {
  const out = cuts.slice();
  const prefixOf = new Map<number, Cut>();
  for (const c of out) if (c.prefix) prefixOf.set(c.startLine, c);
  const dropped = new Set<Cut>();
  for (const c of later) {
    if (c.prefix) {
      const line = (map[c.startLine - 1] ?? 0) + 1 + lineOffset;
      const before = prefixOf.get(line);
      if (before) before.text += c.text;
      else {
        const p = { ...c, startLine: line, endLine: line };
        out.push(p);
        prefixOf.set(line, p);
      }
      continue;
    }
    const lines: number[] = [];
    for (let l = c.startLine - 1; l < c.endLine; l++) if ((map[l] ?? -1) >= 0) lines.push(map[l] ?? 0);
    for (let r = 0; r < lines.length; ) {
      let q = r;
      while (q + 1 < lines.length && onlyBlankBetween(a0, lines[q] ?? 0, lines[q + 1] ?? 0)) q++;
      const first = lines[r] ?? 0;
      const last = lines[q] ?? 0;
      r = q + 1;
      for (let l = first; l <= last; l++) {
        const p = prefixOf.get(l + 1 + lineOffset);
        if (p) dropped.add(p);
      }
      let from = a0.lines.start[first] ?? 0;
      if (from === 0 && a0.text.charCodeAt(0) === 0xfeff) from = 1;
      out.push({ ...c, startLine: first + 1 + lineOffset, endLine: last + 1 + lineOffset, text: a0.text.slice(from, a0.lines.end[last]) });
    }
  }
  // A line cut whole in a later cleaning is reported by that cut alone, its header with it.
  return out.filter((c) => !dropped.has(c)).sort((x, y) => x.startLine - y.startLine);
}

function onlyBlankBetween(a: Analysis, p: number, q: number): boolean {
  for (let l = p + 1; l < q; l++) if (!isBlank(a.text.slice(a.lines.start[l], a.lines.end[l]))) return false;
  return q > p;
}

function emptyUnits() {
  return { fpHi: new Uint32Array(0), fpLo: new Uint32Array(0), first: new Int32Array(0), last: new Int32Array(0), raw: new Uint32Array(0) };
}

/** `out` null: the output was left as parts, whose bytes and lines the caller counts. */
function statsOf(a: Analysis, out: string | null, cuts: Cut[]): CleanStats {
  const count = { duplicate: 0, "near-duplicate": 0, boilerplate: 0 };
  for (const c of cuts) count[c.kind]++;
  return {
    bytesIn: out === null ? 0 : utf8Length(a.text),
    bytesOut: out === null ? 0 : utf8Length(out),
    linesIn: a.lines.start.length,
    linesOut: out === null ? 0 : countLines(out),
    units: a.units.length,
    cuts: count,
  };
}

function countLines(s: string): number {
  if (s.length === 0) return 0;
  let n = 0;
  // LF only (most text): the engine's indexOf finds line ends faster than a loop.
  if (!s.includes("\r")) for (let i = s.indexOf("\n"); i !== -1; i = s.indexOf("\n", i + 1)) n++;
  else for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10 || (c === 13 && s.charCodeAt(i + 1) !== 10)) n++;
  }
  const last = s.charCodeAt(s.length - 1);
  return last === 10 || last === 13 ? n : n + 1;
}

/**
 * UTF-8 byte length without Buffer, so the core runs anywhere (a lone surrogate counts as U+FFFD,
 * as written): utf8Span over the whole string.
 */
export function utf8Length(s: string): number {
  return utf8Span(s, 0, s.length);
}
