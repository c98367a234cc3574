import { splitUnits } from "./units.js";
let markdown;
/** Loads what a format needs; call it once before analyzing texts of that format. */
export async function loadFormat(format) {
    if (format === "markdown" && markdown === undefined) {
        markdown = (await import("./markdown/split-markdown.js")).splitMarkdownUnits;
    }
}
/** For callers that import the Markdown splitter themselves (the Node API does). */
export function registerMarkdownSplitter(splitter) {
    markdown = splitter;
}
export function splitterFor(format) {
    if (format === "text")
        return splitUnits;
    if (markdown === undefined)
        throw new Error('format "markdown" is not loaded: await loadFormat("markdown") first');
    return markdown;
}
//# sourceMappingURL=unit-splitters.js.map