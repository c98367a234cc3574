// The first section of a batch report: totals, charts, the table of files and the most frequent boilerplate.
import { barChart } from "./html-chart.js";
import { clip, escapeHtml } from "./html-escape.js";
import { lineId } from "./html-file.js";
import { countByKind, formatInt, formatPercent, kindClass, markKind, MARK_KINDS } from "./html-kinds.js";
const TOP_RULES = 20;
const TOP_LINES = 25;
/** `lazy`: the file table is held in <noscript> too (see SectionMode.lazy); a 5,000-row table parsed among the rest of a large page costs seconds. */
export function summarySection(files, lazy) {
    return (`<section class="summary" id="summary"><h2>Summary</h2>` +
        totals(files) +
        `<div class="charts">${kindChart(files)}${ruleChart(files)}</div>` +
        `<h3>Files, by bytes cut</h3>${fileTable(files, lazy)}` +
        frequentBoilerplate(files) +
        `</section>\n`);
}
function totals(files) {
    let bytesIn = 0;
    let bytesOut = 0;
    let changed = 0;
    const byKind = { duplicate: 0, "near-duplicate": 0, rule: 0, learned: 0 };
    for (const f of files) {
        bytesIn += f.result.stats.bytesIn;
        bytesOut += f.result.stats.bytesOut;
        if (f.result.cuts.length > 0)
            changed++;
        const k = countByKind(f.result.cuts);
        for (const m of MARK_KINDS)
            byKind[m.kind] += k[m.kind];
    }
    const item = (label, value) => `<div><dt>${label}</dt><dd>${value}</dd></div>`;
    return (`<dl class="totals">` +
        item("files", formatInt(files.length)) +
        item("files with cuts", formatInt(changed)) +
        item("bytes in", formatInt(bytesIn)) +
        item("bytes out", formatInt(bytesOut)) +
        item("bytes cut", `${formatInt(bytesIn - bytesOut)} (${formatPercent(bytesIn - bytesOut, bytesIn)})`) +
        MARK_KINDS.map((m) => item(`cuts: ${m.label}`, formatInt(byKind[m.kind]))).join("") +
        `</dl>`);
}
function kindChart(files) {
    const n = { duplicate: 0, "near-duplicate": 0, rule: 0, learned: 0 };
    for (const f of files)
        for (const c of f.result.cuts)
            n[markKind(c)]++;
    return barChart("Cuts by kind", MARK_KINDS.map((m) => ({ label: m.label, value: n[m.kind], cls: barClass(m.kind) })));
}
function ruleChart(files) {
    const byRule = new Map();
    for (const f of files) {
        for (const c of f.result.cuts) {
            const e = byRule.get(c.rule) ?? { value: 0, kind: markKind(c) };
            e.value++;
            byRule.set(c.rule, e);
        }
    }
    const sorted = [...byRule].sort((a, b) => b[1].value - a[1].value || (a[0] < b[0] ? -1 : 1));
    const bars = sorted.slice(0, TOP_RULES).map(([rule, e]) => ({ label: rule, value: e.value, cls: barClass(e.kind) }));
    const rest = sorted.slice(TOP_RULES).reduce((s, [, e]) => s + e.value, 0);
    if (rest > 0)
        bars.push({ label: `${sorted.length - TOP_RULES} other rules`, value: rest, cls: "bar-rule" });
    return barChart("Cuts by rule", bars);
}
const barClass = (k) => kindClass(k).replace("k-", "bar-");
const COLUMNS = ["file", "bytes in", "bytes out", "bytes cut", "cuts", "duplicate", "near-duplicate", "boilerplate"];
/** Sorted by bytes cut, most first, so the order is right without script; the script adds sorting by any column. */
function fileTable(files, lazy) {
    const rows = files.map((f, i) => ({ f, i, cut: f.result.stats.bytesIn - f.result.stats.bytesOut }));
    rows.sort((a, b) => b.cut - a.cut || a.i - b.i);
    const head = COLUMNS.map((c, i) => `<th scope="col"${i === 3 ? ' aria-sort="descending"' : ""}>${c}</th>`).join("");
    const body = rows.map(({ f, i, cut }) => {
        const s = f.result.stats;
        const k = countByKind(f.result.cuts);
        const num = (v) => `<td data-v="${v}">${formatInt(v)}</td>`;
        return (`<tr><td data-v="${i}"><a href="#f${i}">${escapeHtml(f.file)}</a></td>` +
            num(s.bytesIn) + num(s.bytesOut) + num(cut) + num(f.result.cuts.length) +
            num(k.duplicate) + num(k["near-duplicate"]) + num(k.rule + k.learned) + `</tr>`);
    });
    const table = `<table id="files"><thead><tr>${head}</tr></thead><tbody>\n${body.join("\n")}\n</tbody></table>`;
    return `<div class="table-wrap">${lazy ? `<noscript class="lazy">${table}</noscript>` : table}</div>`;
}
/** Boilerplate lines by how often they were cut (whitespace folded), with where each was first seen. */
function frequentBoilerplate(files) {
    const seen = new Map();
    files.forEach((f, i) => {
        for (const c of f.result.cuts) {
            if (c.kind !== "boilerplate")
                continue;
            const key = c.text.replace(/\s+/g, " ").trim();
            if (key === "")
                continue;
            const e = seen.get(key) ?? { count: 0, files: new Set(), rule: c.rule, kind: markKind(c), at: lineId(i, c.startLine) };
            e.count++;
            e.files.add(i);
            seen.set(key, e);
        }
    });
    if (seen.size === 0)
        return "";
    const top = [...seen].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1)).slice(0, TOP_LINES);
    const items = top.map(([text, e]) => `<li><span class="chip ${kindClass(e.kind)}">${escapeHtml(e.rule)}</span> ` +
        `<a href="#${e.at}">${formatInt(e.count)}× in ${formatInt(e.files.size)} file${e.files.size === 1 ? "" : "s"}</a> ` +
        `<span class="t">${escapeHtml(clip(text, 200))}</span></li>`);
    return `<h3>Most frequent boilerplate lines</h3><ol class="frequent">${items.join("")}</ol>`;
}
//# sourceMappingURL=html-summary.js.map