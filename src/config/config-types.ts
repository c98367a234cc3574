// The shape of a config file, as schema/winnow.schema.json describes it.
import type { Options, UserRule } from "../core/options.js";

/** Options a config file may set for every file, or for some files in `overrides`. */
export type ConfigOptions = Partial<Omit<Options, "rules">> & {
  /** Extra rules, or the path of a JSON rules file relative to the config file. */
  rules?: UserRule[] | string;
};

export interface ConfigOverride {
  /** Globs relative to the config file; one without a slash matches the file name at any depth. */
  files: string | string[];
  excludeFiles?: string | string[];
  options: ConfigOptions;
}

export interface WinnowConfig extends ConfigOptions {
  /** Extensions (without the dot) a directory expands to, besides txt, md, markdown and mdx. */
  extensions?: string[];
  /** gitignore-style patterns, relative to the config file, of files never read. */
  ignore?: string[];
  /** The reporter --check uses when --reporter is not given. */
  reporter?: "stylish" | "json" | "github" | "sarif";
  /** Batch runs: find locale folders and compare only files of one locale ("auto", the default), or all ("off"). */
  locales?: "auto" | "off";
  overrides?: ConfigOverride[];
}

/** A config file that was found and loaded. */
export interface LoadedConfig {
  /** Absolute path of the file. */
  file: string;
  /** Its directory: globs, ignore patterns and rule files are relative to it. */
  dir: string;
  config: WinnowConfig;
}
