import type { RunSettings } from "./settings.js";
export interface Selected {
    files: string[];
    /** Patterns that matched nothing (an ignored file still counts as matched). */
    unmatched: string[];
    /** --against files that are not among `files`. */
    references: string[];
    /** Named paths that are not regular files (a device, a FIFO): each an error. */
    notFiles: {
        pattern: string;
        kind: string;
    }[];
}
export declare function selectFiles(patterns: readonly string[], against: readonly string[], cwd: string, settings: RunSettings, extensions: readonly string[]): Promise<Selected>;
