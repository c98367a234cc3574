// Opening HTML reports in Chromium for tests: one browser with script and one without, request and
// error recording, and the questions the tests ask of a page.
/// <reference lib="dom" />
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, expect } from "vitest";
import { resolveOptions } from "../../src/core/options.js";
import { launchBrowser, missingChromium, type Browser } from "./browser.js";
import { need } from "./require-tool.js";
import { ROOT } from "./run-cli.js";

export const OUT = path.join(ROOT, "test-output", "html");
export const meta = { toolVersion: "test", options: resolveOptions() };

export interface JsonCut {
  kind: string;
  rule: string;
  text: string;
  source?: unknown;
}
export const jsonCuts = (file: string): JsonCut[] =>
  (JSON.parse(readFileSync(file, "utf8")) as { files: { cuts: JsonCut[] }[] }).files.flatMap((f) => f.cuts);
/** The page's data-cut kind for a JSON cut. */
export const markOf = (c: JsonCut): string => (c.kind === "boilerplate" ? (c.rule === "learned" ? "learned" : "rule") : c.kind);

export interface Browsers {
  /** Scripting on. */
  js: Browser;
  /** Scripting off. */
  plain: Browser;
}

const errors: string[] = [];

/**
 * Launches both browsers for the test file; after each test, fails on any page error or CSP violation.
 * Without Chromium every test of the file is skipped with the reason (a failure under CI=true).
 */
export function useBrowsers(): Browsers {
  const b = {} as Browsers;
  mkdirSync(OUT, { recursive: true });
  const missing = missingChromium();
  if (missing !== undefined) {
    beforeEach((ctx) => need(ctx, missing));
    return b;
  }
  beforeAll(async () => {
    b.js = await launchBrowser();
    b.plain = await launchBrowser({ javaScriptEnabled: false });
  });
  afterEach(() => {
    expect(errors.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await b.js?.close();
    await b.plain?.close();
  });
  return b;
}

/** Opens a report from disk; every request the page makes is recorded, and any but the page itself aborted. */
export async function open(b: Browser, file: string, hash = ""): Promise<{ page: Page; requests: string[]; dialogs: string[] }> {
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
export const visibleRows = (page: Page, section: string): Promise<string> =>
  page.$eval(section, (s) =>
    Array.from(s.querySelectorAll<HTMLElement>(".src .r"))
      .filter((r) => r.checkVisibility())
      .map((r) => r.innerText)
      .join("\n"),
  );

/** Is the element the :target and inside the viewport? */
export const landed = (page: Page, id: string): Promise<{ target: boolean; inView: boolean }> =>
  page.evaluate((id) => {
    const el = document.getElementById(id);
    if (!el) return { target: false, inView: false };
    const r = el.getBoundingClientRect();
    return { target: el.matches(":target"), inView: r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight };
  }, id);
