// The whole pipeline for one text: analyze, decide against an index, render, report.
import { analyze, type Analysis } from "./analyze.js";
import { buildRuleSet, type RuleSet } from "./boilerplate/ruleset.js";
import { decide } from "./decide.js";
import { DedupIndex } from "./dedup-index.js";
import { resolveOptions, type Options } from "./options.js";
import { buildCuts, render, type RenderCarry } from "./render.js";
import type { CleanResult, CleanStats, Cut } from "./types.js";

export interface CleanContext {
  /** Shared across the texts of a run, so a paragraph kept in one is a duplicate in the next. */
  index: DedupIndex;
  /** The text's name in reports of other texts (a path). */
  name?: string;
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
}

/** The decision half of clean, for callers (workers) that analyzed the text elsewhere. */
export function cleanAnalysis(a: Analysis, o: Options, rules: RuleSet, context: CleanContext, segment?: SegmentState): CleanResult {
  const n = a.units.length;
  const units = { fpHi: new Uint32Array(n), fpLo: new Uint32Array(n), first: new Int32Array(n), last: new Int32Array(n) };
  a.units.forEach((u, i) => {
    units.fpHi[i] = u.fpHi;
    units.fpLo[i] = u.fpLo;
    units.first[i] = u.first;
    units.last[i] = u.last;
  });
  const index = context.index;
  const doc = segment
    ? index.extendDocument(segment.doc ?? index.addDocument(context.name, emptyUnits()), units, segment.lineOffset)
    : index.addDocument(context.name, units);
  if (segment) segment.doc = doc;
  const decisions = decide(a, doc, context.index, o, rules);
  const out = segment ? render(a, decisions, segment.carry, segment.final) : render(a, decisions);
  const cuts = buildCuts(a, decisions, context.index, doc, segment?.lineOffset ?? 0);
  return { text: out, cuts, stats: statsOf(a, out, cuts) };
}

function emptyUnits() {
  return { fpHi: new Uint32Array(0), fpLo: new Uint32Array(0), first: new Int32Array(0), last: new Int32Array(0) };
}

function statsOf(a: Analysis, out: string, cuts: Cut[]): CleanStats {
  const count = { duplicate: 0, "near-duplicate": 0, boilerplate: 0 };
  for (const c of cuts) count[c.kind]++;
  return {
    bytesIn: utf8Length(a.text),
    bytesOut: utf8Length(out),
    linesIn: a.lines.start.length,
    linesOut: countLines(out),
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

const encoder = new TextEncoder();
let chunkBytes: Uint8Array | null = null;
const CHUNK = 65536;

/**
 * UTF-8 byte length without Buffer, so the core runs anywhere: the engine's encoder over slices
 * (four times faster than a loop over char codes). A lone surrogate counts as U+FFFD, as written.
 */
export function utf8Length(s: string): number {
  chunkBytes ??= new Uint8Array(3 * CHUNK + 3);
  let n = 0;
  for (let i = 0; i < s.length; ) {
    let j = Math.min(s.length, i + CHUNK);
    const last = s.charCodeAt(j - 1);
    if (last >= 0xd800 && last <= 0xdbff && j < s.length) j++; // keep a surrogate pair together
    n += encoder.encodeInto(s.slice(i, j), chunkBytes).written;
    i = j;
  }
  return n;
}
