import { type Options } from "../core/options.js";
import { type ResolvedConfig } from "../config/file-options.js";
import { type IgnoreFilter } from "../io/ignore-filter.js";
import { type ReporterName } from "../reporters/names.js";
import type { RunContext } from "./context.js";
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
export declare function loadSettings(args: CliArgs, ctx: RunContext): Promise<RunSettings>;
