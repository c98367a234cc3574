/** Directories never entered, whatever the pattern says. */
export declare const ALWAYS_SKIPPED_DIRS: readonly string[];
export { DEFAULT_EXTENSIONS } from "./extensions.js";
export interface ExpandOptions {
    /** Where relative patterns start, and what the returned paths are relative to. */
    cwd: string;
    /** Extensions (without the dot) that a directory expands to. Default: txt, md, markdown. */
    extensions?: readonly string[];
}
export interface Expanded {
    /** Matched files, relative to `cwd`, POSIX separators, sorted by code unit, no repeats. */
    files: string[];
    /** Patterns that matched no file (after skipping .git and node_modules), in the order given. */
    unmatched: string[];
    /** Literal paths that exist but are neither a file nor a directory (a device, a FIFO), and what they are. */
    notFiles: {
        pattern: string;
        kind: string;
    }[];
}
/**
 * Each pattern is tried as a literal file, then as a directory (expanded to the extensions), then
 * as a fast-glob pattern (`dot: true`, symbolic links not followed into). Files under `.git` and
 * `node_modules` are always left out, even when named literally.
 */
export declare function expandPaths(patterns: readonly string[], options: ExpandOptions): Promise<Expanded>;
