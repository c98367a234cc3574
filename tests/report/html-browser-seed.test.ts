// The HTML report of one text in real headless Chromium: cut marks, the clean-text toggle, links, escaping.
/// <reference lib="dom" />
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { clean } from "../../src/core/clean.js";
import { htmlReport } from "../../src/report/html.js";
import { jsonCuts, landed, markOf, meta, open, OUT, useBrowsers, visibleRows } from "../helpers/report-page.js";
import { ROOT, runCli } from "../helpers/run-cli.js";

const browsers = useBrowsers();
const seedHtml = path.join(OUT, "seed-report.html");
const seedJson = path.join(OUT, "seed-report.json");

beforeAll(async () => {
  for (const report of [seedHtml, seedJson]) {
    const r = await runCli(["fixtures/seed/input.txt", "--report", report, "-o", path.join(OUT, "seed-clean.txt")]);
    expect(r.code, r.stderr).toBe(0);
  }
});

describe("the seed's HTML report in Chromium", () => {
  test("shows one cut mark per cut in the JSON report, of the same kinds, and requests nothing", async () => {
    const cuts = jsonCuts(seedJson);
    const { page, requests } = await open(browsers.js, seedHtml);
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
    for (const [b, html] of [[browsers.js, seedHtml], [browsers.plain, seedHtml], [browsers.js, lazyHtml], [browsers.plain, lazyHtml]] as const) {
      const { page } = await open(b, html);
      await expect.poll(() => visibleRows(page, "#f0")).not.toBe(cleanText);
      await page.locator("#f0 .only-label").click();
      expect(await visibleRows(page, "#f0")).toBe(cleanText);
      await page.close();
    }
  });

  test("a link to the kept copy lands on it", async () => {
    const { page } = await open(browsers.js, seedHtml);
    const link = page.locator("#f0 .why a.src-link").last();
    const id = (await link.getAttribute("href"))?.slice(1) ?? "";
    await link.click();
    await page.waitForFunction((id) => location.hash === `#${id}`, id);
    expect(await landed(page, id)).toEqual({ target: true, inView: true });
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
    for (const b of [browsers.js, browsers.plain]) {
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
