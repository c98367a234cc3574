// The Markdown splitter of 0.2 (micromark's full mdast tree), kept as the reference that the
// markdown-it block splitter (src/core/markdown/split-markdown.ts) is held to: the same units on the
// same texts. Markdown units from a real parser with positions: what a reader sees as one block is one
// unit, and blocks a writer repeats on purpose (code, tables, front matter) are protected.
import type { Nodes, Parent, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { frontmatterFromMarkdown } from "mdast-util-frontmatter";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { frontmatter } from "micromark-extension-frontmatter";
import { gfm } from "micromark-extension-gfm";
import type { Lines } from "../../src/core/lines.js";
import type { UnitKind, UnitSpan } from "../../src/core/units.js";
import { finishSpans } from "../../src/core/markdown/finish-spans.js";

const MATTER = ["yaml", "toml"] as const;
/**
 * An MDX import or export statement (`import X from '…'`, `export const meta = …`): code at the top
 * of a page, which a plain Markdown parser reads as a paragraph. Lower case and a statement's shape,
 * so prose that starts with "Import" or "export the file" stays prose.
 */
const ESM = /^(?:import\s+(?:['"]|[\w$*{][^\n]*?\bfrom\s*['"])|export\s+(?:default\b|const\s|let\s|var\s|function\b|async\s+function\b|class\s|\{|\*))/;
/** Blocks that hold only prose: a block quote made of them can be cut as a whole. */
const PROSE = new Set(["paragraph", "list", "listItem", "blockquote", "text", "emphasis", "strong", "link", "inlineCode", "delete", "break", "image", "linkReference", "imageReference", "footnoteReference"]);

/**
 * Paragraphs, list items and block quotes are units; headings, code, tables, HTML, front matter,
 * definitions and anything unknown are "code" units, which the engine never cuts nor indexes.
 */
export function micromarkUnits(text: string, lines: Lines): UnitSpan[] {
  const tree = fromMarkdown(text, {
    extensions: [gfm(), frontmatter([...MATTER])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown([...MATTER])],
  });
  const raw: UnitSpan[] = [];
  for (const node of tree.children) {
    if (node.type === "paragraph" && isEsm(node, text)) push(node, "code", raw);
    else emit(node, raw);
  }
  return finishSpans(raw, text, lines);
}

function emit(node: RootContent, out: UnitSpan[]): void {
  switch (node.type) {
    case "paragraph":
      return push(node, "paragraph", out);
    case "list":
      for (const item of node.children) emit(item, out);
      return;
    case "listItem": {
      const [head, ...rest] = node.children;
      if (head === undefined) return push(node, "code", out);
      if (head.type === "paragraph" && line(head, "start") === line(node, "start")) {
        out.push({ first: line(node, "start"), last: line(head, "end"), kind: "list-item" });
      } else {
        emit(head, out);
      }
      for (const child of rest) emit(child, out);
      return;
    }
    case "blockquote":
      return push(node, onlyProse(node) ? "paragraph" : "code", out);
    default:
      return push(node, "code", out);
  }
}

/** A top-level paragraph of MDX import/export statements (judged on its first line, as MDX does). */
function isEsm(node: Nodes, text: string): boolean {
  const start = node.position?.start.offset;
  return start !== undefined && ESM.test(text.slice(start, start + 300));
}

function push(node: Nodes, kind: UnitKind, out: UnitSpan[]): void {
  out.push({ first: line(node, "start"), last: line(node, "end"), kind });
}

/** 0-based line of a node's start or end; an end at column 1 closes the line before. */
function line(node: Nodes, which: "start" | "end"): number {
  const p = node.position?.[which];
  if (!p) return 0;
  if (which === "end" && p.column === 1 && p.line > (node.position?.start.line ?? 0)) return p.line - 2;
  return p.line - 1;
}

function onlyProse(node: Nodes): boolean {
  if (!PROSE.has(node.type)) return false;
  return !("children" in node) || (node as Parent).children.every((c) => onlyProse(c as Nodes));
}
