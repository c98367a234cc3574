// Everything a run needs to know besides its files: the config file, per-file options, ignores,
// the reporter. Built once; options given by the caller (the CLI's flags) win over the config file.
import type { LocaleMode } from "../core/locales.js";
import path from "node:path";
import { ConfigError } from "../base/errors.js";
import type { Options } from "../core/options.js";
import { loadRuleEngine } from "../core/boilerplate/user-pattern.js";
import { loadPageModel } from "../core/boilerplate/page-model-loader.js";
import type { LoadedConfig } from "../config/config-types.js";
import { optionsForFile, resolveConfig, type ResolvedConfig } from "../config/file-options.js";
import { findConfigFile } from "../config/find-config.js";
import { loadRulesFile } from "../config/rules-file.js";
import { buildIgnoreFilter, type IgnoreFilter } from "../io/ignore-filter.js";
import { isReporterName, type ReporterName } from "../report/reporter-names.js";

/** Where a run's settings come from. */
export interface SettingsSource {
  /** The directory paths are relative to and where the config file is looked for. */
  cwd: string;
  /** Options that win over the config file (the CLI's flags as given, or an API caller's). */
  options?: Partial<Options> | undefined;
  /** A config file to read (relative to `cwd`), `false` for none; by default one is looked for from `cwd` up. */
  config?: string | false | undefined;
  /** gitignore-style files of paths to skip; when given, they replace .gitignore and .winnowignore. */
  ignorePath?: readonly string[] | undefined;
  /** Read .gitignore (default true). */
  gitignore?: boolean | undefined;
  /** The --check reporter; by default the config's, else "stylish". */
  reporter?: string | undefined;
  /** Locale folders: by default the config's, else "auto" (see core/locales.ts). */
  locales?: LocaleMode | undefined;
  /** The home directory, where the config search ends (default: the user's). */
  home?: string | undefined;
}

export interface RunSettings {
  config: ResolvedConfig | null;
  /** Options given by the caller, which win over the config file. */
  cliOptions: Partial<Options>;
  /** True for an absolute path that an ignore file or the config's `ignore` names. */
  isIgnored: IgnoreFilter;
  /** Extra extensions a directory expands to (the config's `extensions`). */
  extensions: readonly string[];
  reporter: ReporterName;
  /** Batch runs: whether files of different locale folders are compared ("off") or not ("auto"). */
  locales: LocaleMode;
  /** Options for one file (absolute path), or for standard input without --stdin-filepath (null). */
  optionsFor(file: string | null): Options;
}

export async function loadSettings(s: SettingsSource): Promise<RunSettings> {
  const cliOptions = s.options ?? {};
  const config = await findAndLoad(s.config, s.cwd, s.home);
  const c = config?.loaded.config;
  // User rules (the caller's, the config's, its overrides') run on RE2, loaded only when there are some.
  const layers = [cliOptions, config?.options, ...(config?.overrides.map((o) => o.options) ?? [])];
  if (layers.some((o) => (o?.rules?.length ?? 0) > 0)) await loadRuleEngine();
  // So is the page model, when any layer switches it on (optionsFor() resolves them).
  if (layers.some((o) => o?.pageModel !== undefined && o.pageModel !== false)) await loadPageModel();
  const isIgnored = await buildIgnoreFilter({
    cwd: s.cwd,
    ignorePaths: [...(s.ignorePath ?? [])],
    gitignore: s.gitignore ?? true,
    ...(c?.ignore && config ? { configPatterns: { dir: config.loaded.dir, patterns: c.ignore } } : {}),
  });
  const reporter = s.reporter ?? c?.reporter ?? "stylish";
  if (!isReporterName(reporter)) throw new ConfigError(`${config?.shown ?? "--reporter"}: unknown reporter "${reporter}"`);
  return {
    config,
    cliOptions,
    isIgnored,
    extensions: c?.extensions ?? [],
    reporter,
    locales: s.locales ?? c?.locales ?? "auto",
    optionsFor: (file) => optionsForFile(config, cliOptions, file),
  };
}

async function findAndLoad(configFile: string | false | undefined, cwd: string, home: string | undefined): Promise<ResolvedConfig | null> {
  if (configFile === false) return null;
  const file = typeof configFile === "string" ? path.resolve(cwd, configFile) : await findConfigFile(cwd, ...(home ? [home] : []));
  if (file === null) return null;
  const shown = typeof configFile === "string" ? configFile : path.relative(cwd, file) || file;
  // The loader (and ajv, which validates) only when there is a config file.
  const { loadConfig } = await import("../config/load-config.js");
  const loaded: LoadedConfig = await loadConfig(file, shown);
  return resolveConfig(loaded, shown, loadRulesFile);
}
