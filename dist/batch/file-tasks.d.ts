import { type Analysis } from "../core/analyze.js";
import { type LearnedTable } from "../core/learned-lines.js";
import type { Options } from "../core/options.js";
import { type Encoding } from "../io/decode.js";
import { type ReadStamp } from "../io/write-atomic.js";
/** A file that is not cleaned: skipped (binary, not UTF-8) is no error; failed (unreadable) is. */
export interface NotRead {
    kind: "skipped" | "failed";
    reason: string;
    bytes: number;
}
export type TemplatesOutcome = {
    kind: "ok";
    hashes: Uint32Array;
    bytes: number;
} | NotRead;
export type AnalyzeOutcome = {
    kind: "ok";
    analysis: Analysis;
    encoding: Encoding;
    stamp: ReadStamp;
    bytes: number;
} | NotRead;
/** Whether learned boilerplate is in force for these options. */
export declare function learnedEnabled(o: Options): boolean;
export declare class FileTasks {
    private readonly options;
    private rulesOfRun;
    private lookup;
    constructor(options: Options);
    private readonly ruleSets;
    private rulesFor;
    /** Pass 2 marks lines against this table; null turns learned lines off. */
    setLearned(table: LearnedTable | null): void;
    templates(abs: string): Promise<TemplatesOutcome>;
    /** `options` of this one file (a config override, Markdown) when they differ from the run's. */
    analyze(abs: string, options?: Options): Promise<AnalyzeOutcome>;
    /** Writes one --out-dir file through `tmp`; the reason it could not be written, or null. */
    write(out: string, tmp: string, bytes: Uint8Array): string | null;
}
