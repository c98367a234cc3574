import type { RuleSet } from "./boilerplate/ruleset.js";
import { type IndexedText } from "./dedup-index.js";
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
export declare function indexCommittedText(text: string, o: Options, rules: RuleSet): CommittedText;
/**
 * The cuts of a changed text that its committed version did not have: a cut matches a baseline cut
 * of the same kind (duplicates of any kind alike; boilerplate by rule) and the same text, white space
 * aside, each baseline cut matching once. A paragraph pasted a second time is new; the first copy,
 * cut before too, is not.
 */
export declare function newFindings(cuts: readonly Cut[], baseline: readonly Cut[]): Cut[];
