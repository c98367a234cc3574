/** POSIX path of `file` under `dir`, or null when it lies outside. */
export declare function relativeTo(dir: string, file: string): string | null;
