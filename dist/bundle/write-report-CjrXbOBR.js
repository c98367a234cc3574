import { R as splitLines } from "./start-wbf25Jdb.js";
import { t as jsonReport } from "./json-BtDhsx4Y.js";
import { createHash } from "node:crypto";
// src/report/html-escape.ts
const ENTITIES = {
	"&": "&amp;",
	"<": "&lt;",
	">": "&gt;",
	"\"": "&quot;",
	"'": "&#39;"
};
/** Safe in element content and in quoted attribute values: no tag, entity or quote can open. */
function escapeHtml(s) {
	return s.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
/** Shortens long text for a note or a table cell, on a code point boundary. */
function clip(s, max) {
	const cps = Array.from(s);
	return cps.length <= max ? s : cps.slice(0, max - 1).join("") + "…";
}
// src/report/html-kept-lines.ts
/**
* Matches the clean text's lines, in order, against the input lines that no cut removed (with a cut
* prefix taken off). The clean text is such a subsequence, so the earliest match always succeeds; a
* blank line may pair with another blank line than the one render kept, which looks the same.
* Returns null when the clean text is not such a subsequence (the page then shows it separately).
*/
function keptLines(input, lines, cuts, output) {
	const n = lines.start.length;
	const cutLine = new Array(n).fill(false);
	const prefixLen = new Array(n).fill(0);
	for (const c of cuts) if (c.prefix) prefixLen[c.startLine - 1] = c.text.length;
	else for (let l = c.startLine; l <= c.endLine; l++) cutLine[l - 1] = true;
	const out = splitLines(output);
	const outText = (j) => stripBom(output.slice(out.start[j], out.end[j]));
	const kept = new Array(n).fill(false);
	let j = 0;
	for (let i = 0; i < n && j < out.start.length; i++) {
		if (cutLine[i]) continue;
		if (stripBom(input.slice(lines.start[i], lines.end[i])).slice(prefixLen[i] ?? 0) === outText(j)) {
			kept[i] = true;
			j++;
		}
	}
	return j === out.start.length ? kept : null;
}
function stripBom(s) {
	return s.charCodeAt(0) === 65279 ? s.slice(1) : s;
}
// src/report/html-kinds.ts
const MARK_KINDS = [
	{
		kind: "duplicate",
		label: "duplicate",
		cls: "k-dup"
	},
	{
		kind: "near-duplicate",
		label: "near-duplicate",
		cls: "k-near"
	},
	{
		kind: "rule",
		label: "boilerplate rule",
		cls: "k-rule"
	},
	{
		kind: "learned",
		label: "learned boilerplate",
		cls: "k-learned"
	}
];
/** Learned boilerplate (cut by what winnow learned from the run, not by a written rule) gets its own colour. */
function markKind(c) {
	if (c.kind === "boilerplate") return c.rule === "learned" ? "learned" : "rule";
	return c.kind;
}
function kindClass(k) {
	return MARK_KINDS.find((m) => m.kind === k)?.cls ?? "k-rule";
}
function countByKind(cuts) {
	const n = {
		duplicate: 0,
		"near-duplicate": 0,
		rule: 0,
		learned: 0
	};
	for (const c of cuts) n[markKind(c)]++;
	return n;
}
/** 12345 -> "12,345"; fixed grouping so the page does not depend on the machine's locale. */
function formatInt(n) {
	return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
function formatPercent(part, whole) {
	return whole === 0 ? "0%" : `${Math.round(part / whole * 100)}%`;
}
// src/report/html-file.ts
const lineId = (file, line) => `f${file}-${line}`;
function fileSection(fr, index, anchors, mode) {
	const cuts = fr.result.cuts;
	const head = `<h2><a href="#f${index}">${escapeHtml(fr.file)}</a></h2><p class="fstats">${fileFigures(fr)}</p>`;
	const wrap = (body) => mode.lazy ? `<noscript class="lazy">${body}</noscript>` : body;
	if (cuts.length === 0) return `<section class="file nocut" id="f${index}">${head}${mode.withBody ? `<details><summary>show the text (nothing cut; cuts in other files point here)</summary>${wrap(sourceRows(fr, splitLines(fr.input), index, anchors, null))}</details>` : ""}</section>\n`;
	const lines = splitLines(fr.input);
	const kept = keptLines(fr.input, lines, cuts, fr.result.text);
	const toggle = `<input type="checkbox" class="only" id="only-f${index}"><label class="only-label" for="only-f${index}">clean text only</label>`;
	const alt = kept === null ? `<pre class="clean-alt">${escapeHtml(stripBom(fr.result.text))}</pre>` : "";
	return `<section class="file" id="f${index}">${head}${wrap(toggle + sourceRows(fr, lines, index, anchors, kept) + alt)}</section>\n`;
}
function fileFigures(fr) {
	const s = fr.result.stats;
	const byKind = countByKind(fr.result.cuts);
	const kinds = MARK_KINDS.filter((m) => byKind[m.kind] > 0).map((m) => `<span class="chip ${m.cls}">${byKind[m.kind]} ${m.label}</span>`);
	const cut = s.bytesIn - s.bytesOut;
	return `${formatInt(s.linesIn)} → ${formatInt(s.linesOut)} lines · ${formatInt(s.bytesIn)} → ${formatInt(s.bytesOut)} bytes` + (cut > 0 ? ` (${formatPercent(cut, s.bytesIn)} cut)` : "") + (kinds.length > 0 ? " · " + kinds.join(" ") : " · nothing cut");
}
/** The rows of a file; rows absent from the clean text carry class x, so the toggle can hide them. */
function sourceRows(fr, lines, index, anchors, kept) {
	const text = fr.input;
	const whole = /* @__PURE__ */ new Map();
	const prefix = /* @__PURE__ */ new Map();
	for (const c of fr.result.cuts) (c.prefix ? prefix : whole).set(c.startLine, c);
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
		} else {
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
		const match = c.match !== void 0 && c.match !== "" ? ` <span class="match">${escapeHtml(clip(c.match, 160))}</span>` : "";
		return `${c.prefix ? "prefix · " : ""}${what}${match}`;
	}
	const label = kind === "near-duplicate" ? "near-duplicate" : c.rule === "exact" ? "exact copy" : `duplicate (${escapeHtml(c.rule)})`;
	const sim = c.similarity !== void 0 ? ` · ${Math.round(c.similarity * 100)}% alike` : "";
	if (!c.source) return `${label}${sim}`;
	const { file, startLine, endLine } = c.source;
	const lines = startLine === endLine ? `line ${startLine}` : `lines ${startLine}–${endLine}`;
	const target = file === void 0 ? index : anchors.fileIndex.get(file);
	const where = file === void 0 ? lines : `${escapeHtml(file)}, ${lines}`;
	return `${label} of ${target === void 0 ? where : `<a class="src-link" href="#${lineId(target, startLine)}">${where}</a>`}${sim}`;
}
// src/report/html-script.ts
const SCRIPT = `(() => {
  // With scripting on, <noscript class="lazy"> holds markup as inert text: parse it when needed.
  const draw = (root) => {
    for (const n of root.querySelectorAll("noscript.lazy")) {
      n.insertAdjacentHTML("beforebegin", n.textContent);
      n.remove();
    }
  };
  const wrap = document.querySelector(".table-wrap");
  if (wrap) draw(wrap);
  const table = document.getElementById("files");
  if (table) {
    const body = table.tBodies[0];
    const heads = Array.from(table.tHead.rows[0].cells);
    const value = (row, col) => Number(row.cells[col].dataset.v);
    heads.forEach((th, col) => {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", () => {
        const current = th.getAttribute("aria-sort");
        const dir = current ? (current === "descending" ? "ascending" : "descending") : col === 0 ? "ascending" : "descending";
        heads.forEach((h) => h.removeAttribute("aria-sort"));
        th.setAttribute("aria-sort", dir);
        const sign = dir === "ascending" ? 1 : -1;
        const rows = Array.from(body.rows);
        rows.sort((a, b) => sign * (value(a, col) - value(b, col)) || value(a, 0) - value(b, 0));
        body.append(...rows);
      });
    });
  }
  const lazy = Array.from(document.querySelectorAll("noscript.lazy"));
  if (lazy.length > 0) {
    const seen = new IntersectionObserver((entries) => {
      for (const e of entries) if (e.isIntersecting) { seen.unobserve(e.target); draw(e.target); }
    }, { rootMargin: "2000px 0px" });
    new Set(lazy.map((n) => n.closest("section"))).forEach((s) => s && seen.observe(s));
    const note = document.querySelector(".lazy-note");
    if (note) note.hidden = false;
    const all = document.getElementById("draw-all");
    if (all) all.addEventListener("click", () => { draw(document); note.hidden = true; });
  }
  // Files drawn above a link's target change the page's height after the jump: keep the target in
  // view while the page settles, until the reader scrolls or a moment has passed.
  let settle = null;
  const stop = () => { if (settle) settle.disconnect(); settle = null; };
  for (const type of ["wheel", "touchstart", "keydown", "mousedown"]) addEventListener(type, stop, { passive: true });
  const reveal = () => {
    const id = location.hash.length > 1 ? decodeURIComponent(location.hash.slice(1)) : "";
    if (!id) return;
    const file = /^f\\d+/.exec(id);
    const section = file && document.getElementById(file[0]);
    if (section) draw(section);
    const el = document.getElementById(id);
    if (!el) return;
    for (let d = el.closest("details"); d; d = d.parentElement && d.parentElement.closest("details")) d.open = true;
    el.scrollIntoView({ block: "center" });
    stop();
    const main = document.querySelector("main");
    if (!main) return;
    const watch = new ResizeObserver(() => el.scrollIntoView({ block: "center" }));
    watch.observe(main);
    settle = watch;
    setTimeout(() => { if (settle === watch) stop(); }, 1500);
  };
  addEventListener("hashchange", reveal);
  reveal();
})();`;
// src/report/html-styles.ts
const STYLES = `
:root{--dup:#1d5fbf;--near:#7a3db8;--rule:#c2410c;--learned:#0f766e;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#fff}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
header,main,footer{max-width:1200px;margin:0 auto;padding:0 1rem}
header{padding-top:1rem}
h1{font-size:1.4rem;margin:.5rem 0}
h2{font-size:1.1rem;margin:0 0 .25rem;overflow-wrap:anywhere}
h3{font-size:1rem;margin:1.25rem 0 .5rem}
a{color:#0550ae}
code,.src,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px}
.legend{display:flex;flex-wrap:wrap;gap:.5rem;margin:.5rem 0;padding:0;list-style:none}
.chip{display:inline-block;padding:0 .45rem;border-radius:1rem;border:1px solid currentColor;font-size:12px;white-space:nowrap}
.k-dup{--k:var(--dup)}.k-near{--k:var(--near)}.k-rule{--k:var(--rule)}.k-learned{--k:var(--learned)}
.chip.k-dup,.chip.k-near,.chip.k-rule,.chip.k-learned{color:var(--k)}
.summary{border-bottom:1px solid var(--line);padding-bottom:1rem}
.totals{display:grid;grid-template-columns:repeat(auto-fill,minmax(11rem,1fr));gap:.5rem;margin:0}
.totals div{border:1px solid var(--line);border-radius:6px;padding:.4rem .6rem}
.totals dt{color:var(--muted);font-size:12px}.totals dd{margin:0;font-size:1.1rem;font-weight:600}
.charts{display:flex;flex-wrap:wrap;gap:1.5rem}
.charts figure{margin:0}.charts figcaption{font-weight:600;margin-bottom:.25rem}
.bar-dup{fill:var(--dup)}.bar-near{fill:var(--near)}.bar-rule{fill:var(--rule)}.bar-learned{fill:var(--learned)}
svg text{font:12px system-ui,sans-serif;fill:var(--fg)}
.table-wrap{max-height:28rem;overflow:auto;border:1px solid var(--line);border-radius:6px}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{padding:.2rem .5rem;border-bottom:1px solid var(--line);text-align:right;white-space:nowrap}
th{position:sticky;top:0;background:#f6f8fa}
th:first-child,td:first-child{text-align:left;white-space:normal;overflow-wrap:anywhere}
th button{font:inherit;font-weight:600;border:0;background:none;padding:0;cursor:pointer;color:inherit}
th[aria-sort=descending]::after{content:" ▼"}th[aria-sort=ascending]::after{content:" ▲"}
ol.frequent{padding-left:1.5rem}ol.frequent li{margin:.2rem 0;overflow-wrap:anywhere}
ol.frequent .t{font-family:ui-monospace,monospace;font-size:13px}
.file{border-bottom:1px solid var(--line);padding:1rem 0;content-visibility:auto;contain-intrinsic-size:auto 30rem}
.file.nocut{contain-intrinsic-size:auto 4rem}
.file:target h2{background:#fff8c5}
.fstats{margin:0 0 .5rem;color:var(--muted);font-size:13px}
.only-label{font-size:13px;user-select:none;cursor:pointer}
.only{margin:0 .3rem 0 0;vertical-align:middle}
.src{counter-reset:ln;margin-top:.5rem;border:1px solid var(--line);border-radius:6px;padding:.25rem 0}
.r{position:relative;padding:0 .75rem 0 4rem;white-space:pre-wrap;overflow-wrap:anywhere;min-height:1.5em;scroll-margin-top:30vh}
.r::before{counter-increment:ln;content:counter(ln);position:absolute;left:0;width:3.25rem;text-align:right;color:#8c959f;user-select:none}
.src>.r{margin-right:17rem}
.r:target{background:#fff8c5;outline:2px solid #d4a72c}
.cut{display:flex;background:color-mix(in srgb,var(--k) 8%,transparent);box-shadow:inset 3px 0 var(--k)}
.cl{flex:1;min-width:0}
.cut+.cut{border-top:1px solid color-mix(in srgb,var(--k) 30%,transparent)}
.cut del{color:var(--k);text-decoration:line-through;text-decoration-color:var(--k)}
.pfx .r{color:var(--fg)}
.why{flex:0 0 17rem;padding:0 .5rem;font:12px/1.5 system-ui,sans-serif;color:var(--k);border-left:1px dashed var(--k);overflow-wrap:anywhere}
.why .match{color:var(--muted)}.why .match::before{content:"“"}.why .match::after{content:"”"}
.only:checked~.src .x,.only:checked~.src .why,.only:checked~.src .pfx del,.only:checked~.src .r::before{display:none}
.only:checked~.src .cut{display:block;background:none;box-shadow:none}
.only:checked~.src>.r{margin-right:0}.only:checked~.src .r{padding-left:.75rem}
.clean-alt{display:none;white-space:pre-wrap;border:1px solid var(--line);border-radius:6px;padding:.25rem .75rem}
.only:checked~.clean-alt{display:block}.only:checked~.src.alt{display:none}
details>summary{cursor:pointer;font-size:13px;color:var(--muted)}
footer{color:var(--muted);font-size:12px;padding:1rem}
@media (max-width:800px){.cut{flex-direction:column}.why{border-left:0;flex-basis:auto;padding-left:4rem}.src>.r{margin-right:0}}
@media print{.only,.only-label{display:none}.file{content-visibility:visible}}
`;
// src/report/html-chart.ts
const ROW = 22;
const LABEL_W = 190;
const BAR_W = 300;
function barChart(title, bars) {
	const max = Math.max(1, ...bars.map((b) => b.value));
	const width = 560;
	const height = Math.max(ROW, bars.length * ROW);
	const rows = bars.map((b, i) => {
		const y = i * ROW;
		const w = b.value === 0 ? 0 : Math.max(1, Math.round(b.value / max * BAR_W));
		const label = escapeHtml(clip(b.label, 28));
		return `<g><title>${escapeHtml(b.label)}: ${formatInt(b.value)}</title><text x="184" y="${y + 15}" text-anchor="end">${label}</text><rect class="${b.cls}" x="${LABEL_W}" y="${y + 4}" width="${w}" height="14" rx="2"/><text x="${LABEL_W + w + 6}" y="${y + 15}">${formatInt(b.value)}</text></g>`;
	});
	return `<figure><figcaption>${escapeHtml(title)}</figcaption><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` + rows.join("") + `</svg></figure>`;
}
// src/report/html-summary.ts
const TOP_RULES = 20;
const TOP_LINES = 25;
/** `lazy`: the file table is held in <noscript> too (see SectionMode.lazy); a 5,000-row table parsed among the rest of a large page costs seconds. */
function summarySection(files, lazy) {
	return `<section class="summary" id="summary"><h2>Summary</h2>` + totals(files) + `<div class="charts">${kindChart(files)}${ruleChart(files)}</div><h3>Files, by bytes cut</h3>${fileTable(files, lazy)}` + frequentBoilerplate(files) + `</section>\n`;
}
function totals(files) {
	let bytesIn = 0;
	let bytesOut = 0;
	let changed = 0;
	const byKind = {
		duplicate: 0,
		"near-duplicate": 0,
		rule: 0,
		learned: 0
	};
	for (const f of files) {
		bytesIn += f.result.stats.bytesIn;
		bytesOut += f.result.stats.bytesOut;
		if (f.result.cuts.length > 0) changed++;
		const k = countByKind(f.result.cuts);
		for (const m of MARK_KINDS) byKind[m.kind] += k[m.kind];
	}
	const item = (label, value) => `<div><dt>${label}</dt><dd>${value}</dd></div>`;
	return `<dl class="totals">` + item("files", formatInt(files.length)) + item("files with cuts", formatInt(changed)) + item("bytes in", formatInt(bytesIn)) + item("bytes out", formatInt(bytesOut)) + item("bytes cut", `${formatInt(bytesIn - bytesOut)} (${formatPercent(bytesIn - bytesOut, bytesIn)})`) + MARK_KINDS.map((m) => item(`cuts: ${m.label}`, formatInt(byKind[m.kind]))).join("") + `</dl>`;
}
function kindChart(files) {
	const n = {
		duplicate: 0,
		"near-duplicate": 0,
		rule: 0,
		learned: 0
	};
	for (const f of files) for (const c of f.result.cuts) n[markKind(c)]++;
	return barChart("Cuts by kind", MARK_KINDS.map((m) => ({
		label: m.label,
		value: n[m.kind],
		cls: barClass(m.kind)
	})));
}
function ruleChart(files) {
	const byRule = /* @__PURE__ */ new Map();
	for (const f of files) for (const c of f.result.cuts) {
		const e = byRule.get(c.rule) ?? {
			value: 0,
			kind: markKind(c)
		};
		e.value++;
		byRule.set(c.rule, e);
	}
	const sorted = [...byRule].sort((a, b) => b[1].value - a[1].value || (a[0] < b[0] ? -1 : 1));
	const bars = sorted.slice(0, TOP_RULES).map(([rule, e]) => ({
		label: rule,
		value: e.value,
		cls: barClass(e.kind)
	}));
	const rest = sorted.slice(TOP_RULES).reduce((s, [, e]) => s + e.value, 0);
	if (rest > 0) bars.push({
		label: `${sorted.length - TOP_RULES} other rules`,
		value: rest,
		cls: "bar-rule"
	});
	return barChart("Cuts by rule", bars);
}
const barClass = (k) => kindClass(k).replace("k-", "bar-");
const COLUMNS = [
	"file",
	"bytes in",
	"bytes out",
	"bytes cut",
	"cuts",
	"duplicate",
	"near-duplicate",
	"boilerplate"
];
/** Sorted by bytes cut, most first, so the order is right without script; the script adds sorting by any column. */
function fileTable(files, lazy) {
	const rows = files.map((f, i) => ({
		f,
		i,
		cut: f.result.stats.bytesIn - f.result.stats.bytesOut
	}));
	rows.sort((a, b) => b.cut - a.cut || a.i - b.i);
	const table = `<table id="files"><thead><tr>${COLUMNS.map((c, i) => `<th scope="col"${i === 3 ? " aria-sort=\"descending\"" : ""}>${c}</th>`).join("")}</tr></thead><tbody>\n${rows.map(({ f, i, cut }) => {
		const s = f.result.stats;
		const k = countByKind(f.result.cuts);
		const num = (v) => `<td data-v="${v}">${formatInt(v)}</td>`;
		return `<tr><td data-v="${i}"><a href="#f${i}">${escapeHtml(f.file)}</a></td>` + num(s.bytesIn) + num(s.bytesOut) + num(cut) + num(f.result.cuts.length) + num(k.duplicate) + num(k["near-duplicate"]) + num(k.rule + k.learned) + `</tr>`;
	}).join("\n")}\n</tbody></table>`;
	return `<div class="table-wrap">${lazy ? `<noscript class="lazy">${table}</noscript>` : table}</div>`;
}
/** Boilerplate lines by how often they were cut (whitespace folded), with where each was first seen. */
function frequentBoilerplate(files) {
	const seen = /* @__PURE__ */ new Map();
	files.forEach((f, i) => {
		for (const c of f.result.cuts) {
			if (c.kind !== "boilerplate") continue;
			const key = c.text.replace(/\s+/g, " ").trim();
			if (key === "") continue;
			const e = seen.get(key) ?? {
				count: 0,
				files: /* @__PURE__ */ new Set(),
				rule: c.rule,
				kind: markKind(c),
				at: lineId(i, c.startLine)
			};
			e.count++;
			e.files.add(i);
			seen.set(key, e);
		}
	});
	if (seen.size === 0) return "";
	return `<h3>Most frequent boilerplate lines</h3><ol class="frequent">${[...seen].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1)).slice(0, TOP_LINES).map(([text, e]) => `<li><span class="chip ${kindClass(e.kind)}">${escapeHtml(e.rule)}</span> <a href="#${e.at}">${formatInt(e.count)}× in ${formatInt(e.files.size)} file${e.files.size === 1 ? "" : "s"}</a> <span class="t">${escapeHtml(clip(text, 200))}</span></li>`).join("")}</ol>`;
}
// src/report/html.ts
const CSP = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${createHash("sha256").update(SCRIPT).digest("base64")}'; form-action 'none'; base-uri 'none'`;
function htmlReport(files, meta, options = {}) {
	const sorted = [...files].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
	const anchors = { fileIndex: new Map(sorted.map((f, i) => [f.file, i])) };
	const pointedAt = /* @__PURE__ */ new Set();
	for (const f of sorted) for (const c of f.result.cuts) {
		const target = c.source?.file !== void 0 ? anchors.fileIndex.get(c.source.file) : void 0;
		if (target !== void 0) pointedAt.add(target);
	}
	const withBody = sorted.map((f, i) => f.result.cuts.length > 0 || pointedAt.has(i));
	const lazy = sorted.reduce((n, f, i) => withBody[i] ? n + f.input.length : n, 0) > (options.lazyAboveChars ?? 2e6);
	const batch = sorted.length !== 1;
	const title = batch ? `winnow report: ${sorted.length} files` : `winnow report: ${sorted[0]?.file ?? ""}`;
	const legend = MARK_KINDS.map((m) => `<li class="chip ${m.cls}">${m.label}</li>`).join("");
	return [
		`<!DOCTYPE html>`,
		`<html lang="en"><head><meta charset="utf-8">`,
		`<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
		`<meta name="viewport" content="width=device-width,initial-scale=1">`,
		`<meta name="generator" content="winnow ${escapeHtml(meta.toolVersion)}">`,
		`<title>${escapeHtml(title)}</title><style>${STYLES}</style></head><body>`,
		`<header><h1>${escapeHtml(title)}</h1>`,
		`<ul class="legend" aria-label="kinds of cut">${legend}</ul>`,
		lazy ? `<p class="lazy-note" hidden>Each file's text is drawn as it scrolls into view. <button type="button" id="draw-all">Draw every file now</button> (for find in page; slow on a large run)</p>` : "",
		`</header>`,
		`<main>`,
		batch ? summarySection(sorted, lazy) : "",
		...sorted.map((f, i) => fileSection(f, i, anchors, {
			withBody: withBody[i] ?? true,
			lazy
		})),
		`</main>`,
		`<footer>winnow ${escapeHtml(meta.toolVersion)} · <details><summary>options</summary><pre>${escapeHtml(JSON.stringify(meta.options, null, 2))}</pre></details></footer>`,
		`<script>${SCRIPT}<\/script>`,
		`</body></html>`,
		``
	].join("\n");
}
// src/report/write-report.ts
function reportFormatFor(file) {
	return /\.html?$/i.test(file) ? "html" : "json";
}
/** The report's text for `file`, in the format its extension names. */
function renderReport(file, files, meta) {
	return reportFormatFor(file) === "html" ? htmlReport(files, meta) : jsonReport(files, meta);
}
export { renderReport };

//# sourceMappingURL=write-report-CjrXbOBR.js.map