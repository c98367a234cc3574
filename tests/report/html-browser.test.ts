// The HTML report opened in real headless Chromium: cut marks, sorting, links, no requests, escaping.
/// <reference lib="dom" />
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { resolveOptions } from "../../src/core/options.js";
import { clean } from "../../src/core/clean.js";
import { htmlReport } from "../../src/report/html.js";
import { jsonReport, type FileResult } from "../../src/report/json.js";
import { cleanFolder } from "../helpers/batch-results.js";
import { launchBrowser, type Browser } from "../helpers/browser.js";
import { ROOT, runCli } from "../helpers/run-cli.js";

const OUT = path.join(ROOT, "test-output", "html");
const meta = { toolVersion: "test", options: resolveOptions() };

interface JsonCut { kind: string; rule: string; text: string; source?: unknown }
const jsonCuts = (file: string): JsonCut[] =>
  (JSON.parse(readFileSync(file, "utf8")) as { files: { cuts: JsonCut[] }[] }).files.flatMap((f) => f.cuts);
const markOf = (c: JsonCut) => (c.kind === "boilerplate" ? (c.rule === "learned" ? "learned" : "rule") : c.kind);

/** Opens a report from disk; every request the page makes is recorded, and any but the page itself aborted. */
async function open(b: Browser, file: string, hash = ""): Promise<{ page: Page; requests: string[]; dialogs: string[] }> {
  const url = pathToFileURL(file).href;
  const page = await b.context.newPage();
  const requests: string[] = [];
  const dialogs: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => errors.push(`${file}: ${e.message}`));
  page.on("console", (m) => void (m.type() === "error" && errors.push(`${file}: ${m.text()}`)));
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.route("**/*", (route) => (route.request().url().split("#")[0] === url ? route.continue() : route.abort()));
  await page.goto(url + hash);
  return { page, requests: requests.map((r) => r.split("#")[0] ?? r).filter((r) => r !== url), dialogs };
}

/** The text a reader sees in a file section's rows, one line per row. */
const visibleRows = (page: Page, section: string) =>
  page.$eval(section, (s) =>
    Array.from(s.querySelectorAll<HTMLElement>(".src .r"))
      .filter((r) => r.checkVisibility())
      .map((r) => r.innerText)
      .join("\n"),
  );

/** Is the element the :target and inside the viewport? */
const landed = (page: Page, id: string) =>
  page.evaluate((id) => {
    const el = document.getElementById(id);
    if (!el) return { target: false, inView: false };
    const r = el.getBoundingClientRect();
    return { target: el.matches(":target"), inView: r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight };
  }, id);

let browser: Browser;
const errors: string[] = [];
let noScript: Browser;
const seedHtml = path.join(OUT, "seed-report.html");
const seedJson = path.join(OUT, "seed-report.json");
const batchPages = { eager: path.join(OUT, "batch-report.html"), lazy: path.join(OUT, "batch-report-lazy.html") };
const batchJson = path.join(OUT, "batch-report.json");
let batch: FileResult[];

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  for (const report of [seedHtml, seedJson]) {
    const r = await runCli(["fixtures/seed/input.txt", "--report", report, "-o", path.join(OUT, "seed-clean.txt")]);
    expect(r.code, r.stderr).toBe(0);
  }
  batch = cleanFolder(path.join(ROOT, "fixtures", "html-batch"), "html-batch");
  writeFileSync(batchPages.eager, htmlReport(batch, meta));
  writeFileSync(batchPages.lazy, htmlReport(batch, meta, { lazyAboveChars: 0 }));
  writeFileSync(batchJson, jsonReport(batch, meta));
  browser = await launchBrowser();
  noScript = await launchBrowser({ javaScriptEnabled: false });
});

afterEach(() => {
  expect(errors.splice(0)).toEqual([]); // no script error, no CSP violation
});

afterAll(async () => {
  await browser?.close();
  await noScript?.close();
});

describe("the seed's HTML report in Chromium", () => {
  test("shows one cut mark per cut in the JSON report, of the same kinds, and requests nothing", async () => {
    const cuts = jsonCuts(seedJson);
    const { page, requests } = await open(browser, seedHtml);
    expect(await page.locator("[data-cut]").count()).toBe(cuts.length);
    for (const kind of ["duplicate", "near-duplicate", "rule", "learned"]) {
      expect(await page.locator(`[data-cut="${kind}"]`).count()).toBe(cuts.filter((c) => markOf(c) === kind).length);
    }
    await page.screenshot({ path: path.join(OUT, "seed-report.png"), fullPage: false });
    expect(requests).toEqual([]);
    await page.close();
  });

  test("the toggle shows the clean text alone, with and without script, in the eager and the lazy page", async () => {
    const cleanText = readFileSync(path.join(OUT, "seed-clean.txt"), "utf8").replace(/\r\n?/g, "\n").replace(/\n$/, "");
    const input = readFileSync(path.join(ROOT, "fixtures", "seed", "input.txt"), "utf8");
    const lazyHtml = path.join(OUT, "seed-report-lazy.html");
    writeFileSync(lazyHtml, htmlReport([{ file: "input.txt", input, result: clean(input) }], meta, { lazyAboveChars: 0 }));
    for (const [b, html] of [[browser, seedHtml], [noScript, seedHtml], [browser, lazyHtml], [noScript, lazyHtml]] as const) {
      const { page } = await open(b, html);
      await expect.poll(() => visibleRows(page, "#f0")).not.toBe(cleanText);
      await page.locator("#f0 .only-label").click();
      expect(await visibleRows(page, "#f0")).toBe(cleanText);
      await page.close();
    }
  });

  test("a link to the kept copy lands on it", async () => {
    const { page } = await open(browser, seedHtml);
    const link = page.locator("#f0 .why a.src-link").last();
    const id = (await link.getAttribute("href"))?.slice(1) ?? "";
    await link.click();
    await page.waitForFunction((id) => location.hash === `#${id}`, id);
    expect(await landed(page, id)).toEqual({ target: true, inView: true });
    await page.close();
  });
});

describe.each(["eager", "lazy"] as const)("a batch report in Chromium (%s page)", (kind) => {
  const batchHtml = batchPages[kind];

  test("shows one cut mark per cut in the JSON report and requests nothing", async () => {
    const { page, requests } = await open(browser, batchHtml);
    if (kind === "lazy") await page.locator("#draw-all").click();
    expect(await page.locator("[data-cut]").count()).toBe(jsonCuts(batchJson).length);
    const plain = await open(noScript, batchHtml);
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

    const plain = await open(noScript, batchHtml);
    expect(await bytesCut(plain.page)).toEqual(desc);
    await plain.page.close();

    const { page } = await open(browser, batchHtml);
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
    for (const b of [browser, noScript]) {
      const first = await open(b, batchHtml);
      const count = await first.page.locator(".why a.src-link").count();
      await first.page.close();
      expect(count).toBe(sources);
      for (let n = 0; n < count; n++) {
        const { page } = await open(b, batchHtml);
        const link = page.locator(".why a.src-link").nth(n);
        const id = (await link.getAttribute("href"))?.slice(1) ?? "";
        await link.click();
        await page.waitForFunction((id) => location.hash === `#${id}`, id);
        await expect.poll(() => landed(page, id)).toEqual({ target: true, inView: true });
        await page.close();
      }
    }
  });

  test("the table links every file to its section", async () => {
    const { page } = await open(browser, batchHtml);
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
    const { page } = await open(browser, batchHtml);
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
    for (const b of [browser, noScript]) {
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
    const { page, requests } = await open(browser, html);
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

describe.each(["eager", "lazy"] as const)("hostile input (%s page)", (kind) => {
  test("markup in the text and in the file name shows as text and never runs", async () => {
    const name = `<img src=x onerror=alert(9)>"quoted".txt`;
    const input =
      readFileSync(path.join(ROOT, "fixtures", "html-batch", "d-hostile.txt"), "utf8") +
      "\n<script>alert(1)</script>\n\nAdvertisement\n</textarea><b>bold</b>\n\n</noscript><i>x</i>\n";
    const file = path.join(OUT, `hostile-report-${kind}.html`);
    writeFileSync(file, htmlReport([{ file: name, input, result: clean(input) }], meta, { lazyAboveChars: kind === "lazy" ? 0 : Infinity }));
    for (const b of [browser, noScript]) {
      const { page, requests, dialogs } = await open(b, file);
      await expect.poll(() => page.getByText("<script>alert(1)</script>", { exact: true }).isVisible()).toBe(true);
      expect(await page.getByText("</textarea><b>bold</b>", { exact: true }).isVisible()).toBe(true);
      expect(await page.getByText("</noscript><i>x</i>", { exact: true }).isVisible()).toBe(true);
      expect(await page.locator("h2").first().innerText()).toBe(name);
      expect(await page.evaluate(() => ({ scripts: document.scripts.length, tags: document.querySelectorAll("img, b, i, textarea").length }))).toEqual({ scripts: 1, tags: 0 });
      expect(dialogs).toEqual([]);
      expect(requests).toEqual([]);
      await page.close();
    }
  });
});
