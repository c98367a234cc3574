// The HTML report: one self-contained page (inline style and script, no request) showing every cut in place.
import { createHash } from "node:crypto";
import { escapeHtml } from "./html-escape.js";
import { shownOptions } from "../core/options.js";
import { fileSection, type Anchors } from "./html-file.js";
import { MARK_KINDS } from "./html-kinds.js";
import { SCRIPT } from "./html-script.js";
import { STYLES } from "./html-styles.js";
import { summarySection } from "./html-summary.js";
import type { FileResult, ReportMeta } from "./json.js";

// Nothing may be fetched and no script but ours may run, even if some text escaped its escaping.
const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; " +
  `script-src 'sha256-${createHash("sha256").update(SCRIPT).digest("base64")}'; form-action 'none'; base-uri 'none'`;

/** Past this much input text in file bodies, bodies are parsed on demand (see SectionMode.lazy). */
export const LAZY_ABOVE_CHARS = 2_000_000;

export interface HtmlReportOptions {
  /** Overrides LAZY_ABOVE_CHARS (tests force the lazy page on small fixtures). */
  lazyAboveChars?: number;
}

export function htmlReport(files: readonly FileResult[], meta: ReportMeta, options: HtmlReportOptions = {}): string {
  const sorted = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const anchors: Anchors = { fileIndex: new Map(sorted.map((f, i) => [f.file, i])) };
  const pointedAt = new Set<number>();
  for (const f of sorted) {
    for (const c of f.result.cuts) {
      const target = c.source?.file !== undefined ? anchors.fileIndex.get(c.source.file) : undefined;
      if (target !== undefined) pointedAt.add(target);
    }
  }
  const withBody = sorted.map((f, i) => f.result.cuts.length > 0 || pointedAt.has(i));
  const bodyChars = sorted.reduce((n, f, i) => (withBody[i] ? n + f.input.length : n), 0);
  const lazy = bodyChars > (options.lazyAboveChars ?? LAZY_ABOVE_CHARS);
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
    ...sorted.map((f, i) => fileSection(f, i, anchors, { withBody: withBody[i] ?? true, lazy })),
    `</main>`,
    `<footer>winnow ${escapeHtml(meta.toolVersion)} · <details><summary>options</summary>` +
      `<pre>${escapeHtml(JSON.stringify(shownOptions(meta.options), null, 2))}</pre></details></footer>`,
    `<script>${SCRIPT}</script>`,
    `</body></html>`,
    ``,
  ].join("\n");
}
