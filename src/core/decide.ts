// Walks the units in order against the index of kept text and decides what each one is.
import type { Analysis, UnitInfo } from "./analyze.js";
import { STUB_RULE } from "./boilerplate/rules.js";
import type { RuleSet } from "./boilerplate/ruleset.js";
import type { DedupIndex } from "./dedup-index.js";
import { findNearDuplicate } from "./near-duplicate.js";
import type { Options } from "./options.js";
import type { CutKind } from "./types.js";

export interface Decision {
  kind: CutKind;
  rule: string;
  match?: string;
  /** Index record id of the kept copy. */
  source?: number;
  similarity?: number;
}

/** One entry per unit: null keeps it. */
export type Decisions = (Decision | null)[];

/** Kinds a writer repeats on purpose; only a repeated block around them can cut them. */
function eligibleForDuplicate(u: UnitInfo, o: Options): boolean {
  return u.kind === "paragraph" && u.tokens >= o.minWords;
}

/**
 * `registerDeferred: false` leaves the short units out of the index: a stream cleaned in segments
 * must not let them be sources for its later segments, as the whole text would not.
 */
export function decide(a: Analysis, doc: number, index: DedupIndex, o: Options, rules: RuleSet, registerDeferred = true): Decisions {
  const units = a.units;
  const out: Decisions = new Array<Decision | null>(units.length).fill(null);
  const exactOf = new Int32Array(units.length).fill(-1);
  const deferred: number[] = [];

  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (!u) continue;
    if (u.boiler) {
      out[i] = { kind: "boilerplate", rule: u.boiler.rule, match: u.boiler.match };
      continue;
    }
    if (u.tokens === 0 || !o.dedupe || (u.fpHi === 0 && u.fpLo === 0)) continue;
    const exact = index.exact.get(u.fpHi, u.fpLo);
    exactOf[i] = exact;
    if (eligibleForDuplicate(u, o)) {
      if (exact >= 0) {
        out[i] = { kind: "duplicate", rule: "exact", source: exact, similarity: 1 };
        continue;
      }
      if (!o.exact && u.tokens >= o.ngram) {
        const near = findNearDuplicate(a, u, index, o);
        if (near && near.similarity > o.threshold) {
          out[i] = { kind: "near-duplicate", rule: "near", source: near.source, similarity: near.similarity };
          continue;
        }
      }
      register(a, i, doc, index);
    } else {
      deferred.push(i);
    }
  }

  cutRepeatedBlocks(a, doc, index, out, exactOf);
  if (rules.stub) cutStubs(units, out, o.stubMaxWords);
  // Units that no rule may cut on their own are registered once the text is decided,
  // so that a unit cut by the neighbour rules never becomes a source.
  if (registerDeferred) for (const i of deferred) if (out[i] === null) register(a, i, doc, index);
  return out;
}

function register(a: Analysis, i: number, doc: number, index: DedupIndex): void {
  const u = a.units[i];
  if (!u) return;
  const id = index.record(doc, i, u.first, u.last);
  index.exact.setIfAbsent(u.fpHi, u.fpLo, id);
  for (let s = u.selStart; s < u.selEnd; s++) index.shingles.setIfAbsent(a.selHash[s] ?? 0, id);
}

/**
 * A short unit repeated together with the paragraphs around it (the title of an article printed
 * twice) is part of the repeated block: cut it when a neighbour was cut as a duplicate of the
 * neighbour of its own kept copy. A refrain has no long duplicate beside it, so it stays.
 */
function cutRepeatedBlocks(a: Analysis, doc: number, index: DedupIndex, out: Decisions, exactOf: Int32Array): void {
  const units = a.units;
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < units.length; i++) {
      const u = units[i];
      if (!u || out[i] !== null || u.tokens === 0 || exactOf[i] === -1) continue;
      for (const step of [1, -1]) {
        const d = out[i + step];
        if (!d || d.source === undefined || (d.kind !== "duplicate" && d.kind !== "near-duplicate")) continue;
        const neighbourSource = index.get(d.source);
        if (index.unitHasFingerprint(neighbourSource.doc, neighbourSource.unit - step, u.fpHi, u.fpLo)) {
          out[i] = { kind: "duplicate", rule: "repeated-block", source: exactOf[i] ?? -1, similarity: 1 };
          changed = true;
          break;
        }
      }
    }
  }
}

/**
 * onion's stub rule: a short unit with cut text on both sides, or cut text before it and the end
 * of the text after it, goes too. The start of a text does not count as cut text: titles stand there.
 */
function cutStubs(units: UnitInfo[], out: Decisions, maxWords: number): void {
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < units.length; i++) {
      const u = units[i];
      if (!u || out[i] !== null || u.kind === "code" || u.kind === "table-row" || u.tokens > maxWords) continue;
      const cutBefore = i > 0 && out[i - 1] !== null;
      const cutAfter = i === units.length - 1 || out[i + 1] !== null;
      if (!cutBefore || !cutAfter) continue;
      out[i] = { kind: "boilerplate", rule: STUB_RULE, match: `${u.tokens} words between cut text` };
      changed = true;
    }
  }
}
