import type { Lines } from "../lines.js";
import type { UnitSpan } from "../units.js";
/**
 * Paragraphs, list items and block quotes are units; headings, code, tables, HTML, front matter,
 * definitions and anything unknown are "code" units, which the engine never cuts nor indexes.
 */
export declare function splitMarkdownUnits(text: string, lines: Lines): UnitSpan[];
