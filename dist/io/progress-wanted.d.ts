import type { OutStream } from "../base/out-stream.js";
/** Shown only on a terminal, outside CI, and unless --no-progress. */
export declare function progressWanted(stream: OutStream, env: Readonly<Record<string, string | undefined>>, flag: boolean): boolean;
