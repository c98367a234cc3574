import type { Lines } from "./lines.js";
export type UnitKind = "paragraph" | "verse" | "list-item" | "table-row" | "heading" | "code";
export interface UnitSpan {
    /** 0-based first and last line. */
    first: number;
    last: number;
    kind: UnitKind;
}
/** Units over the non-blank lines; blank lines belong to no unit. */
export declare function splitUnits(text: string, lines: Lines): UnitSpan[];
/** What one block (lines with no blank line among them) splits into, lines numbered from 0. */
export declare function splitBlockLines(block: string[]): UnitSpan[];
/**
 * Blocks some of whose lines a line rule cuts are judged again (verse or prose, numbered or not)
 * on the lines that stay: that is the block a second cleaning sees, so the judgement (which decides
 * what may be cut as a duplicate) is the same both times. Where the lines that stay split otherwise
 * (into hard-wrapped prose), the units stand; clean() cleans the kept text again then.
 */
export declare function rejudgeBlocks(text: string, lines: Lines, units: readonly (UnitSpan & {
    boiler: unknown;
})[]): void;
