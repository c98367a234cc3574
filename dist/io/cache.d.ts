export declare class CleanCache {
    readonly file: string;
    private readonly entries;
    private dirty;
    private constructor();
    /** The cache of the project at `cwd`: node_modules/.cache/winnow/ (created on save). */
    static open(cwd: string): Promise<CleanCache>;
    /** True when `file` (absolute) had nothing to cut under this key. */
    isClean(file: string, key: string): boolean;
    /** Records the outcome: clean files are remembered, others forgotten. */
    record(file: string, key: string, clean: boolean): void;
    save(): Promise<void>;
}
/** A key over everything a result depends on: pass the version, the options and the content(s). */
export declare function cacheKey(parts: readonly (string | Uint8Array)[]): string;
