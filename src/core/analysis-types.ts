// The shapes analysis hands to near-duplicate search, the context rules and the deciders. A leaf:
// it imports only types from leaves, so none of its readers can form a cycle through it.
import type { Lines } from "./lines.js";
import type { UnitKind } from "./units.js";

export interface PrefixMatch {
  rule: string;
  /** Characters to strip from the start of the unit's first line. */
  length: number;
  match: string;
}

export interface LineMatch {
  rule: string;
  match: string;
}

export interface UnitInfo {
  /** 0-based first and last line. */
  first: number;
  last: number;
  kind: UnitKind;
  /** A header glued to the start of the first line, to strip. */
  prefix: PrefixMatch | null;
  /** A line rule that cuts the whole unit. */
  boiler: LineMatch | null;
  /** Number of normalized tokens (after the prefix). */
  tokens: number;
  fpHi: number;
  fpLo: number;
  /**
   * A unit that only a repeated block can cut (see decide.ts) and that may hold a fact: a hash of
   * its exact text (never 0), so that its copy's text need not be kept to know it holds the same
   * facts. 0 otherwise.
   */
  raw: number;
  /** Range of this unit's winnowed shingles in Analysis.selHash / selPos. */
  selStart: number;
  selEnd: number;
  /** Range of its content stems (as the context rules take them) in Analysis.stems; -1: not worked out. */
  stemStart: number;
  stemEnd: number;
  /**
   * The unit's wording (wording.ts), worked out in the hashing pass when its letters and digits
   * are ASCII; 0 when it was not: unitWording() then works it out from the text.
   */
  skeleton: number;
  words: number;
}

export interface Analysis {
  text: string;
  lines: Lines;
  units: UnitInfo[];
  selHash: Uint32Array;
  selPos: Int32Array;
  /** Content stems of paragraphs and verse, when asked for (see UnitInfo.stemStart). */
  stems: Int32Array;
}
