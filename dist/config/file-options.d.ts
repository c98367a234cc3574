import { type Options, type UserRule } from "../core/options.js";
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
export declare function formatOfPath(file: string | null): Options["format"];
/**
 * `file` is absolute (or null for standard input without --stdin-filepath). `cli` holds only the
 * options given as flags.
 */
export declare function optionsForFile(config: ResolvedConfig | null, cli: Partial<Options>, file: string | null): Options;
export declare function resolveConfig(loaded: LoadedConfig, shown: string, loadRules: (file: string, shown: string) => Promise<UserRule[]>): Promise<ResolvedConfig>;
