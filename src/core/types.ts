// Plain data shared by the core, the reporters and the CLI.
import type { WordDiff } from "./word-diff.js";

export type { WordChange, WordDiff } from "./word-diff.js";

export type CutKind = "duplicate" | "near-duplicate" | "boilerplate";

/** Where the kept copy of a duplicate stands. */
export interface SourceRef {
  /** The file holding the kept copy; absent when it is the same text. */
  file?: string;
  startLine: number;
  endLine: number;
}

export interface Cut {
  kind: CutKind;
  /** 1-based, inclusive line range in the input. */
  startLine: number;
  endLine: number;
  /** The text that was removed (for a prefix cut, only the prefix). */
  text: string;
  /** True when only the start of the line was removed and the rest kept. */
  prefix: boolean;
  /** Boilerplate: the rule that fired. Duplicates: "exact", "near" or "repeated-block". */
  rule: string;
  /** Boilerplate: what the rule matched. */
  match?: string;
  /** Duplicates: the kept copy. */
  source?: SourceRef;
  /** Duplicates: share of the unit's tokens found in the kept copy (1 for exact). */
  similarity?: number;
  /** Near duplicates: what differs from the kept copy, in words. */
  differs?: WordDiff;
  /** Boilerplate cut by a model (page-model): its confidence, 0 to 1. */
  score?: number;
}

export interface CleanStats {
  bytesIn: number;
  bytesOut: number;
  linesIn: number;
  linesOut: number;
  units: number;
  cuts: Record<CutKind, number>;
}

export interface CleanResult {
  text: string;
  cuts: Cut[];
  stats: CleanStats;
}
