// Everything a run needs to know besides its files: the config file, per-file options, ignores,
// the reporter. Built once from the flags; flags win over the config file.
import path from "node:path";
import { DEFAULT_OPTIONS, type Options } from "../core/options.js";
import type { PageModel } from "../core/boilerplate/page-model.js";
import type { LoadedConfig } from "../config/config-types.js";
import { optionsForFile, resolveConfig, type ResolvedConfig } from "../config/file-options.js";
import { findConfigFile } from "../config/find-config.js";
import { buildIgnoreFilter, type IgnoreFilter } from "../io/ignore-filter.js";
import { isReporterName, type ReporterName } from "../reporters/names.js";
import type { RunContext } from "./context.js";
import { ConfigError } from "./errors.js";
import { loadRulesFile, optionsFromArgs } from "./options-from-args.js";
import type { CliArgs } from "./program.js";

export interface RunSettings {
  config: ResolvedConfig | null;
  /** Options given as flags, which win over the config file. */
  cliOptions: Partial<Options>;
  /** True for an absolute path that an ignore file or the config's `ignore` names. */
  isIgnored: IgnoreFilter;
  /** Extra extensions a directory expands to (the config's `extensions`). */
  extensions: readonly string[];
  reporter: ReporterName;
  /** Options for one file (absolute path), or for standard input without --stdin-filepath (null). */
  optionsFor(file: string | null): Options;
}

export async function loadSettings(args: CliArgs, ctx: RunContext): Promise<RunSettings> {
  const all = await optionsFromArgs(args, ctx.cwd);
  const cliOptions: Partial<Options> = {};
  for (const key of args.explicit) {
    if (Object.hasOwn(DEFAULT_OPTIONS, key)) (cliOptions as Record<string, unknown>)[key] = all[key as keyof Options];
  }
  // The page model is off by default: this turns it on with the weights of a file (the built-in
  // ones are dist/core/boilerplate/page-model.json; the training script passes each fold's).
  const modelFile = ctx.env.WINNOW_PAGE_MODEL;
  if (modelFile) cliOptions.pageModel = await loadPageModel(path.resolve(ctx.cwd, modelFile));
  const config = await findAndLoad(args, ctx.cwd);
  const c = config?.loaded.config;
  const isIgnored = await buildIgnoreFilter({
    cwd: ctx.cwd,
    ignorePaths: args.ignorePath,
    gitignore: args.gitignore,
    ...(c?.ignore && config ? { configPatterns: { dir: config.loaded.dir, patterns: c.ignore } } : {}),
  });
  const reporter = args.reporter ?? c?.reporter ?? "stylish";
  if (!isReporterName(reporter)) throw new ConfigError(`${config?.shown ?? "--reporter"}: unknown reporter "${reporter}"`);
  return {
    config,
    cliOptions,
    isIgnored,
    extensions: c?.extensions ?? [],
    reporter,
    optionsFor: (file) => optionsForFile(config, cliOptions, file),
  };
}

async function loadPageModel(file: string): Promise<PageModel> {
  const { readFile } = await import("node:fs/promises");
  try {
    return JSON.parse(await readFile(file, "utf8")) as PageModel;
  } catch (e) {
    throw new ConfigError(`WINNOW_PAGE_MODEL: ${file}: ${(e as Error).message}`);
  }
}

async function findAndLoad(args: CliArgs, cwd: string): Promise<ResolvedConfig | null> {
  if (args.config === false) return null;
  const file = typeof args.config === "string" ? path.resolve(cwd, args.config) : await findConfigFile(cwd);
  if (file === null) return null;
  const shown = typeof args.config === "string" ? args.config : path.relative(cwd, file) || file;
  // The loader (and ajv, which validates) only when there is a config file.
  const { loadConfig } = await import("../config/load-config.js");
  const loaded: LoadedConfig = await loadConfig(file, shown);
  return resolveConfig(loaded, shown, loadRulesFile);
}
