// Markdown units from the block structure of a real parser (markdown-it's block pass, which gives
// each block its line range) : what a reader sees as one block is one unit, and blocks a writer
// repeats on purpose (code, tables, front matter) are protected. Only the block pass runs (no inline
// parsing, no HTML): the inline pass runs on the paragraphs of block quotes alone, to see whether a
// quote holds only prose. Until 0.2 this was micromark's full mdast tree, ten times slower; the
// choice and the measurements are in docs/performance.md.
import markdownIt, { type MarkdownIt, type StateBlock as BlockState, type Token } from "markdown-it";
import type { Lines } from "../lines.js";
import type { UnitKind, UnitSpan } from "../units.js";
import { finishSpans } from "./finish-spans.js";


/**
 * An MDX import or export statement (`import X from '…'`, `export const meta = …`): code at the top
 * of a page, which a plain Markdown parser reads as a paragraph. Lower case and a statement's shape,
 * so prose that starts with "Import" or "export the file" stays prose.
 */
const ESM = /^(?:import\s+(?:['"]|[\w$*{][^\n]*?\bfrom\s*['"])|export\s+(?:default\b|const\s|let\s|var\s|function\b|async\s+function\b|class\s|\{|\*))/;
/** Front matter: `---` (YAML) or `+++` (TOML) alone on the first line, closed by the same fence. */
const MATTER_FENCE = /^(---|\+\+\+)[ \t]*$/;

const parsers: { all?: MarkdownIt; flat?: MarkdownIt } = {};

/**
 * CommonMark with GFM's tables, footnote definitions, and a token for each link reference definition.
 * `flat`: without containers (lists, block quotes, footnotes), as micromark reads a text whose first
 * line opens front matter that never closes.
 */
function markdownParser(which: "all" | "flat"): MarkdownIt {
  const made = parsers[which];
  if (made) return made;
  const md = markdownIt("commonmark").enable(["table"]);
  const reference = md.block.ruler.__rules__.find((r) => r.name === "reference")?.fn;
  if (!reference) throw new Error("markdown-it has no reference rule");
  // A definition is a block of its own (a "code" unit), as in mdast; markdown-it only records it.
  md.block.ruler.at("reference", (state, start, end, silent) => {
    const ok = reference(state, start, end, silent);
    if (ok && !silent) state.push("definition", "", 0).map = [start, state.line];
    return ok;
  });
  md.block.ruler.before("reference", "footnote_definition", footnoteDefinition, { alt: ["paragraph", "reference", "blockquote"] });
  // Two readings of micromark's that markdown-it does not share, kept so that a text's units stay
  // what they were: an HTML tag alone on a lazy line ends a list item's paragraph, and right after
  // indented code a list can only start as it would in a paragraph (an ordered one at "1", not empty).
  md.block.ruler.before("html_block", "lazy_html", lazyHtml, { alt: ["paragraph", "blockquote"] });
  const code = md.block.ruler.__rules__.find((r) => r.name === "code")?.fn;
  if (!code) throw new Error("markdown-it has no code rule");
  md.block.ruler.at("code", (state, start, end, silent) => !afterDefinition(state, start) && code(state, start, end, silent));
  const list = md.block.ruler.__rules__.find((r) => r.name === "list")?.fn;
  if (!list) throw new Error("markdown-it has no list rule");
  md.block.ruler.at("list", (state, start, end, silent) => !afterIndentedCode(state, start) && list(state, start, end, silent), { alt: ["paragraph", "reference", "blockquote"] });
  if (which === "flat") md.block.ruler.disable(["list", "blockquote", "footnote_definition"]);
  return (parsers[which] = md);
}

/**
 * Paragraphs, list items and block quotes are units; headings, code, tables, HTML, front matter,
 * definitions and anything unknown are "code" units, which the engine never cuts nor indexes.
 */
export function splitMarkdownUnits(text: string, lines: Lines): UnitSpan[] {
  const raw: UnitSpan[] = [];
  const matter = frontMatterEnd(text, lines);
  const md = markdownParser(matter === -2 ? "flat" : "all");
  if (matter >= 0) raw.push({ first: 0, last: matter, kind: "code" });
  // The parser reads from after the front matter; its lines are counted from there.
  const from = Math.max(0, matter + 1);
  const src = (from === 0 ? text : text.slice(lines.start[from] ?? text.length)).replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const tokens: Token[] = [];
  const env: MarkdownEnv = { lazyHtml: new Map() };
  md.block.parse(src, md, env as unknown as Record<string, unknown>, tokens);
  const blocks = tree(tokens, from);
  for (const node of blocks) {
    if (node.type === "paragraph" && isEsm(node, text, lines)) push(node, "code", raw);
    else emit(node, raw, md);
  }
  return finishSpans(raw, text, lines);
}

/** A block: its kind, its lines (first and last, 0-based, in the whole text) and what it holds. */
interface Block {
  type: string;
  first: number;
  last: number;
  children: Block[];
  /** A paragraph's text (for a block quote's prose check). */
  content: string;
}

/** The nesting of markdown-it's flat block tokens, lines shifted by `offset`. */
function tree(tokens: Token[], offset: number): Block[] {
  const root: Block = { type: "root", first: 0, last: 0, children: [], content: "" };
  const stack: Block[] = [root];
  for (const t of tokens) {
    const parent = stack[stack.length - 1] ?? root;
    if (t.nesting === -1) {
      stack.pop();
      continue;
    }
    if (t.type === "inline") {
      parent.content = t.content;
      continue;
    }
    const map = t.map ?? [0, 1];
    const node: Block = { type: t.type.replace(/_open$/, ""), first: map[0] + offset, last: map[1] - 1 + offset, children: [], content: "" };
    parent.children.push(node);
    if (t.nesting === 1) stack.push(node);
  }
  return root.children;
}

function emit(node: Block, out: UnitSpan[], md: MarkdownIt): void {
  switch (node.type) {
    case "paragraph":
      return push(node, "paragraph", out);
    case "bullet_list":
    case "ordered_list":
      for (const item of node.children) emit(item, out, md);
      return;
    case "list_item": {
      const [head, ...rest] = node.children;
      if (head === undefined) return push(node, "code", out);
      if (head.type === "paragraph" && head.first === node.first) {
        out.push({ first: node.first, last: head.last, kind: "list-item" });
      } else {
        emit(head, out, md);
      }
      for (const child of rest) emit(child, out, md);
      return;
    }
    case "blockquote":
      return push(node, onlyProse(node, md) ? "paragraph" : "code", out);
    default:
      return push(node, "code", out);
  }
}

/** A top-level paragraph of MDX import/export statements (judged on its first line, as MDX does). */
function isEsm(node: Block, text: string, lines: Lines): boolean {
  let start = lines.start[node.first];
  if (start === undefined) return false;
  while (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9) start++;
  return ESM.test(text.slice(start, start + 300));
}

function push(node: Block, kind: UnitKind, out: UnitSpan[]): void {
  out.push({ first: node.first, last: node.last, kind });
}

/** Blocks that hold only prose (paragraphs without inline HTML, lists, quotes): a quote of them can be cut whole. */
function onlyProse(node: Block, md: MarkdownIt): boolean {
  switch (node.type) {
    case "paragraph": {
      const inline: Token[] = [];
      md.inline.parse(node.content, md, {}, inline);
      return !inline.some((t) => t.type === "html_inline");
    }
    case "blockquote":
    case "bullet_list":
    case "ordered_list":
    case "list_item":
      return node.children.every((c) => onlyProse(c, md));
    default:
      return false;
  }
}

/** CommonMark's HTML block of the 7th kind: one complete open or close tag alone on its line. */
const ATTRIBUTE = `(?:\\s+[a-zA-Z_:][a-zA-Z0-9:._-]*(?:\\s*=\\s*(?:[^"'=<>\`\\x00-\\x20]+|'[^']*'|"[^"]*"))?)`;
const TAG_LINE = new RegExp(`^(?:<[A-Za-z][A-Za-z0-9-]*${ATTRIBUTE}*\\s*\\/?>|<\\/[A-Za-z][A-Za-z0-9-]*\\s*>)\\s*$`);

/** The HTML blocks of the 1st and 6th kinds (CommonMark's lists), which end a paragraph anyway. */
const HTML_RAW = new Set(["pre", "script", "style", "textarea"]);
const HTML_BLOCK = new Set(
  ("address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt fieldset figcaption figure footer form frame frameset " +
    "h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead title tr track ul").split(" "),
);

/** As a paragraph's terminator only: a lazy line (outside the list item whose paragraph it would continue) that is an HTML tag. */
function lazyHtml(state: BlockState, line: number, _end: number, silent: boolean): boolean {
  const env = state.env as unknown as MarkdownEnv;
  if (!silent) {
    // That line starts an HTML block of its own (the list item's, in micromark), which goes on over
    // the lines still inside the item; the line after it is read afresh.
    const indent = env.lazyHtml.get(line);
    if (indent === undefined) return false;
    let next = line + 1;
    while (next < state.lineMax && !state.isEmpty(next) && (state.sCount[next] ?? 0) >= indent) next++;
    state.push("html_block", "", 0).map = [line, next];
    state.line = next;
    return true;
  }
  if (state.parentType === "blockquote") {
    // In a block quote the tag line stays in the quote (as HTML, so the quote is not prose) and the lazy line after it ends the quote.
    if (env.quoteHtml === line - 1) return true;
    if (tagLine(state, line)) env.quoteHtml = line;
    return false;
  }
  if ((state.sCount[line] ?? 0) >= state.blkIndent || !tagLine(state, line)) return false;
  env.lazyHtml.set(line, state.blkIndent);
  return true;
}

/** What the parse keeps beside its tokens (see lazyHtml). */
interface MarkdownEnv {
  lazyHtml: Map<number, number>;
  quoteHtml?: number;
}

/** An HTML block of the 7th kind starts on this line (a complete tag alone on it, not one that opens a block of another kind). */
function tagLine(state: BlockState, line: number): boolean {
  const start = (state.bMarks[line] ?? 0) + (state.tShift[line] ?? 0);
  const text = state.src.slice(start, state.eMarks[line]);
  const tag = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)/.exec(text);
  const name = tag?.[2]?.toLowerCase();
  if (name === undefined || (tag?.[1] === "" && HTML_RAW.has(name)) || HTML_BLOCK.has(name)) return false;
  return TAG_LINE.test(text);
}

/**
 * A list item that could not interrupt a paragraph, right after indented code (blank lines between)
 * or a definition: micromark reads either as still open there, so such a line is a paragraph.
 */
function afterIndentedCode(state: BlockState, line: number): boolean {
  const prev = state.tokens[state.tokens.length - 1];
  if (prev?.level !== state.level || !(prev.type === "code_block" || afterDefinition(state, line))) return false;
  const start = (state.bMarks[line] ?? 0) + (state.tShift[line] ?? 0);
  const text = state.src.slice(start, state.eMarks[line]);
  const marker = /^(?:[-+*]|(\d{1,9})[.)])(?=[ \t]|$)/.exec(text);
  if (!marker) return false;
  if (marker[1] !== undefined && marker[1] !== "1") return true;
  return text.slice(marker[0].length).trim() === "";
}

/** Right after a link reference definition: micromark reads on in the same paragraph-like block there. */
function afterDefinition(state: BlockState, line: number): boolean {
  const prev = state.tokens[state.tokens.length - 1];
  return prev?.type === "definition" && prev.level === state.level && prev.map?.[1] === line;
}

/** The last line of the front matter (`---` … `---` from the first line); -1: none; -2: a first line that opens front matter never closed. */
function frontMatterEnd(text: string, lines: Lines): number {
  const line = (i: number): string => text.slice(lines.start[i] ?? 0, lines.end[i] ?? 0);
  const open = MATTER_FENCE.exec(line(0).replace(/^\uFEFF/, ""));
  if (!open) return -1;
  for (let i = 1; i < lines.start.length; i++) {
    const close = MATTER_FENCE.exec(line(i));
    if (close && close[1] === open[1]) return i;
  }
  return -2;
}

/**
 * A GFM footnote definition, "[^label]: text", a container whose later lines are indented by four
 * (after markdown-it-footnote's rule, with GFM's labels: no white space, no "[", at most 999 characters).
 */
function footnoteDefinition(state: BlockState, startLine: number, endLine: number, silent: boolean): boolean {
  if ((state.sCount[startLine] ?? 0) - state.blkIndent >= 4) return false;
  const start = (state.bMarks[startLine] ?? 0) + (state.tShift[startLine] ?? 0);
  const max = state.eMarks[startLine] ?? 0;
  const src = state.src;
  if (start + 4 > max || src.charCodeAt(start) !== 0x5b || src.charCodeAt(start + 1) !== 0x5e) return false;
  let pos = start + 2;
  for (; pos < max; pos++) {
    const c = src.charCodeAt(pos);
    if (c === 0x20 || c === 0x09 || c === 0x5b) return false;
    if (c === 0x5d) break;
    const next = src.charCodeAt(pos + 1);
    if (c === 0x5c && (next === 0x5b || next === 0x5c || next === 0x5d)) pos++;
  }
  if (pos >= max || pos === start + 2 || pos - start - 2 > 999 || src.charCodeAt(pos + 1) !== 0x3a) return false;
  if (silent) return true;
  pos += 2;
  const open = state.push("footnote_definition_open", "", 1);
  const oldBMark = state.bMarks[startLine] ?? 0;
  const oldTShift = state.tShift[startLine] ?? 0;
  const oldSCount = state.sCount[startLine] ?? 0;
  const oldParent = state.parentType;
  const posAfterColon = pos;
  const initial = oldSCount + pos - (oldBMark + oldTShift);
  let offset = initial;
  while (pos < max) {
    const c = src.charCodeAt(pos);
    if (c === 0x09) offset += 4 - (offset % 4);
    else if (c === 0x20) offset++;
    else break;
    pos++;
  }
  state.tShift[startLine] = pos - posAfterColon;
  state.sCount[startLine] = offset - initial;
  state.bMarks[startLine] = posAfterColon;
  state.blkIndent += 4;
  state.parentType = "footnote" as typeof state.parentType;
  if ((state.sCount[startLine] ?? 0) < state.blkIndent) state.sCount[startLine] = (state.sCount[startLine] ?? 0) + state.blkIndent;
  state.md.block.tokenize(state, startLine, endLine);
  state.parentType = oldParent;
  state.blkIndent -= 4;
  state.tShift[startLine] = oldTShift;
  state.sCount[startLine] = oldSCount;
  state.bMarks[startLine] = oldBMark;
  open.map = [startLine, state.line];
  state.push("footnote_definition_close", "", -1);
  return true;
}
