// Real headless Chromium (the Debian package) for tests of the HTML report. No browser is downloaded.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type BrowserContextOptions } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

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

/** Fails loudly (never skips) when the browser is missing: CI installs it with apt-get install -y chromium. */
export async function launchBrowser(options: BrowserContextOptions = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `\n\n*** ${CHROMIUM} is missing: the HTML report's browser tests cannot run. ***\n` +
        `*** Install it with: apt-get update && apt-get install -y chromium ***\n`,
    );
  }
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
