import type { LearnedTable } from "../core/learned-lines.js";
import type { Options } from "../core/options.js";
import { type AnalyzeOutcome, type TemplatesOutcome } from "./file-tasks.js";
export interface TaskPool {
    templates(abs: string): Promise<TemplatesOutcome>;
    analyze(abs: string, options?: Options): Promise<AnalyzeOutcome>;
    /** Writes one --out-dir file through `tmp`: the reason it could not be written, or null. */
    write(out: string, tmp: string, bytes: Uint8Array): Promise<string | null>;
    /** Must be called before the analyze() calls it is meant for. */
    setLearned(table: LearnedTable | null): void;
    close(): Promise<void>;
}
/** What goes to a worker in one message: the requests of one turn of the event loop. */
export type WorkerRequest = {
    op: "batch";
    requests: FileRequest[];
} | {
    op: "learned";
    table: LearnedTable | null;
};
export type FileRequest = {
    op: "templates" | "analyze";
    id: number;
    abs: string;
    options?: Options;
} | {
    op: "write";
    id: number;
    out: string;
    tmp: string;
    bytes: Uint8Array;
};
/** What comes back in one message: the replies to one batch. */
export interface WorkerReply {
    id: number;
    outcome?: unknown;
    error?: string;
}
export declare function createPool(options: Options, jobs: number): TaskPool;
