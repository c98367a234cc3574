// A committed text as a check of a change uses it: what cleaning it alone puts in the index (its kept
// units, the keys they hold) and its line templates, kept between runs (src/io/reference-store.ts);
// and the findings a changed text adds to those its committed version had.
import { analyze } from "./analyze.js";
import type { RuleSet } from "./boilerplate/ruleset.js";
import { cleanAnalysis } from "./clean.js";
import { DedupIndex, type IndexedText } from "./dedup-index.js";
import { fileTemplateHashes } from "./learned-lines.js";
import type { Options } from "./options.js";
import type { Cut } from "./types.js";

export interface CommittedText {
  indexed: IndexedText;
  /** Template hashes (fileTemplateHashes), for learned boilerplate across the tree. */
  templates: Uint32Array;
}

/**
 * The text cleaned alone. Added to a run's index in path order (importDocument), the first holder
 * of a key keeps it, as when the texts are cleaned in one run; a copy the run would cut in a later
 * text is a source as well, which changes which copy a finding names, not whether there is one.
 */
export function indexCommittedText(text: string, o: Options, rules: RuleSet): CommittedText {
  const index = new DedupIndex(64).journal();
  cleanAnalysis(analyze(text, o, rules), o, rules, { index });
  return { indexed: index.exportDocument(index.documents - 1), templates: fileTemplateHashes(text) };
}

/**
 * The cuts of a changed text that its committed version did not have: a cut matches a baseline cut
 * of the same kind (duplicates of any kind alike; boilerplate by rule) and the same text, white space
 * aside, each baseline cut matching once. A paragraph pasted a second time is new; the first copy,
 * cut before too, is not.
 */
export function newFindings(cuts: readonly Cut[], baseline: readonly Cut[]): Cut[] {
  const left = new Map<string, number>();
  for (const c of baseline) left.set(cutKey(c), (left.get(cutKey(c)) ?? 0) + 1);
  return cuts.filter((c) => {
    const k = cutKey(c);
    const n = left.get(k) ?? 0;
    if (n === 0) return true;
    left.set(k, n - 1);
    return false;
  });
}

function cutKey(c: Cut): string {
  const kind = c.kind === "boilerplate" ? `b:${c.rule}` : "d";
  return `${kind}\0${c.prefix ? "p" : ""}\0${c.text.replace(/\s+/g, " ").trim()}`;
}
