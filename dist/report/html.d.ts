import type { FileResult, ReportMeta } from "./json.js";
/** Past this much input text in file bodies, bodies are parsed on demand (see SectionMode.lazy). */
export declare const LAZY_ABOVE_CHARS = 2000000;
export interface HtmlReportOptions {
    /** Overrides LAZY_ABOVE_CHARS (tests force the lazy page on small fixtures). */
    lazyAboveChars?: number;
}
export declare function htmlReport(files: readonly FileResult[], meta: ReportMeta, options?: HtmlReportOptions): string;
