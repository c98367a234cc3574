// Reads one config file (JSON, a JS module's default export, or package.json's "winnow" key) and
// validates it against the shipped schema. Errors name the file, the key and what was expected.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { importFile } from "../io/import-file.js";
import { printableName } from "../io/raw-path.js";
import { pathToFileURL } from "node:url";
import { ConfigError } from "../base/errors.js";
import { describeFsError } from "../io/read-input.js";
import type { LoadedConfig } from "./config-types.js";
import { validateConfig } from "./validate-config.js";

export async function loadConfig(file: string, shown: string): Promise<LoadedConfig> {
  const raw = await readRaw(file, shown);
  return { file, dir: path.dirname(file), config: await validateConfig(raw, shown) };
}

/** 10 s; WINNOW_CONFIG_TIMEOUT_MS sets it (the tests use it). */
function configTimeoutMs(): number {
  const v = Number(process.env.WINNOW_CONFIG_TIMEOUT_MS);
  return Number.isFinite(v) && v > 0 ? v : 10_000;
}

async function readRaw(file: string, shown: string): Promise<unknown> {
  const base = path.basename(file);
  if (/\.(?:c|m)?js$/.test(base)) {
    let timer: NodeJS.Timeout | undefined;
    // A top-level await that never settles would end the run with exit 0 and no output (nothing
    // keeps the event loop alive), or hang it: a timer holds the loop and says so.
    const ms = configTimeoutMs();
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ConfigError(`${shown}: did not finish loading within ${ms / 1000} s (a top-level await that never settles?)`)), ms);
    });
    try {
      const mod = (await Promise.race([importFile(pathToFileURL(file).href), timeout])) as { default?: unknown };
      return mod.default;
    } catch (e) {
      if (e instanceof ConfigError) throw e;
      throw new ConfigError(`${shown}: cannot load: ${(e as Error).message.split("\n")[0] ?? ""}`);
    } finally {
      clearTimeout(timer);
    }
  }
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    throw new ConfigError(`${shown}: cannot read config: ${describeFsError(e)}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`${shown}: not valid JSON: ${printableName((e as Error).message)}`);
  }
  if (base === "package.json") {
    const key = (data as Record<string, unknown> | null)?.winnow;
    if (key === undefined) throw new ConfigError(`${shown}: no "winnow" key`);
    return key;
  }
  return data;
}
