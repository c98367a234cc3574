export declare const DEFAULT_IGNORE_FILES: readonly [".gitignore", ".winnowignore"];
export interface IgnoreSettings {
    cwd: string;
    /** --ignore-path values; when given they replace the default files. */
    ignorePaths: readonly string[];
    /** False with --no-gitignore: .gitignore is not read. */
    gitignore: boolean;
    /** Patterns from the config file's `ignore`, relative to its directory. */
    configPatterns?: {
        dir: string;
        patterns: readonly string[];
    };
}
/** True when the absolute path is ignored. */
export type IgnoreFilter = (file: string) => boolean;
export declare function buildIgnoreFilter(s: IgnoreSettings): Promise<IgnoreFilter>;
