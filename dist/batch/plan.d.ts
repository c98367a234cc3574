export interface PlannedFile {
    /** The path as shown and reported: relative to the working directory, POSIX separators. */
    file: string;
    /** Absolute path as named (may be a symbolic link inside the tree). */
    abs: string;
    /** The real file: what is read and, with --write, replaced. */
    target: string;
    /** With --out-dir: where the clean text goes. */
    out?: string;
    size: number;
    /** Device and inode of `target` ("dev:ino"): the same file under any name or hard link. */
    id: string;
}
export interface SkippedFile {
    file: string;
    reason: string;
}
export interface BatchPlan {
    files: PlannedFile[];
    skipped: SkippedFile[];
    /** Files skipped because they are inside --out-dir (followed through symbolic links). */
    insideOutDir: number;
}
export interface PlanOptions {
    cwd: string;
    /** Absolute --out-dir, or undefined for --write. */
    outDir?: string;
}
/** `files` must be sorted (expandPaths does it): the first path to a real file is the one used. */
export declare function planBatch(files: readonly string[], o: PlanOptions): Promise<BatchPlan>;
/** The deepest directory holding every path. */
export declare function commonDir(paths: readonly string[]): string;
/** The real path of `p`, which may not exist yet: its deepest existing ancestor resolved, the rest appended. */
export declare function realPathDeep(p: string): string;
