// Which splitter turns a text into units: plain text, or Markdown through a parser that is loaded
// only when a Markdown text comes along (it costs more start-up time than the whole engine).
import type { Lines } from "./lines.js";
import { splitUnits, type UnitSpan } from "./units.js";

/** How a text is read: `text` (paragraphs by blank lines and layout) or `markdown` (by a parser). */
export type TextFormat = "text" | "markdown";

/** `opening`: the text opens a document (splitUnits()). */
export type Splitter = (text: string, lines: Lines, opening?: boolean) => UnitSpan[];

let markdown: Splitter | undefined;

/** Loads what a format needs; call it once before analyzing texts of that format. */
export async function loadFormat(format: TextFormat): Promise<void> {
  if (format === "markdown" && markdown === undefined) {
    markdown = (await import("./markdown/split-markdown.js")).splitMarkdownUnits;
  }
}

/** For callers that import the Markdown splitter themselves (the Node API does). */
export function registerMarkdownSplitter(splitter: Splitter): void {
  markdown = splitter;
}

export function splitterFor(format: TextFormat): Splitter {
  if (format === "text") return splitUnits;
  if (markdown === undefined) throw new Error('format "markdown" is not loaded: await loadFormat("markdown") first');
  return markdown;
}
