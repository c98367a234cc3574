// Per-text features: lines, units, boilerplate matches, fingerprints and sampled shingles.
// Depends on nothing but the text and the options, so workers can compute it in parallel.
import type { Analysis, UnitInfo } from "./analysis-types.js";
import { matchLine, matchPrefix } from "./boilerplate/classify.js";
import type { RuleSet } from "./boilerplate/ruleset.js";
import { VOCABULARY_STOPWORDS } from "./boilerplate/context.js";
import { splitLines } from "./lines.js";
import { mayHoldFacts } from "./facts.js";
import { FULL_LENGTH } from "./near-duplicate.js";
import type { Options } from "./options.js";
import { applyMarkers } from "./markers.js";
import { codedStopwords } from "./stems.js";
import { UnitHasher } from "./unit-hash.js";
import { splitterFor } from "./unit-splitters.js";
import { rejudgeBlocks } from "./units.js";

export type { Analysis, UnitInfo } from "./analysis-types.js";

const hasher = new UnitHasher();

/**
 * `withStems` also works out the content stems the context rules read, in the hashing pass (the
 * stream cleaner asks: it saves a second pass over all prose). `opening`: the text opens a document
 * (splitUnits()).
 */
export function analyze(text: string, options: Options, rules: RuleSet, withStems = false, opening = true): Analysis {
  const lines = splitLines(text);
  const spans = applyMarkers(text, lines, splitterFor(options.format)(text, lines, opening));
  const units: UnitInfo[] = [];
  let selHash = new Uint32Array(Math.max(64, spans.length * 8));
  let selPos = new Int32Array(selHash.length);
  let sel = 0;
  const stop = withStems && rules.context.size > 0 ? codedStopwords(VOCABULARY_STOPWORDS) : null;
  let stems = new Int32Array(stop ? Math.max(64, text.length >> 3) : 0);
  let nStems = 0;
  const useShingles = options.dedupe && !options.exact;

  for (const span of spans) {
    // Spelled out, not spread: V8 clones spread objects slowly, and this runs once a unit.
    const info: UnitInfo = { first: span.first, last: span.last, kind: span.kind, prefix: null, boiler: null, tokens: 0, fpHi: 0, fpLo: 0, raw: 0, selStart: sel, selEnd: sel, stemStart: -1, stemEnd: -1, skeleton: 0, words: 0 };
    units.push(info);
    if (span.kind === "code") continue;
    let from = lines.start[span.first] ?? 0;
    if (from === 0 && text.charCodeAt(0) === 0xfeff) from = 1;
    const to = lines.end[span.last] ?? from;
    let body = text.slice(from, to);
    info.prefix = rules.prefix.length > 0 ? matchPrefix(body, rules) : null;
    if (info.prefix) {
      // A prefix never reaches into the next line: a header alone on the first line of a unit
      // takes that whole line, its line ending too, and leaves the next line's bytes alone.
      const lineLen = (lines.end[span.first] ?? to) - from;
      if (info.prefix.length >= lineLen && span.last > span.first) {
        const eol = (lines.next[span.first] ?? to) - (lines.end[span.first] ?? to);
        info.prefix = { rule: info.prefix.rule, length: lineLen + eol, match: body.slice(0, lineLen) };
      }
      body = body.slice(info.prefix.length);
    }

    // Verse may yet become paragraph (rejudgeBlocks): both have their stems worked out.
    const unitStop = span.kind === "paragraph" || span.kind === "verse" ? stop : null;
    const count = hasher.hash(text, info.prefix ? from + info.prefix.length : from, to, unitStop, useShingles);
    info.tokens = count;
    info.skeleton = hasher.skeleton;
    info.words = hasher.words;
    if (unitStop && hasher.stemCount >= 0) {
      const k = hasher.stemCount;
      if (nStems + k > stems.length) stems = grow(stems, new Int32Array(Math.max(stems.length * 2, nStems + k)));
      stems.set(hasher.stems.subarray(0, k), nStems);
      info.stemStart = nStems;
      nStems += k;
      info.stemEnd = nStems;
    }
    if (info.prefix && body.trim() === "") {
      info.boiler = { rule: info.prefix.rule, match: info.prefix.match };
      info.prefix = null;
      info.stemStart = info.stemEnd = -1; // worked out past a prefix that is now gone
      continue;
    }
    if (span.kind !== "heading") info.boiler = matchLine(body, count, rules);
    if (info.boiler || count === 0 || !options.dedupe) continue;

    const fp = hasher.fingerprint();
    info.fpHi = fp.hi;
    info.fpLo = fp.lo;
    if (!useShingles || count < options.ngram) continue;
    // At most a pick a token; the sample is worked out where the tokens are (the WebAssembly pass's memory).
    if (sel + count > selHash.length) {
      const cap = Math.max(selHash.length * 2, sel + count);
      selHash = grow(selHash, new Uint32Array(cap));
      selPos = grow(selPos, new Int32Array(cap));
    }
    sel += hasher.sample(options.ngram, count < FULL_LENGTH ? 1 : options.window, selPos, selHash, sel);
    info.selEnd = sel;
  }
  hasher.release();
  if (options.format !== "markdown") rejudgeBlocks(text, lines, units);
  const a = { text, lines, units, selHash: selHash.subarray(0, sel), selPos: selPos.subarray(0, sel), stems: stems.subarray(0, nStems) };
  for (const u of units) u.raw = rawHash(a, u, options);
  return a;
}

/** UnitInfo.raw of a unit, once its kind is known. */
export function rawHash(a: Analysis, u: UnitInfo, options: Options): number {
  if ((u.fpHi === 0 && u.fpLo === 0) || (u.kind === "paragraph" && u.tokens >= options.minWords)) return 0;
  const body = unitBody(a, u);
  return mayHoldFacts(body) ? textHash(body) : 0;
}

/** FNV-1a over the UTF-16 code units of `s`, never 0. */
function textHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0 || 1;
}

/** A unit's text as the rules see it: BOM and stripped prefix removed. */
export function unitBody(a: Analysis, u: UnitInfo): string {
  const from = unitBodyStart(a, u);
  return a.text.slice(from, a.lines.end[u.last] ?? from);
}

/** Where unitBody(a, u) starts in a.text (a byte-order mark and the unit's prefix left out); it ends at a.lines.end[u.last]. */
export function unitBodyStart(a: Analysis, u: UnitInfo): number {
  let from = a.lines.start[u.first] ?? 0;
  if (from === 0 && a.text.charCodeAt(0) === 0xfeff) from = 1;
  if (u.prefix) from += u.prefix.length;
  return from;
}

function grow<T extends Uint32Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
