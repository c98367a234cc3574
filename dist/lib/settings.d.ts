import type { Options } from "../core/options.js";
import { type ResolvedConfig } from "../config/file-options.js";
import { type IgnoreFilter } from "../io/ignore-filter.js";
import { type ReporterName } from "../report/reporter-names.js";
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
    /** Options for one file (absolute path), or for standard input without --stdin-filepath (null). */
    optionsFor(file: string | null): Options;
}
export declare function loadSettings(s: SettingsSource): Promise<RunSettings>;
