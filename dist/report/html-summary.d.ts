import type { FileResult } from "./json.js";
/** `lazy`: the file table is held in <noscript> too (see SectionMode.lazy); a 5,000-row table parsed among the rest of a large page costs seconds. */
export declare function summarySection(files: readonly FileResult[], lazy: boolean): string;
