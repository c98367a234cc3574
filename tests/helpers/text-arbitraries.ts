// fast-check arbitraries for texts shaped like what winnow is fed: repeated and nearly repeated
// paragraphs, ads, forum headers, Markdown, CJK, blank-line runs, mixed line endings, BOM.
import fc from "fast-check";

const WORDS = (
  "the a of and to in is was for on that with as by at from river city council report market team " +
  "season film music school water energy plan price vote court police health study data forest " +
  "winter summer north south said would could many most every never always under over between"
).split(" ");
const NAMES = ["admin", "Jane Doe", "bob_77", "Émile", "李雷"];
const MONTHS = ["January", "February", "March", "October", "Nov.", "Dec"];
const ADS = [
  "Advertisement",
  "Subscribe to our newsletter",
  "Click here to download the app",
  "Share | Tweet | Email",
  "© 2024 Example Media. All rights reserved.",
  "Register now for the spring webinar, early-bird discount today!",
  "Read more",
  "Sponsored",
  "Home",
  "Reply",
];
const CJK = ["我们今天讨论这个问题的解决办法", "日本語の文章はスペースなしで書かれます", "한국어 문장도 여기에 있습니다"];
const EOLS = ["\n", "\r\n", "\r"];

const word = fc.constantFrom(...WORDS);
const sentence = fc
  .array(word, { minLength: 3, maxLength: 14 })
  .map((ws) => ws.join(" ").replace(/^./, (c) => c.toUpperCase()) + ".");
/** A paragraph of one to three sentences (one line). */
export const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(" "));

const forumHeader = fc
  .tuple(fc.constantFrom(...NAMES), fc.constantFrom(...MONTHS), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1999, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 59 }), fc.constantFrom("AM", "PM", "pm", ""))
  .map(([n, m, d, y, h, mi, ap]) => `Quote from ${n} on ${m} ${d}, ${y}, ${h}:${String(mi).padStart(2, "0")} ${ap}`);

/** Small edits that keep a paragraph nearly the same. */
function nearCopy(p: string, seed: number): string {
  const ws = p.split(" ");
  const k = seed % Math.max(1, ws.length);
  if (seed % 3 === 0) ws.splice(k, 1);
  else if (seed % 3 === 1) ws.splice(k, 0, WORDS[seed % WORDS.length] ?? "x");
  else ws[k] = (ws[k] ?? "").toUpperCase();
  return ws.join(" ");
}

type Item =
  | { t: "new"; p: string }
  | { t: "repeat"; k: number }
  | { t: "near"; k: number; seed: number }
  | { t: "ad"; s: string }
  | { t: "forum"; h: string; p: string }
  | { t: "blank"; s: string }
  | { t: "md"; s: string }
  | { t: "cjk"; s: string }
  | { t: "short"; s: string };

const markdown = fc.oneof(
  paragraph.map((p) => `# ${p.slice(0, 30)}`),
  paragraph.map((p) => `- ${p}`),
  paragraph.map((p) => `1. ${p}`),
  fc.constant("```\ncode line\n\n  more code\n```"),
  fc.constant("```js\nunclosed fence"),
  fc.constant("| a | b |\n|---|---|\n| 1 | 2 |"),
  paragraph.map((p) => `> ${p}`),
  paragraph.map((p) => `    indented ${p}`),
);

const item: fc.Arbitrary<Item> = fc.oneof(
  { weight: 5, arbitrary: paragraph.map((p) => ({ t: "new" as const, p })) },
  { weight: 4, arbitrary: fc.nat(40).map((k) => ({ t: "repeat" as const, k })) },
  { weight: 2, arbitrary: fc.tuple(fc.nat(40), fc.nat(1000)).map(([k, seed]) => ({ t: "near" as const, k, seed })) },
  { weight: 2, arbitrary: fc.constantFrom(...ADS).map((s) => ({ t: "ad" as const, s })) },
  { weight: 1, arbitrary: fc.tuple(forumHeader, paragraph).map(([h, p]) => ({ t: "forum" as const, h, p })) },
  { weight: 2, arbitrary: fc.constantFrom("", " ", "\t", "  ").map((s) => ({ t: "blank" as const, s })) },
  { weight: 1, arbitrary: markdown.map((s) => ({ t: "md" as const, s })) },
  { weight: 1, arbitrary: fc.constantFrom(...CJK).map((s) => ({ t: "cjk" as const, s })) },
  { weight: 1, arbitrary: fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ({ t: "short" as const, s: ws.join(" ") })) },
);

function linesOf(items: Item[]): string[] {
  const seen: string[] = [];
  const out: string[] = [];
  for (const it of items) {
    let s: string;
    switch (it.t) {
      case "new":
        s = it.p;
        seen.push(s);
        break;
      case "repeat":
        s = seen.length ? (seen[it.k % seen.length] ?? "") : "Nothing yet to repeat here at all.";
        break;
      case "near":
        s = seen.length ? nearCopy(seen[it.k % seen.length] ?? "", it.seed) : "Nothing near yet.";
        break;
      case "forum":
        s = it.h + it.p;
        seen.push(it.p);
        break;
      default:
        s = it.s;
    }
    out.push(...s.split("\n"));
  }
  return out;
}

export interface TextShape {
  /** Line endings: one for the whole text, or a mix. */
  eol: "\n" | "\r\n" | "\r" | "mixed";
  bom: boolean;
  finalNewline: boolean;
  /** Blank lines between items: 0 glues them into blocks. */
  gap: 0 | 1 | 2;
}

const shape: fc.Arbitrary<TextShape> = fc.record({
  eol: fc.constantFrom("\n" as const, "\r\n" as const, "\r" as const, "mixed" as const),
  bom: fc.boolean(),
  finalNewline: fc.boolean(),
  gap: fc.constantFrom(0 as const, 1 as const, 1 as const, 2 as const),
});

function assemble(lines: string[], s: TextShape, eolPick: number[]): string {
  let out = s.bom ? "\uFEFF" : "";
  lines.forEach((l, i) => {
    const eol = s.eol === "mixed" ? (EOLS[(eolPick[i % eolPick.length] ?? 0) % 3] ?? "\n") : s.eol;
    const last = i === lines.length - 1;
    out += l + (last && !s.finalNewline ? "" : eol);
  });
  return out;
}

function documentOf(shapes: fc.Arbitrary<TextShape>): fc.Arbitrary<string> {
  return fc
    .tuple(fc.array(item, { minLength: 0, maxLength: 40 }), shapes, fc.array(fc.nat(2), { minLength: 1, maxLength: 8 }))
    .map(([items, s, pick]) => {
      const ls = linesOf(items);
      const spaced = s.gap === 0 ? ls : ls.flatMap((l, i) => (i === 0 ? [l] : [...Array<string>(s.gap).fill(""), l]));
      return assemble(spaced, s, pick);
    });
}

/** A generated document: items in paragraph structure, then assembled with the shape's line endings. */
export const document: fc.Arbitrary<string> = documentOf(shape);

/** Documents whose items stand apart, with blank lines between them (no block of glued lines). */
export const spacedDocument: fc.Arbitrary<string> = documentOf(shape.filter((s) => s.gap > 0 && s.eol !== "mixed"));

/** Random edits of a document: characters and lines deleted, inserted, swapped, repeated. */
export const mutated: fc.Arbitrary<string> = fc
  .tuple(document, fc.array(fc.tuple(fc.nat(4), fc.nat(), fc.nat(), fc.string({ maxLength: 3 })), { maxLength: 6 }))
  .map(([doc, edits]) => {
    let t = doc;
    for (const [op, a, b, s] of edits) {
      const i = t.length ? a % t.length : 0;
      const j = t.length ? b % t.length : 0;
      if (op === 0) t = t.slice(0, i) + t.slice(i + 1);
      else if (op === 1) t = t.slice(0, i) + s + t.slice(i);
      else if (op === 2) t = t.slice(0, Math.min(i, j)) + t.slice(Math.max(i, j)) + t.slice(Math.min(i, j), Math.max(i, j));
      else if (op === 3) t = t + t.slice(Math.min(i, j), Math.max(i, j));
      else t = t.slice(0, i) + "\n" + t.slice(i);
    }
    return t;
  });

/** Hostile Unicode: combining marks, emoji (with ZWJ), RTL text and marks, CJK, lone surrogates, controls. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 8 }),
      fc.string({ unit: "binary", maxLength: 8 }),
      fc.constantFrom("e\u0301\u0308", "👩‍👩‍👧", "🇫🇷", "שלום עולם", "\u202Eabc\u202C", "مرحبا", "漢字かなカナ", "\uD800", "\uDC00x", "\u0000", "\u2028", "\u000B", "\f", "\uFEFF"),
      fc.constantFrom("\n", "\r\n", "\r", "\n\n", " "),
      paragraph,
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(""));

// Glued blocks: lines of several kinds with no blank line between them, the shapes in which a line
// a rule cuts changes how a second cleaning reads the block (verse or prose, hard-wrapped or not,
// numbered or not).
const CHROME = [...ADS, "Share this article", "Sign up for free", "Related Stories", "Advertisement - Continue Reading Below", "Follow us on Twitter"];
const VERSE = ["The wind was in the willows,", "And all the river sang;", "We walked along the water", "Until the evening bell rang."];

type GluedLine =
  | { t: "para"; p: string }
  | { t: "repeat"; k: number }
  | { t: "chrome"; s: string }
  | { t: "list"; p: string; n: number }
  | { t: "verse"; k: number }
  | { t: "wrapped"; p: string }
  | { t: "short"; s: string }
  | { t: "label"; s: string };

const LABELS = ["World", "Sports Today", "Business", "Opinion", "Tech News", "Local Weather", "Travel"];
/** A headline: capitalised words, no full stop (what context rules look for inside prose). */
const headline = fc.array(word, { minLength: 3, maxLength: 9 }).map((ws) => ws.map((w) => w.replace(/^./, (c) => c.toUpperCase())).join(" "));
const longParagraph = fc.array(sentence, { minLength: 3, maxLength: 5 }).map((s) => s.join(" "));

const wrappedProse = fc.array(sentence, { minLength: 3, maxLength: 6 }).map((s) => s.join(" "));

const gluedLine: fc.Arbitrary<GluedLine> = fc.oneof(
  { weight: 4, arbitrary: paragraph.map((p) => ({ t: "para" as const, p })) },
  { weight: 4, arbitrary: fc.nat(40).map((k) => ({ t: "repeat" as const, k })) },
  { weight: 4, arbitrary: fc.constantFrom(...CHROME).map((s) => ({ t: "chrome" as const, s })) },
  { weight: 2, arbitrary: fc.tuple(paragraph, fc.nat(3)).map(([p, n]) => ({ t: "list" as const, p, n })) },
  { weight: 2, arbitrary: fc.nat(3).map((k) => ({ t: "verse" as const, k })) },
  { weight: 3, arbitrary: wrappedProse.map((p) => ({ t: "wrapped" as const, p })) },
  { weight: 1, arbitrary: fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ({ t: "short" as const, s: ws.join(" ") })) },
  { weight: 3, arbitrary: longParagraph.map((p) => ({ t: "para" as const, p })) },
  { weight: 2, arbitrary: fc.oneof(fc.constantFrom(...LABELS), headline).map((s) => ({ t: "label" as const, s })) },
);

/** Hard-wraps a paragraph at about `width` characters. */
function wrap(p: string, width: number): string[] {
  const out: string[] = [];
  let line = "";
  for (const w of p.split(" ")) {
    if (line && line.length + 1 + w.length > width) {
      out.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(line);
  return out;
}

/**
 * Documents of glued blocks: one-line paragraphs, list items, verse lines and hard-wrapped prose
 * lines glued to chrome, ad and call-to-action lines, navigation labels and headlines, and to
 * repeated paragraphs in the same block; long paragraphs make many of them read as scraped pages.
 */
export const gluedDocument: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.array(gluedLine, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }),
    fc.constantFrom(50, 60, 72),
    fc.constantFrom("\n", "\r\n"),
  )
  .map(([blocks, width, eol]) => {
    const seen: string[] = [];
    const out: string[] = [];
    for (const block of blocks) {
      const lines: string[] = [];
      for (const g of block) {
        switch (g.t) {
          case "para":
            seen.push(g.p);
            lines.push(g.p);
            break;
          case "repeat":
            lines.push(seen.length ? (seen[g.k % seen.length] ?? "") : "Nothing yet to repeat in this block.");
            break;
          case "chrome":
          case "short":
          case "label":
            lines.push(g.s);
            break;
          case "list":
            seen.push(g.p);
            lines.push(`${g.n === 0 ? "-" : g.n === 1 ? "*" : g.n === 2 ? "1." : "2)"} ${g.p}`);
            break;
          case "verse":
            lines.push(VERSE[g.k] ?? "");
            break;
          case "wrapped":
            seen.push(g.p);
            lines.push(...wrap(g.p, width));
            break;
        }
      }
      out.push(lines.join(eol));
    }
    return out.join(eol + eol) + eol;
  });
