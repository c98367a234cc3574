import type { Cut } from "../core/types.js";
export type MarkKind = "duplicate" | "near-duplicate" | "rule" | "learned";
export declare const MARK_KINDS: readonly {
    kind: MarkKind;
    label: string;
    cls: string;
}[];
/** Learned boilerplate (cut by what winnow learned from the run, not by a written rule) gets its own colour. */
export declare function markKind(c: Cut): MarkKind;
export declare function kindClass(k: MarkKind): string;
export declare function countByKind(cuts: readonly Cut[]): Record<MarkKind, number>;
/** 12345 -> "12,345"; fixed grouping so the page does not depend on the machine's locale. */
export declare function formatInt(n: number): string;
export declare function formatPercent(part: number, whole: number): string;
