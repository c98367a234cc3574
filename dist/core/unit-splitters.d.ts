import type { Lines } from "./lines.js";
import { type UnitSpan } from "./units.js";
/** How a text is read: `text` (paragraphs by blank lines and layout) or `markdown` (by a parser). */
export type TextFormat = "text" | "markdown";
export type Splitter = (text: string, lines: Lines) => UnitSpan[];
/** Loads what a format needs; call it once before analyzing texts of that format. */
export declare function loadFormat(format: TextFormat): Promise<void>;
/** For callers that import the Markdown splitter themselves (the Node API does). */
export declare function registerMarkdownSplitter(splitter: Splitter): void;
export declare function splitterFor(format: TextFormat): Splitter;
