// One file's section: its lines with every cut struck through in place, the reason beside each cut.
import { splitLines } from "../core/lines.js";
import { clip, escapeHtml } from "./html-escape.js";
import { keptLines, stripBom } from "./html-kept-lines.js";
import { countByKind, formatInt, formatPercent, kindClass, markKind, MARK_KINDS } from "./html-kinds.js";
export const lineId = (file, line) => `f${file}-${line}`;
export function fileSection(fr, index, anchors, mode) {
    const cuts = fr.result.cuts;
    const name = escapeHtml(fr.file);
    const head = `<h2><a href="#f${index}">${name}</a></h2><p class="fstats">${fileFigures(fr)}</p>`;
    const wrap = (body) => (mode.lazy ? `<noscript class="lazy">${body}</noscript>` : body);
    if (cuts.length === 0) {
        const body = mode.withBody
            ? `<details><summary>show the text (nothing cut; cuts in other files point here)</summary>${wrap(sourceRows(fr, splitLines(fr.input), index, anchors, null))}</details>`
            : "";
        return `<section class="file nocut" id="f${index}">${head}${body}</section>\n`;
    }
    const lines = splitLines(fr.input);
    const kept = keptLines(fr.input, lines, cuts, fr.result.text);
    const toggle = `<input type="checkbox" class="only" id="only-f${index}">` +
        `<label class="only-label" for="only-f${index}">clean text only</label>`;
    const alt = kept === null ? `<pre class="clean-alt">${escapeHtml(stripBom(fr.result.text))}</pre>` : "";
    return `<section class="file" id="f${index}">${head}${wrap(toggle + sourceRows(fr, lines, index, anchors, kept) + alt)}</section>\n`;
}
function fileFigures(fr) {
    const s = fr.result.stats;
    const byKind = countByKind(fr.result.cuts);
    const kinds = MARK_KINDS.filter((m) => byKind[m.kind] > 0).map((m) => `<span class="chip ${m.cls}">${byKind[m.kind]} ${m.label}</span>`);
    const cut = s.bytesIn - s.bytesOut;
    return (`${formatInt(s.linesIn)} → ${formatInt(s.linesOut)} lines · ${formatInt(s.bytesIn)} → ${formatInt(s.bytesOut)} bytes` +
        (cut > 0 ? ` (${formatPercent(cut, s.bytesIn)} cut)` : "") +
        (kinds.length > 0 ? " · " + kinds.join(" ") : " · nothing cut"));
}
/** The rows of a file; rows absent from the clean text carry class x, so the toggle can hide them. */
function sourceRows(fr, lines, index, anchors, kept) {
    const text = fr.input;
    const whole = new Map();
    const prefix = new Map();
    for (const c of fr.result.cuts)
        (c.prefix ? prefix : whole).set(c.startLine, c);
    const out = [`<div class="src${kept === null ? " alt" : ""}">`];
    const n = lines.start.length;
    for (let l = 1; l <= n; l++) {
        const raw = text.slice(lines.start[l - 1], lines.end[l - 1]);
        const line = l === 1 ? stripBom(raw) : raw;
        const hidden = kept !== null && !kept[l - 1] ? " x" : "";
        const c = whole.get(l) ?? prefix.get(l);
        if (!c) {
            out.push(`<div class="r${hidden}" id="${lineId(index, l)}">${escapeHtml(line)}</div>`);
            continue;
        }
        out.push(`<div class="cut ${kindClass(markKind(c))}${c.prefix ? " pfx" : ""}" data-cut="${markKind(c)}"><div class="cl">`);
        if (c.prefix) {
            const rest = line.startsWith(c.text) ? line.slice(c.text.length) : line;
            out.push(`<div class="r${hidden}" id="${lineId(index, l)}"><del>${escapeHtml(c.text)}</del>${escapeHtml(rest)}</div>`);
        }
        else {
            for (let k = l; k <= Math.min(c.endLine, n); k++) {
                const t = text.slice(lines.start[k - 1], lines.end[k - 1]);
                out.push(`<div class="r x" id="${lineId(index, k)}"><del>${escapeHtml(k === 1 ? stripBom(t) : t)}</del></div>`);
            }
            l = Math.max(l, Math.min(c.endLine, n));
        }
        out.push(`</div><div class="why">${reason(c, index, anchors)}</div></div>`);
    }
    out.push("</div>");
    return out.join("\n");
}
/** Why a cut was made: the rule and what it matched, or a link to the kept copy and how alike they are. */
function reason(c, index, anchors) {
    const kind = markKind(c);
    if (kind === "rule" || kind === "learned") {
        const what = kind === "learned" ? "learned boilerplate" : `rule <code>${escapeHtml(c.rule)}</code>`;
        const match = c.match !== undefined && c.match !== "" ? ` <span class="match">${escapeHtml(clip(c.match, 160))}</span>` : "";
        return `${c.prefix ? "prefix · " : ""}${what}${match}`;
    }
    const label = kind === "near-duplicate" ? "near-duplicate" : c.rule === "exact" ? "exact copy" : `duplicate (${escapeHtml(c.rule)})`;
    const sim = c.similarity !== undefined ? ` · ${Math.round(c.similarity * 100)}% alike` : "";
    if (!c.source)
        return `${label}${sim}`;
    const { file, startLine, endLine } = c.source;
    const lines = startLine === endLine ? `line ${startLine}` : `lines ${startLine}–${endLine}`;
    const target = file === undefined ? index : anchors.fileIndex.get(file);
    const where = file === undefined ? lines : `${escapeHtml(file)}, ${lines}`;
    const link = target === undefined ? where : `<a class="src-link" href="#${lineId(target, startLine)}">${where}</a>`;
    return `${label} of ${link}${sim}`;
}
//# sourceMappingURL=html-file.js.map