// The four kinds of cut the HTML report tells apart by colour, and small number formats it shares.
import { LEARNED_RULE } from "../core/learned-lines.js";
export const MARK_KINDS = [
    { kind: "duplicate", label: "duplicate", cls: "k-dup" },
    { kind: "near-duplicate", label: "near-duplicate", cls: "k-near" },
    { kind: "rule", label: "boilerplate rule", cls: "k-rule" },
    { kind: "learned", label: "learned boilerplate", cls: "k-learned" },
];
/** Learned boilerplate (cut by what winnow learned from the run, not by a written rule) gets its own colour. */
export function markKind(c) {
    if (c.kind === "boilerplate")
        return c.rule === LEARNED_RULE ? "learned" : "rule";
    return c.kind;
}
export function kindClass(k) {
    return MARK_KINDS.find((m) => m.kind === k)?.cls ?? "k-rule";
}
export function countByKind(cuts) {
    const n = { duplicate: 0, "near-duplicate": 0, rule: 0, learned: 0 };
    for (const c of cuts)
        n[markKind(c)]++;
    return n;
}
/** 12345 -> "12,345"; fixed grouping so the page does not depend on the machine's locale. */
export function formatInt(n) {
    return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
export function formatPercent(part, whole) {
    return whole === 0 ? "0%" : `${Math.round((part / whole) * 100)}%`;
}
//# sourceMappingURL=html-kinds.js.map