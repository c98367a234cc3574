// Real headless Chromium (the Debian package) for tests of the HTML report. No browser is downloaded.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type BrowserContextOptions } from "playwright-core";

/** The Debian package's browser as found on PATH (hide it from PATH to see the tests skip), or undefined. */
export const CHROMIUM: string | undefined = spawnSync("sh", ["-c", "command -v chromium"], { encoding: "utf8" }).stdout.trim() || undefined;

/** Why the browser tests cannot run here, or undefined. */
export const missingChromium = (): string | undefined =>
  CHROMIUM === undefined ? "`chromium` is not installed (Debian package chromium), so the HTML report's browser tests cannot run" : undefined;

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launches the browser; callers check missingChromium() first (see useBrowsers in report-page.ts). */
export async function launchBrowser(options: BrowserContextOptions = {}): Promise<Browser> {
  if (CHROMIUM === undefined) throw new Error(missingChromium());
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), "winnow-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
