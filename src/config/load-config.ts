// Reads one config file (JSON, a JS module's default export, or package.json's "winnow" key) and
// validates it against the shipped schema. Errors name the file, the key and what was expected.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ConfigError } from "../base/errors.js";
import { describeFsError } from "../io/read-input.js";
import type { LoadedConfig } from "./config-types.js";
import { validateConfig } from "./validate-config.js";

export async function loadConfig(file: string, shown: string): Promise<LoadedConfig> {
  const raw = await readRaw(file, shown);
  return { file, dir: path.dirname(file), config: await validateConfig(raw, shown) };
}

async function readRaw(file: string, shown: string): Promise<unknown> {
  const base = path.basename(file);
  if (/\.(?:c|m)?js$/.test(base)) {
    try {
      const mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
      return mod.default;
    } catch (e) {
      throw new ConfigError(`${shown}: cannot load: ${(e as Error).message.split("\n")[0] ?? ""}`);
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
    throw new ConfigError(`${shown}: not valid JSON: ${(e as Error).message}`);
  }
  if (base === "package.json") {
    const key = (data as Record<string, unknown> | null)?.winnow;
    if (key === undefined) throw new ConfigError(`${shown}: no "winnow" key`);
    return key;
  }
  return data;
}
