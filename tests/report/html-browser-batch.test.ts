// A batch's HTML report in real headless Chromium: marks, sorting, links across files, charts, batch mode.
/// <reference lib="dom" />
import { writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, test } from "vitest";
import { htmlReport } from "../../src/report/html.js";
import { jsonReport, type FileResult } from "../../src/report/json.js";
import { cleanFolder } from "../helpers/batch-results.js";
import { jsonCuts, landed, markOf, meta, open, OUT, useBrowsers } from "../helpers/report-page.js";
import { ROOT, runCli } from "../helpers/run-cli.js";

const browsers = useBrowsers();
const batchPages = { eager: path.join(OUT, "batch-report.html"), lazy: path.join(OUT, "batch-report-lazy.html") };
const batchJson = path.join(OUT, "batch-report.json");
let batch: FileResult[];

beforeAll(() => {
  batch = cleanFolder(path.join(ROOT, "fixtures", "html-batch"), "html-batch");
  writeFileSync(batchPages.eager, htmlReport(batch, meta));
  writeFileSync(batchPages.lazy, htmlReport(batch, meta, { lazyAboveChars: 0 }));
  writeFileSync(batchJson, jsonReport(batch, meta));
});

describe.each(["eager", "lazy"] as const)("a batch report in Chromium (%s page)", (kind) => {
  const batchHtml = batchPages[kind];

  test("shows one cut mark per cut in the JSON report and requests nothing", async () => {
    const { page, requests } = await open(browsers.js, batchHtml);
    if (kind === "lazy") await page.locator("#draw-all").click();
    expect(await page.locator("[data-cut]").count()).toBe(jsonCuts(batchJson).length);
    const plain = await open(browsers.plain, batchHtml);
    expect(await plain.page.locator("[data-cut]").count()).toBe(jsonCuts(batchJson).length);
    await plain.page.close();
    expect(await page.locator("#summary svg rect").count()).toBeGreaterThan(0);
    expect(requests).toEqual([]);
    await page.close();
  });

  test("the table is sorted by bytes cut without script, and sorts by any column with it", async () => {
    const bytesCut = (page: Page) => page.$$eval("#files tbody tr", (rows) => rows.map((r) => Number((r as HTMLTableRowElement).cells[3]?.dataset["v"])));
    const names = (page: Page) => page.$$eval("#files tbody tr", (rows) => rows.map((r) => (r as HTMLTableRowElement).cells[0]?.textContent ?? ""));
    const expected = batch.map((f) => f.result.stats.bytesIn - f.result.stats.bytesOut);
    const desc = [...expected].sort((a, b) => b - a);

    const plain = await open(browsers.plain, batchHtml);
    expect(await bytesCut(plain.page)).toEqual(desc);
    await plain.page.close();

    const { page } = await open(browsers.js, batchHtml);
    expect(await bytesCut(page)).toEqual(desc);
    await page.locator("#files th", { hasText: "bytes cut" }).locator("button").click();
    expect(await bytesCut(page)).toEqual([...desc].reverse());
    await page.locator("#files th", { hasText: "bytes cut" }).locator("button").click();
    expect(await bytesCut(page)).toEqual(desc);
    await page.locator("#files th", { hasText: "file" }).locator("button").click();
    expect(await names(page)).toEqual(batch.map((f) => f.file).sort());
    await page.close();
  });

  test("every link to a kept copy lands on it, in this file or another, even a collapsed one, with or without script", async () => {
    const intoUncut = batch.flatMap((f) => f.result.cuts).filter((c) => batch.find((f) => f.file === c.source?.file)?.result.cuts.length === 0);
    expect(intoUncut.length).toBeGreaterThan(0); // the fixture has a kept copy in a file with nothing cut
    const sources = batch.flatMap((f) => f.result.cuts).filter((c) => c.source !== undefined).length;
    // The lazy page draws each file when the observer first sees it, after load: wait until every
    // link is there, so that nth(n) is the same link on every opening.
    const allLinks = async (page: Page) => {
      await expect.poll(() => page.locator(".why a.src-link").count()).toBe(sources);
      return page.locator(".why a.src-link");
    };
    for (const b of [browsers.js, browsers.plain]) {
      for (let n = 0; n < sources; n++) {
        const { page } = await open(b, batchHtml);
        const link = (await allLinks(page)).nth(n);
        const id = (await link.getAttribute("href"))?.slice(1) ?? "";
        await link.click();
        await page.waitForFunction((id) => location.hash === `#${id}`, id);
        await expect.poll(() => landed(page, id)).toEqual({ target: true, inView: true });
        await page.close();
      }
    }
  });

  test("the table links every file to its section", async () => {
    const { page } = await open(browsers.js, batchHtml);
    const hrefs = await page.$$eval("#files tbody a", (as) => as.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs.sort()).toEqual(batch.map((_, i) => `#f${i}`).sort());
    const last = page.locator("#files tbody a").last();
    const id = (await last.getAttribute("href"))?.slice(1) ?? "";
    await last.click();
    await expect.poll(() => landed(page, id)).toEqual({ target: true, inView: true });
    await page.close();
  });

  test("the charts have a bar for every kind and every rule, and the frequent lines count every copy", async () => {
    const cuts = jsonCuts(batchJson);
    const { page } = await open(browsers.js, batchHtml);
    const labels = await page.$$eval("#summary figure", (figs) => figs.map((f) => Array.from(f.querySelectorAll("svg text[text-anchor=end]")).map((t) => t.textContent)));
    expect(labels[0]).toEqual(["duplicate", "near-duplicate", "boilerplate rule", "learned boilerplate"]);
    expect([...(labels[1] ?? [])].sort()).toEqual([...new Set(cuts.map((c) => c.rule))].sort());
    const ads = cuts.filter((c) => c.kind === "boilerplate" && c.text === "Advertisement").length;
    expect(ads).toBeGreaterThan(1);
    expect(await page.locator("ol.frequent li", { hasText: "Advertisement" }).innerText()).toContain(`${ads}×`);
    await page.close();
  });

  test("opening the page at a line's address shows that line", async () => {
    const target = batch.findIndex((f) => f.result.cuts.length === 0);
    for (const b of [browsers.js, browsers.plain]) {
      const { page } = await open(b, batchHtml, `#f${target}-1`);
      await expect.poll(() => landed(page, `f${target}-1`)).toEqual({ target: true, inView: true });
      await page.close();
    }
  });
});

describe.each(["html-batch", "batch/site/input"])("batch mode through the CLI on fixtures/%s", (fixture) => {
  test("every cut has its mark, of its kind (learned boilerplate too); every kept-copy link has its target and lands on it", async () => {
    const html = path.join(OUT, `cli-${fixture.replace(/\W/g, "-")}.html`);
    const json = html.replace(/\.html$/, ".json");
    for (const report of [html, json]) {
      const r = await runCli([`fixtures/${fixture}`, "--out-dir", path.join(OUT, "cli-out"), "--report", report, "--quiet"]);
      expect(r.code, r.stderr).toBe(0);
    }
    const cuts = jsonCuts(json);
    const { page, requests } = await open(browsers.js, html);
    for (const kind of ["duplicate", "near-duplicate", "rule", "learned"]) {
      expect(await page.locator(`[data-cut="${kind}"]`).count()).toBe(cuts.filter((c) => markOf(c) === kind).length);
    }
    expect(await page.locator("[data-cut]").count()).toBe(cuts.length);
    const hrefs = await page.$$eval(".why a.src-link", (as) => as.map((a) => a.getAttribute("href")?.slice(1) ?? ""));
    expect(hrefs.length).toBe(cuts.filter((c) => c.source !== undefined).length);
    for (const id of hrefs) expect(await page.locator(`[id="${id}"]`).count()).toBe(1);
    const last = page.locator(".why a.src-link").last();
    await last.click();
    await expect.poll(() => landed(page, hrefs[hrefs.length - 1] ?? "")).toEqual({ target: true, inView: true });
    expect(requests).toEqual([]);
    await page.close();
  });
});
