// Where each unit of a Markdown text stands: under which headings, after which code block or bold
// label, in which list item. Documentation says the same thing of each of a row of like things
// ("Returns a list of change objects." under every function, whether the functions are sibling
// sections, list items or code signatures): a paragraph repeated in a parallel place, as deep as its
// first copy, is kept. One repeated in the same place (a page pasted twice) or at another depth (a
// usage paragraph pasted under "Options") is a copy.
import type { Analysis } from "../analysis-types.js";

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const INDENTED = /^[ \t]/;
/** Fenced or indented code: what a signature or an example is written in. */
const CODE_BLOCK = /^(?: {0,3}(?:```|~~~)| {4}|\t)/;
/** A paragraph that is only bold text works as a heading: "**Negative ranges**". */
const BOLD_LABEL = /^[ \t]*(\*\*|__)[^*_\n]+\1[ \t:]*$/;
/** Front matter's title, which stands for a level-1 heading until one comes. */
const MATTER_TITLE = /^title[ \t]*[:=][ \t]*["']?(.*?)["']?[ \t]*$/m;
/** Admonitions: ":::tip", "::: warning Title", ":::note[Title]" … ":::"; GitHub's "> [!NOTE]". */
const ADMONITION_OPEN = /^ {0,3}:{3,}[ \t]*[\w[{-]/;
const ADMONITION_CLOSE = /^ {0,3}:{3,}[ \t]*$/;
const ALERT = /^ {0,3}>[ \t]*\[!(?:note|tip|important|warning|caution)\]/i;
/**
 * An MDX component around a paragraph ("<Aside>…</Aside>", "<ReadMore>See the guide…</ReadMore>"),
 * or a site generator's shortcode or template tag opening it (Hugo's "{{< code-toggle >}}",
 * "{{% note %}}", Liquid's "{% include %}", a Handlebars block "{{#option}}").
 */
const COMPONENT = /^ {0,3}(?:<[A-Z][\w.]*(?:[\s>]|$)|\{\{[<%#]|\{%)/;
/** A quotation: "> …" lines, or the text between HTML "<blockquote>" and "</blockquote>". */
const QUOTE_LINE = /^ {0,3}>/;
const HTML_QUOTE_OPEN = /<blockquote[\s>]/gi;
const HTML_QUOTE_CLOSE = /<\/blockquote\s*>/gi;

export interface Places {
  /** Units with the same key stand in the same place. */
  key: string[];
  /** How deep the place is: heading level, then code block or label, then list item. */
  depth: number[];
  /** Units inside an admonition (":::tip … :::", "> [!NOTE]", an MDX component): notes a writer repeats on purpose. */
  admonition: boolean[];
  /**
   * Units in a quotation ("> …", "<blockquote>…</blockquote>"): a text quoting what it or another
   * text says elsewhere (an error's message above its explanation, a comment quoted in full under
   * its summary) repeats it on purpose.
   */
  quoted: boolean[];
  /**
   * Units under a heading that names code ("### `onToggled()`", "#### `send()`"): entries of a
   * reference, which describe alike whatever level their headings stand at.
   */
  entry: boolean[];
}

/** Where each unit stands (see the top of this file). */
export function unitPlaces(a: Analysis): Places {
  const line = (i: number): string => a.text.slice(a.lines.start[i] ?? 0, a.lines.end[i] ?? 0);
  const body = (first: number, last: number): string => a.text.slice(a.lines.start[first] ?? 0, a.lines.end[last] ?? 0);
  const places: Places = { key: [], depth: [], admonition: [], quoted: [], entry: [] };
  let entry = false;
  let htmlQuotes = 0;
  const headings: string[] = [];
  let anchor: string | null = null;
  let item: string | null = null;
  let admonition = false;
  for (const [k, u] of a.units.entries()) {
    // Headings, code, tables and HTML are "code" units in Markdown: never cut, never indexed.
    const h = u.kind === "code" ? heading(line, u.first, u.last) : null;
    const top = line(u.first);
    if (ADMONITION_OPEN.test(top)) admonition = true;
    places.admonition.push(admonition || ALERT.test(top) || COMPONENT.test(top));
    if (ADMONITION_CLOSE.test(line(u.last))) admonition = false;
    if (u.kind === "code" && !CODE_BLOCK.test(top)) {
      // HTML blocks are "code" units: an opening tag starts a quotation, a closing one ends it.
      const text = body(u.first, u.last);
      htmlQuotes = Math.max(0, htmlQuotes + (text.match(HTML_QUOTE_OPEN)?.length ?? 0) - (text.match(HTML_QUOTE_CLOSE)?.length ?? 0));
    }
    places.quoted.push(htmlQuotes > 0 || QUOTE_LINE.test(top));
    const title = k === 0 && u.kind === "code" && /^(?:---|\+\+\+)[ \t]*$/.test(top) ? MATTER_TITLE.exec(body(u.first, u.last)) : null;
    if (title) {
      headings.push(normalized(title[1] ?? ""));
    } else if (h) {
      headings.length = h.level - 1;
      for (let l = 0; l < h.level - 1; l++) headings[l] ??= "";
      headings.push(h.text);
      entry = h.text.startsWith("`");
      anchor = item = null;
    } else if ((u.kind === "code" && CODE_BLOCK.test(line(u.first))) || (u.kind === "paragraph" && u.first === u.last && BOLD_LABEL.test(line(u.first)))) {
      anchor = normalized(body(u.first, u.last));
      item = null;
    } else if (u.kind === "list-item") {
      item = normalized(line(u.first));
    } else if (u.kind === "paragraph" && !INDENTED.test(line(u.first))) {
      item = null; // a paragraph at the margin ends the list
    }
    const inItem = u.kind === "paragraph" && item !== null && INDENTED.test(line(u.first));
    places.key.push(`${headings.join("\n")}\n\n${anchor ?? ""}\n\n${inItem ? item : ""}`);
    places.entry.push(entry);
    places.depth.push(headings.length * 4 + (anchor !== null ? 1 : 0) + (inItem ? 2 : 0));
  }
  return places;
}

/**
 * Whether the units `cut` leaves stand in the places they stood in with the cut ones there: no cut
 * unit moves what unitPlaces() carries from one unit to the next. A cut unit never is a heading,
 * code or HTML (those are "code" units, never cut), nor the first unit (front matter's title) here;
 * what else carries on is an admonition opened or closed, a bold label (the anchor), a list item,
 * and a paragraph at the margin after a list item (which ends the list).
 */
export function placesStay(a: Analysis, cut: (k: number) => boolean): boolean {
  const line = (i: number): string => a.text.slice(a.lines.start[i] ?? 0, a.lines.end[i] ?? 0);
  if (a.units.length > 0 && cut(0)) return false;
  let itemOpen = false;
  // A cut list item, or a cut paragraph that ended a list, leaves the list item above indented
  // paragraphs otherwise, until a unit sets it again.
  let itemMoved = false;
  for (const [k, u] of a.units.entries()) {
    const top = line(u.first);
    const h = u.kind === "code" ? heading(line, u.first, u.last) : null;
    const label = u.kind === "paragraph" && u.first === u.last && BOLD_LABEL.test(top);
    if (cut(k)) {
      if (u.kind === "code" || label || ADMONITION_OPEN.test(top) || ADMONITION_CLOSE.test(line(u.last))) return false;
      if (u.kind === "list-item" || (u.kind === "paragraph" && !INDENTED.test(top) && itemOpen)) itemMoved = true;
      if (u.kind === "list-item") itemOpen = true;
      else if (u.kind === "paragraph" && !INDENTED.test(top)) itemOpen = false;
      continue;
    }
    if (h || (u.kind === "code" && CODE_BLOCK.test(top)) || label) itemOpen = itemMoved = false;
    else if (u.kind === "list-item") {
      itemOpen = true;
      itemMoved = false;
    } else if (u.kind === "paragraph" && !INDENTED.test(top)) itemOpen = itemMoved = false;
    else if (u.kind === "paragraph" && itemMoved) return false;
  }
  return true;
}

function heading(line: (i: number) => string, first: number, last: number): { level: number; text: string } | null {
  const top = line(first);
  const atx = ATX.exec(top);
  if (atx) return { level: (atx[1] ?? "#").length, text: normalized(atx[2] ?? "") };
  // Setext: text lines, then a line of = (level 1) or - (level 2). Front matter and thematic
  // breaks open with such a line instead.
  const under = SETEXT_UNDERLINE.exec(line(last));
  if (last > first && under && !SETEXT_UNDERLINE.test(top)) {
    const body: string[] = [];
    for (let i = first; i < last; i++) body.push(line(i));
    return { level: under[1]?.startsWith("=") ? 1 : 2, text: normalized(body.join(" ")) };
  }
  return null;
}

function normalized(s: string): string {
  return s.trim().replace(/\s+/g, " ").toLowerCase();
}

/**
 * Unit i's place as one number that another text's unit can be compared with: a flag (so that a
 * place is never 0), the depth, whether it is quoted, and a 25-bit hash of the key. Equal codes:
 * the same place.
 */
export function placeCode(p: Places, i: number): number {
  let h = 0x811c9dc5;
  const key = p.key[i] ?? "";
  for (let k = 0; k < key.length; k++) h = Math.imul(h ^ key.charCodeAt(k), 0x01000193);
  return ((1 << 31) | (Math.min(31, p.depth[i] ?? 0) << 26) | (p.quoted[i] ? QUOTED_BIT : 0) | (h & 0x1ffffff)) >>> 0;
}

const QUOTED_BIT = 1 << 25;

/** Whether a place code is that of a quotation. */
export function placeQuoted(code: number): boolean {
  return (code & QUOTED_BIT) !== 0;
}

/** The depth a place code holds. */
export function placeDepth(code: number): number {
  return (code >>> 26) & 31;
}
