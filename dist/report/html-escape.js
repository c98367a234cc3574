// Escaping for text from the input (and file and rule names) placed in HTML text or attribute values.
const ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
/** Safe in element content and in quoted attribute values: no tag, entity or quote can open. */
export function escapeHtml(s) {
    return s.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
/** Shortens long text for a note or a table cell, on a code point boundary. */
export function clip(s, max) {
    const cps = Array.from(s);
    return cps.length <= max ? s : cps.slice(0, max - 1).join("") + "…";
}
//# sourceMappingURL=html-escape.js.map