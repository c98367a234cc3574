import type { FileResult } from "./json.js";
/** Where each file's section stands, so a duplicate can link to its kept copy in any file. */
export interface Anchors {
    fileIndex: ReadonlyMap<string, number>;
}
export declare const lineId: (file: number, line: number) => string;
/** How a file's section is drawn: with or without its text, and whether the text is parsed only on demand. */
export interface SectionMode {
    /** False gives only the heading and figures (nothing cut, and no cut points at the file). */
    withBody: boolean;
    /**
     * The text goes inside <noscript>: with scripting on the browser keeps it as one inert string that the
     * page's script parses when the file nears the viewport or a link points into it (a large run opens
     * fast); with scripting off it is ordinary markup, so the page still reads without script.
     */
    lazy: boolean;
}
export declare function fileSection(fr: FileResult, index: number, anchors: Anchors, mode: SectionMode): string;
