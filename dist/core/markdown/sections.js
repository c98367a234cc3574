const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const INDENTED = /^[ \t]/;
/** Fenced or indented code: what a signature or an example is written in. */
const CODE_BLOCK = /^(?: {0,3}(?:```|~~~)| {4}|\t)/;
/** A paragraph that is only bold text works as a heading: "**Negative ranges**". */
const BOLD_LABEL = /^[ \t]*(\*\*|__)[^*_\n]+\1[ \t:]*$/;
/** Where each unit stands (see the top of this file). */
export function unitPlaces(a) {
    const line = (i) => a.text.slice(a.lines.start[i] ?? 0, a.lines.end[i] ?? 0);
    const body = (first, last) => a.text.slice(a.lines.start[first] ?? 0, a.lines.end[last] ?? 0);
    const places = { key: [], depth: [] };
    const headings = [];
    let anchor = null;
    let item = null;
    for (const u of a.units) {
        // Headings, code, tables and HTML are "code" units in Markdown: never cut, never indexed.
        const h = u.kind === "code" ? heading(line, u.first, u.last) : null;
        if (h) {
            headings.length = h.level - 1;
            for (let l = 0; l < h.level - 1; l++)
                headings[l] ??= "";
            headings.push(h.text);
            anchor = item = null;
        }
        else if ((u.kind === "code" && CODE_BLOCK.test(line(u.first))) || (u.kind === "paragraph" && u.first === u.last && BOLD_LABEL.test(line(u.first)))) {
            anchor = normalized(body(u.first, u.last));
            item = null;
        }
        else if (u.kind === "list-item") {
            item = normalized(line(u.first));
        }
        else if (u.kind === "paragraph" && !INDENTED.test(line(u.first))) {
            item = null; // a paragraph at the margin ends the list
        }
        const inItem = u.kind === "paragraph" && item !== null && INDENTED.test(line(u.first));
        places.key.push(`${headings.join("\n")}\n\n${anchor ?? ""}\n\n${inItem ? item : ""}`);
        places.depth.push(headings.length * 4 + (anchor !== null ? 1 : 0) + (inItem ? 2 : 0));
    }
    return places;
}
function heading(line, first, last) {
    const top = line(first);
    const atx = ATX.exec(top);
    if (atx)
        return { level: (atx[1] ?? "#").length, text: normalized(atx[2] ?? "") };
    // Setext: text lines, then a line of = (level 1) or - (level 2). Front matter and thematic
    // breaks open with such a line instead.
    const under = SETEXT_UNDERLINE.exec(line(last));
    if (last > first && under && !SETEXT_UNDERLINE.test(top)) {
        const body = [];
        for (let i = first; i < last; i++)
            body.push(line(i));
        return { level: under[1]?.startsWith("=") ? 1 : 2, text: normalized(body.join(" ")) };
    }
    return null;
}
function normalized(s) {
    return s.trim().replace(/\s+/g, " ").toLowerCase();
}
//# sourceMappingURL=sections.js.map