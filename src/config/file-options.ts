// Per-file options: defaults, then the config file, then its matching overrides, then the flags
// given on the command line. Arrays (disable, rules) add up; other values replace.
import path from "node:path";
import { resolveOptions, type Options, type UserRule } from "../core/options.js";
import { ConfigError } from "../base/errors.js";
import { relativeTo } from "../io/relative-path.js";
import { knownRuleNames } from "../core/boilerplate/rule-registry.js";
import type { LoadedConfig } from "./config-types.js";

/** Config options with rule files already read. */
export type ResolvedConfigOptions = Partial<Options>;

export interface ResolvedOverride {
  matches: (relPath: string) => boolean;
  options: ResolvedConfigOptions;
}

export interface ResolvedConfig {
  loaded: LoadedConfig;
  shown: string;
  options: ResolvedConfigOptions;
  overrides: ResolvedOverride[];
}

const MARKDOWN_EXT = /\.(?:md|markdown|mdx)$/i;
const RUN_LEVEL = new Set(["extensions", "ignore", "reporter", "locales", "overrides", "$schema"]);

export function formatOfPath(file: string | null): Options["format"] {
  return file !== null && MARKDOWN_EXT.test(file) ? "markdown" : "text";
}

/**
 * A project's own document by its name: README in any case, or one of the names projects write in
 * capitals (INSTALL, CHANGELOG, NEWS, AUTHORS, …), perhaps with a variant in small letters and an extension
 * ("README_en.txt", "INSTALLpc.txt", "NEWS.old", at most two parts after the name; not "NEWSLETTER.txt"). Its writers keep it; nobody saves a crawled page
 * under such a name. "news.txt" and "history.txt" could be pages, and are not matched.
 */
const PROJECT_DOCUMENT = /^(?:[Rr][Ee][Aa][Dd][-_]?[Mm][Ee]|INSTALL|CHANGELOG|CHANGES|NEWS|HISTORY|AUTHORS|CONTRIBUTORS|CONTRIBUTING|HACKING|TODO|CREDITS|THANKS|FAQ|BUGS|MAINTAINERS|RELEASE[-_]?NOTES|SECURITY|CODE_OF_CONDUCT|SUPPORT|COPYING|LICEN[CS]E|NOTICE)[a-z0-9]*(?:[._-][A-Za-z0-9]{1,10}){0,2}$/;

/** What a plain-text file holds when no layer says: a project's own document is authored. */
export function plainTextOfPath(file: string | null): Options["plainText"] {
  return file !== null && PROJECT_DOCUMENT.test(path.basename(file)) ? "authored" : "scraped";
}

/**
 * `file` is absolute (or null for standard input without --stdin-filepath). `cli` holds only the
 * options given as flags.
 */
export function optionsForFile(config: ResolvedConfig | null, cli: Partial<Options>, file: string | null): Options {
  const layers: Partial<Options>[] = [];
  if (config) {
    layers.push(config.options);
    const rel = file === null ? null : relativeTo(config.loaded.dir, file);
    if (rel !== null) for (const o of config.overrides) if (o.matches(rel)) layers.push(o.options);
  }
  layers.push(cli);
  const merged: Partial<Options> = { format: formatOfPath(file), plainText: plainTextOfPath(file) };
  for (const layer of layers) {
    for (const [k, v] of Object.entries(layer) as [keyof Options, unknown][]) {
      if (v === undefined) continue;
      const prev = merged[k];
      (merged as Record<string, unknown>)[k] = Array.isArray(prev) && Array.isArray(v) ? [...(prev as unknown[]), ...v] : v;
    }
  }
  try {
    return resolveOptions(merged);
  } catch (e) {
    throw new ConfigError(`${config?.shown ?? "options"}: ${(e as Error).message}`);
  }
}

export async function resolveConfig(
  loaded: LoadedConfig,
  shown: string,
  loadRules: (file: string, shown: string) => Promise<UserRule[]>,
): Promise<ResolvedConfig> {
  const pick = async (o: Record<string, unknown>, at: string): Promise<ResolvedConfigOptions> => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(o)) if (!RUN_LEVEL.has(k)) out[k] = v;
    if (typeof o.rules === "string") {
      out.rules = await loadRules(path.resolve(loaded.dir, o.rules), `${shown}: ${at}rules: ${o.rules}`);
    }
    return out as ResolvedConfigOptions;
  };
  const overrides: ResolvedOverride[] = [];
  const list = loaded.config.overrides ?? [];
  const picomatch = list.length > 0 ? (await import("picomatch")).default : null;
  const globMatcher = (globs: string | string[]): ((rel: string) => boolean) => {
    // A glob without a slash matches the file name at any depth (as in prettier and eslint overrides).
    const tests = (Array.isArray(globs) ? globs : [globs]).map((g) => {
      const m = picomatch ? picomatch(g, { dot: true }) : () => false;
      return g.includes("/") ? m : (rel: string) => m(path.posix.basename(rel));
    });
    return (rel) => tests.some((t) => t(rel));
  };
  for (const [i, o] of list.entries()) {
    const include = globMatcher(o.files);
    const exclude = o.excludeFiles === undefined ? () => false : globMatcher(o.excludeFiles);
    overrides.push({ matches: (rel) => include(rel) && !exclude(rel), options: await pick(o.options as Record<string, unknown>, `overrides[${i}].options.`) });
  }
  const options = await pick(loaded.config as Record<string, unknown>, "");
  checkDisabledNames(shown, options, overrides.map((o) => o.options));
  return { loaded, shown, options, overrides };
}

/** `disable` must name a rule that exists: a typo would silently leave the rule on. */
function checkDisabledNames(shown: string, top: ResolvedConfigOptions, more: ResolvedConfigOptions[]): void {
  const all = [top, ...more];
  const known = knownRuleNames(all.flatMap((o) => o.rules ?? []));
  all.forEach((o, i) => {
    for (const name of o.disable ?? []) {
      if (!known.has(name)) throw new ConfigError(`${shown}: ${i === 0 ? "" : `overrides[${i - 1}].options.`}disable: no rule named "${name}" (see --list-rules)`);
    }
  });
}
