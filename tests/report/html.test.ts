// The HTML report as a string: format choice, escaping, determinism, collapsed files, kinds of cut.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { clean } from "../../src/core/clean.js";
import { resolveOptions } from "../../src/core/options.js";
import type { CleanResult, Cut } from "../../src/core/types.js";
import { escapeHtml } from "../../src/report/html-escape.js";
import { htmlReport } from "../../src/report/html.js";
import type { FileResult } from "../../src/report/json.js";
import { renderReport, reportFormatFor } from "../../src/report/write-report.js";
import { cleanFolder } from "../helpers/batch-results.js";
import { ROOT } from "../helpers/run-cli.js";

const meta = { toolVersion: "test", options: resolveOptions() };
const fileResult = (file: string, input: string): FileResult => ({ file, input, result: clean(input) });

describe("choosing the report format", () => {
  test.each([
    ["out.html", "html"],
    ["OUT.HTM", "html"],
    ["dir.html/report", "json"],
    ["report.json", "json"],
    ["report.html.json", "json"],
    ["report", "json"],
  ])("%s -> %s", (file, format) => {
    expect(reportFormatFor(file)).toBe(format);
  });

  test("renderReport gives a page for .html and the JSON report otherwise", () => {
    const files = [fileResult("a.txt", "Advertisement\nKept line.\n")];
    expect(renderReport("r.html", files, meta)).toMatch(/^<!DOCTYPE html>/);
    expect(JSON.parse(renderReport("r.json", files, meta)).format).toBe("winnow-report");
  });
});

describe("escaping", () => {
  test("escapeHtml leaves no character that opens a tag, an entity or an attribute", () => {
    expect(escapeHtml(`<script>&"'`)).toBe("&lt;script&gt;&amp;&quot;&#39;");
  });

  test("input text and file names never add a tag to the page", () => {
    const input = "<SCRIPT>alert(1)</SCRIPT>\n\n</textarea><style>body{display:none}</style>\n\nAdvertisement\n<script>x()</script> Sponsored\n";
    const page = htmlReport([fileResult(`<script src="x.js"></script>.txt`, input)], meta);
    expect(page.match(/<script/gi)).toHaveLength(1);
    expect(page.match(/<style/gi)).toHaveLength(1);
    expect(page).not.toMatch(/<\/textarea/i);
    expect(page).toContain("&lt;SCRIPT&gt;alert(1)&lt;/SCRIPT&gt;");
  });

  test("the page forbids every request and every script but its own", () => {
    const page = htmlReport([fileResult("a.txt", "text\n")], meta);
    expect(page).toMatch(/Content-Security-Policy" content="default-src 'none';[^"]*script-src 'sha256-[A-Za-z0-9+/=]+'/);
  });
});

describe("the page", () => {
  const batch = cleanFolder(path.join(ROOT, "fixtures", "html-batch"), "html-batch");

  test("is the same bytes for the same results in any order", () => {
    expect(htmlReport([...batch].reverse(), meta)).toBe(htmlReport(batch, meta));
  });

  test("a batch gets a summary with every file linked; a single file does not", () => {
    const page = htmlReport(batch, meta);
    expect(page).toContain('id="summary"');
    batch.forEach((_, i) => expect(page).toContain(`<a href="#f${i}">`));
    expect(htmlReport([batch[0] as FileResult], meta)).not.toContain('id="summary"');
  });

  test("a file with nothing cut that no cut points at is listed without its text", () => {
    const quiet = fileResult("quiet.txt", "A line nobody repeats, long enough to count as a paragraph here.\n");
    expect(quiet.result.cuts).toHaveLength(0);
    const page = htmlReport([quiet, ...batch], meta);
    const section = page.slice(page.indexOf('id="f4"'), page.indexOf("</section>", page.indexOf('id="f4"')));
    expect(section).toContain("quiet.txt");
    expect(section).not.toContain("nobody repeats");
  });

  test("learned boilerplate is told apart from rule boilerplate", () => {
    const input = "Kept paragraph of ordinary words.\nShared footer line\n";
    const learned: Cut = { kind: "boilerplate", startLine: 2, endLine: 2, text: "Shared footer line", prefix: false, rule: "learned", match: "in 40 of 50 files" };
    const result: CleanResult = { ...clean(input), cuts: [learned], text: "Kept paragraph of ordinary words.\n" };
    const page = htmlReport([{ file: "a.txt", input, result }], meta);
    expect(page).toContain('data-cut="learned"');
    expect(page).not.toContain('data-cut="rule"');
    expect(page).toContain("in 40 of 50 files");
  });

  test("the seed's page has one cut mark per cut", () => {
    const input = readFileSync(path.join(ROOT, "fixtures", "seed", "input.txt"), "utf8");
    const r = fileResult("input.txt", input);
    expect(htmlReport([r], meta).match(/data-cut="/g)).toHaveLength(r.result.cuts.length);
  });
});
