// What a batch run keeps of a cleaned file beyond its output bytes, made where the file is cleaned
// (a worker thread with --jobs 2 and more): its cut counts always, its cuts or its texts only when
// the run asks for them, so that a plain --out-dir run sends no text back to the main thread.
import { LEARNED_RULE } from "../core/learned-lines.js";
import type { CleanResult, Cut, CutKind } from "../core/types.js";

/**
 * What a run keeps of each file beyond its counts: nothing, its cuts (--check: the reporters read no
 * text, and keeping the texts took a check of the 213 MB bench tree to 1.2 GB), or its texts too
 * (the report).
 */
export type Keep = "counts" | "findings" | "results";

/** A file's cuts by kind, and its learned-line cuts by what they matched. */
export interface CutCounts {
  kinds: Record<CutKind, number>;
  /** [match, cuts] of learned lines, when there are any. */
  learned?: [string, number][];
}

/** The parts of a cleaned file that `keep` asks for. */
export interface KeptParts {
  /** Every cut and the file's figures (--check, the report). */
  findings?: Pick<CleanResult, "cuts" | "stats">;
  /** The clean text and every cut (the report). */
  result?: CleanResult;
  /** The decoded input (the report). */
  input?: string;
}

/** The parts of a cleaned file's outcome that `keep` asks for. */
export function keptParts(keep: Keep, result: CleanResult, input: string): KeptParts {
  if (keep === "results") return { findings: result, result, input };
  if (keep === "findings") return { findings: { cuts: result.cuts.map(detachedCut), stats: result.stats } };
  return {};
}

/**
 * The cut with its strings copied: a cut's text and match are substrings of the file's text, and V8
 * keeps the whole of a string alive for any substring of it, so kept as they are they would still
 * hold every file's text (over the bench tree: 924 MB of peak RSS against 541 MB with the copies).
 */
function detachedCut(c: Cut): Cut {
  const copy = { ...c, text: detached(c.text) };
  if (c.match !== undefined) copy.match = detached(c.match);
  return copy;
}

/** A copy of `s` that shares no memory with the string it was cut from. */
function detached(s: string): string {
  // Prepending makes a new string; slicing it flattens that into one fresh copy.
  return (" " + s).slice(1);
}

/** A file's cuts counted; learned matches as `matches` holds them (one string each for the run). */
export function countCuts(result: CleanResult, matches: Map<string, string>): CutCounts {
  const kinds = { duplicate: 0, "near-duplicate": 0, boilerplate: 0 };
  let learned: Map<string, number> | null = null;
  for (const c of result.cuts) {
    kinds[c.kind]++;
    if (c.rule !== LEARNED_RULE || c.match === undefined) continue;
    learned ??= new Map();
    const m = shared(matches, c.match);
    learned.set(m, (learned.get(m) ?? 0) + 1);
  }
  return learned ? { kinds, learned: [...learned] } : { kinds };
}

/** Counts that came from another thread, their learned matches as `matches` holds them. */
export function sharedMatches(c: CutCounts, matches: Map<string, string>): CutCounts {
  if (c.learned) for (const e of c.learned) e[0] = shared(matches, e[0]);
  return c;
}

function shared(matches: Map<string, string>, s: string): string {
  let m = matches.get(s);
  if (m === undefined) matches.set(s, (m = detached(s)));
  return m;
}
