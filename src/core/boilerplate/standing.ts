// Which rule matches stand where chrome stands. A rule's words ("Subscribe", "See also:",
// "Copyright") are chrome only on a line that reads as chrome: short and standing alone. The same
// words in a sentence of the author's with a link of its own, in an item of the author's list, in a
// label over the list it introduces, or atop a licence are the author's, and stay.
import type { Analysis, UnitInfo } from "../analyze.js";
import type { TextFormat } from "../unit-splitters.js";
import { BUILTIN_RULES, CTA_SCORE_RULE } from "./rules.js";
import { CaselessLiterals } from "../caseless-literals.js";

/** Rules a guard may overrule: the built-in ones. Learned lines and the user's rules stand as they are. */
const GUARDED = new Set<string>([...BUILTIN_RULES.map((r) => r.name), CTA_SCORE_RULE]);

/** A Markdown inline, reference or HTML link. */
const LINK = /\[([^\]\n]+)\]\([^)\n]*\)|\[([^\]\n]+)\]\[[^\]\n]*\]|<a\s[^>]*>([^<]*)<\/a>/gi;
/** In Markdown also a shortcut reference, "[Click here] to try it.": not in scraped text, where "[Ad]" is a bracket. */
const MARKDOWN_LINK = new RegExp(`${LINK.source}|\\[([^\\]\\n]{2,})\\](?![(:\\[])|<?https?:\\/\\/[^\\s>]+>?`, "gi");
const LIST_MARKER = /^\s*(?:[-*+•]|\d{1,3}[.)])\s+/;
const SENTENCE_END = /[.!?…][\s"”’)\]*_]*$/u;
/** A label over what follows: "See also:", "Example:", "**Details**", "- **Type**". */
const LABEL = /:\s*$|^(?:[-*+]\s+)?(\*\*|__)[^*_\n]+\1\s*:?$/;
const HEADING = /^\s{0,3}#{1,6}(?:\s|$)/;
/** The words of a licence grant, or a licence's name: a copyright line over them is the licence's own. */
export const LICENCE = /permission is hereby granted|licensed under|redistribution and use in source|this (?:program|library) is free software|provided ["“]?as is["”]?|spdx-license-identifier|creative commons attribution|gnu (?:affero |lesser )?general public licen[cs]e|apache licen[cs]e|mozilla public licen[cs]e/i;
/** LICENCE.test over a whole text, found from the phrases its matches start with (caseless-literals.ts). */
export const LICENCE_SEARCH = new CaselessLiterals(LICENCE, ["permission is hereby granted", "licensed under", "redistribution and use in source", "this program is", "this library is", "provided as is", 'provided "as is', "provided “as is", "spdx-license-identifier", "creative commons attribution", "gnu general public", "gnu affero general", "gnu lesser general", "apache licen", "mozilla public licen"]);
const LICENCE_HEADING = /\b(?:licen[cs]es?|copyright|legal)\b/i;
/** A short line that names a licence: a licence's title ("MIT License", "GNU GENERAL PUBLIC LICENSE", "CERN Open Hardware Licence Version 2"). */
const LICENCE_TITLE = /\blicen[cs]e\b/i;
const LICENCE_TITLE_WORDS = 10;
/** Lines, blank ones aside, that open a licence: its title, perhaps a copyright line, its grant. */
const LICENCE_OPENING_LINES = 3;
const WARRANTY = /\bwarrant(?:y|ies)\b/i;
/** A holder's line: "Copyright (c) 2015 Ann Roe", "(C) 2020 Bo Lee", "# Copyright 2014 …" (a heading, as a converter left it). */
const COPYRIGHT_LINE = /^(?:#{1,6}\s+)?(?:copyright\b|\(c\)\s|©)/i;
/** A Jekyll or Hugo front matter block atop a text (a site's page of a licence: "---\ntitle: MIT License\n---"). */
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * A licence's text by what it says, whatever the file's name ("OFL.txt" beside a font, a site's
 * "_licenses/mit.txt"): it opens with the licence's title or its grant (within its first
 * LICENCE_OPENING_LINES lines, front matter aside) or with a holder's copyright line (its first
 * line), and holds a licence's terms (a grant or a
 * warranty disclaimer). Each clause is the licence's own, as in a licence file. A page that quotes
 * a grant under a title of its own is no licence.
 */
export function licenceText(text: string): boolean {
  const front = FRONT_MATTER.exec(text);
  const body = front ? text.slice(front[0].length) : text;
  let seen = 0;
  let opens = false;
  for (let at = 0; at < body.length && seen < LICENCE_OPENING_LINES && !opens; ) {
    const end = body.indexOf("\n", at);
    const line = body.slice(at, end < 0 ? body.length : end).trim();
    at = end < 0 ? body.length : end + 1;
    if (line === "") continue;
    seen++;
    opens = LICENCE.test(line) || (seen === 1 && COPYRIGHT_LINE.test(line)) || (LICENCE_TITLE.test(line) && line.split(/\s+/).length <= LICENCE_TITLE_WORDS);
  }
  return opens && (LICENCE_SEARCH.test(body) || WARRANTY.test(body));
}

/**
 * "Label: value" whose value is a link alone: "Source: [https://example.org/dist/v2.1.0/app-2.1.0.tar.gz](…)",
 * "Documentation: <https://…>". In Markdown the link is a fact of the post (its download, its
 * page), written by its author; a page's chrome names a source in words ("Source: Reuters").
 */
const LINK_VALUE = /^(?:[-*+]\s+)?[\p{L}][\p{L} ]{0,30}:\s*(?:\[[^\]\n]+\]\([^)\n]+\)|\[[^\]\n]+\]\[[^\]\n]*\]|<https?:\/\/[^>\s]+>|https?:\/\/\S+)\s*$/u;

/**
 * In plain text, "Label: address" whose value is a web address alone ("More: http://omomma.in",
 * "Website: www.example.org"): a page's chrome names its links in words, and the address is a fact
 * the reader may want.
 */
const TEXT_LINK_VALUE = /^[\p{L}][\p{L} ]{0,30}:\s*(?:https?:\/\/|www\.)\S+\s*$/u;
/** A telephone number: "212-714-2398", "(212) 714-2398", "+1-212-975-3327", "+44 20 7946 0958". */
export const PHONE = /(?:^|[^\d])(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?!\d)|\+\d{1,3}[\s.-]?\d[\d\s().-]{6,}\d/;
/** A field of a record: "Publication Date: 2002", "ISSN: 0740-7874", "Author(s): Vann, Allan S.". */
const RECORD_FIELD = /^\p{Lu}[\p{L}()]*(?: [\p{L}()]+){0,2}\s?:\s*\S/u;

/**
 * Units whose built-in rule match is overruled because the line is the author's (see the top of
 * this file). Read from the analysis alone, so a second cleaning judges the kept text the same way.
 */
export function authoredRuleLines(a: Analysis, format: TextFormat, overProse?: Set<number>): Set<number> {
  const out = new Set<number>();
  const units = a.units;
  const text = (u: UnitInfo): string => a.text.slice(a.lines.start[u.first] ?? 0, a.lines.end[u.last] ?? 0).trim();
  let licence: boolean | undefined;
  let words: Set<number> | undefined;
  let man: boolean | undefined;
  let prose: number | undefined;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (!u?.boiler || !GUARDED.has(u.boiler.rule)) continue;
    const t = text(u);
    if ((words ??= wordListLines(units, text)).has(i) || (man ??= isReferenceManual(a.text))) out.add(i);
    // An article's byline ("Posted by Erich Schmidt, Software Engineer") stands over its first
    // paragraph; a comment's header, after it.
    else if (u.boiler.rule === POSTED_BY_RULE && POSTED_BY.test(t) && i < (prose ??= firstProse(units, text))) out.add(i);
    else if (sentenceWithOwnLink(t, format) || introducesNext(units, i, t, text, format)) out.add(i);
    else if (format === "markdown" && (inAuthoredList(units, i, t, text) || numberedSeries(units, i, t, text) || betweenCode(units, i, text) || LINK_VALUE.test(t) || markupOrCode(t) || leadsInto(units, i, t, text))) out.add(i);
    else if (u.boiler.rule === "copyright" && ((licence ??= LICENCE_SEARCH.test(a.text) || licenceText(a.text)) || underLicenceHeading(units, i, text) || (/^copyright:?$/i.test(t) && headsProse(a, units, i, text)))) out.add(i);
    else if (HEADER_RULES.has(u.boiler.rule) && SECTION_HEADING.test(t) && headsProse(a, units, i, text)) {
      out.add(i);
      overProse?.add(i);
    }
    else if (format === "text" && (TEXT_LINK_VALUE.test(t) || contactRecord(units, i, u.boiler.rule, text) || catalogueField(units, i, u.boiler.rule, t, text))) out.add(i);
    else if (u.boiler.rule === "contact-email" && ((licence ??= LICENCE_SEARCH.test(a.text) || licenceText(a.text)) || answersOrSigns(units, i, text))) out.add(i);
    // A code span ("`TOOL_OPTIONS` also apply here.") is a writer's: a page's chrome names no code.
    else if (CODE_SPAN.test(t)) out.add(i);
  }
  return out;
}

const POSTED_BY_RULE = "forum-posted-by";
const POSTED_BY = /^posted by\b/i;

/** The first paragraph of prose (HEAD_PROSE tokens or more, ending a sentence); units.length if none. */
function firstProse(units: readonly UnitInfo[], text: (u: UnitInfo) => string): number {
  const k = units.findIndex((u) => !u.boiler && u.kind === "paragraph" && u.tokens >= HEAD_PROSE && SENTENCE_END.test(text(u)));
  return k < 0 ? units.length : k;
}

/** Rules that cut a box's heading alone on a line: "Related", "Topics", "Archives", "Recent Posts". */
const HEADER_RULES = new Set(["related-links"]);
/**
 * The box headings a writer also heads a section with: names of a subject ("Related", "Topics",
 * "Archives", "See also"), not a call to read on ("Read more:", "You might also like"), which heads
 * nothing of a writer's, over prose or not.
 */
const SECTION_HEADING = /^(?:related\b.*|(?:hot )?topics?|categories|archives|blogroll|recent (?:posts|comments|entries|articles)|see also|latest(?: news| stories)?|top stories|popular(?: posts| articles| stories)?|trending(?: now| stories)?)\s*:?$/i;
/** A paragraph of prose, as the context rules count one (context.ts). */
const HEAD_PROSE = 20;

/**
 * A heading over a paragraph of prose: "Related" / "The same question came up in 1976, when …",
 * a writer's section. A box's heading on a page stands over what makes it a box, short lines of
 * titles, months or category names, and under the page's chrome; this one has prose right after
 * it (a paragraph of HEAD_PROSE tokens or more that ends a sentence, which no rule takes) and no
 * chrome a rule names right before it.
 */
function headsProse(a: Analysis, units: readonly UnitInfo[], i: number, text: (u: UnitInfo) => string): boolean {
  const next = units[i + 1];
  if (!next || next.boiler || next.kind !== "paragraph" || next.tokens < HEAD_PROSE) return false;
  if (units[i - 1]?.boiler || units[i + 2]?.boiler) return false;
  const body = text(next);
  if (!SENTENCE_END.test(body)) return false;
  return next.first === next.last || runsOn(a, next);
}

/** A paragraph of several lines that a sentence runs across: some line goes on in lower case on the next. */
function runsOn(a: Analysis, u: UnitInfo): boolean {
  for (let l = u.first + 1; l <= u.last; l++) {
    const start = a.lines.start[l] ?? 0;
    const line = a.text.slice(start, Math.min(a.lines.end[l] ?? start, start + 40));
    if (/^\s*\p{Ll}/u.test(line)) return true;
  }
  return false;
}

/**
 * In Markdown, a line with no word of its own once HTML tags, code spans and link targets are set
 * aside ("<br/><br/>", "`aws sns subscribe --topic-arn {{arn}}`"): the author's markup or code,
 * whose words are identifiers, never chrome.
 */
export function markupOrCode(t: string): boolean {
  const prose = t
    .replace(/`+[^`\n]*`+/g, " ")
    .replace(/<[^>\n]*>/g, " ")
    .replace(/\]\([^)\n]*\)/g, "]")
    .replace(/https?:\/\/\S+/g, " ");
  return !/\p{L}{2}/u.test(prose);
}

/**
 * In Markdown, the author's lead-in to what follows: a line that ends in a colon over code ("- Create
 * a read-only lock:" then "`az lock create …`"), or a short line right over a list, no blank line
 * between ("See also" then "- [#1313](…)").
 */
function leadsInto(units: readonly UnitInfo[], i: number, t: string, text: (u: UnitInfo) => string): boolean {
  const u = units[i];
  const next = units[i + 1];
  if (!u || !next || HEADING.test(text(next))) return false;
  // The code may hold a rule's word too ("subscribe"): it is code all the same.
  if (/[:：]\s*$/.test(t) && (next.kind === "code" || /^\s*`/.test(text(next)))) return true;
  return !next.boiler && u.tokens <= 6 && next.kind === "list-item" && next.first === u.last + 1;
}

/**
 * In Markdown the chrome that context reveals (a run of navigation, the headline of another story)
 * is made of links; a line of plain words between paragraphs is the author's (an attribution over
 * a quotation, a caption, a lead-in), and the context rules leave it.
 */
export function contextChromeInMarkdown(t: string): boolean {
  return /\]\(|\]\[|<a\s|https?:\/\//i.test(t);
}

/** A list item or a sentence with a link of its own among other words: "- Subscribe to the [blog](…)." */
export function sentenceWithOwnLink(t: string, format: TextFormat): boolean {
  let linked = false;
  const rest = t.replace(format === "markdown" ? MARKDOWN_LINK : LINK, () => {
    linked = true;
    return " ";
  });
  if (!linked) return false;
  const words = rest.replace(LIST_MARKER, "").match(/\p{L}+/gu) ?? [];
  return words.length >= 2 && (LIST_MARKER.test(t) || SENTENCE_END.test(t));
}

/** A short label over what follows: "See also:", "Example:", "**Details**", "- **Type**". */
export function isLabel(t: string): boolean {
  const s = t.trim();
  return s.length <= 60 && LABEL.test(s);
}

/** A label that stands over a block the rules keep (a list, code, in Markdown any prose but a heading). */
function introducesNext(units: readonly UnitInfo[], i: number, t: string, text: (u: UnitInfo) => string, format: TextFormat): boolean {
  if (!isLabel(t) || (units[i]?.tokens ?? 0) > 6) return false;
  const next = units[i + 1];
  if (!next || next.boiler) return false;
  if (format !== "markdown") return next.kind === "list-item" || next.kind === "code";
  return !HEADING.test(text(next));
}

/** An item of a list whose next or previous item no rule takes: the author's list, not a menu. */
function inAuthoredList(units: readonly UnitInfo[], i: number, t: string, text: (u: UnitInfo) => string): boolean {
  if (!LIST_MARKER.test(t)) return false;
  return [units[i - 1], units[i + 1]].some((v) => !!v && !v.boiler && v.kind !== "code" && LIST_MARKER.test(text(v)));
}

/**
 * An item of a numbered series of links: "- [Newsletter 1](…)", "- [Newsletter 2](…)": the items
 * read alike with their numbers masked, each with an address of its own. A menu names a page once.
 */
function numberedSeries(units: readonly UnitInfo[], i: number, t: string, text: (u: UnitInfo) => string): boolean {
  if (!LIST_MARKER.test(t) || !/\d/.test(t) || !/\]\(/.test(t)) return false;
  const shape = (s: string): string => s.replace(/\]\([^)\n]*\)/g, "](…)").replace(/\d+/g, "#");
  return [units[i - 1], units[i + 1]].some((v) => {
    if (!v || v.kind === "code") return false;
    const o = text(v);
    return o !== t && shape(o) === shape(t);
  });
}

/** A line between two code blocks: the author's word joining two listings ("like", "or", "becomes"). */
function betweenCode(units: readonly UnitInfo[], i: number, text: (u: UnitInfo) => string): boolean {
  const before = units[i - 1];
  const after = units[i + 1];
  return before?.kind === "code" && after?.kind === "code" && /(?:```|~~~)\s*$/.test(text(before)) && /^(?:```|~~~)/.test(text(after));
}

const CODE_SPAN = /`[^`\s][^`\n]*`/;
/** A sentence asking the reader to write: "If you have thoughts, let's talk.", "Questions? Write to me at:". */
const INVITES = /\b(?:let[’']?s talk|let (?:me|us) know|get in touch|reach (?:me|us|out)|write to (?:me|us)|e-?mail (?:me|us)|contact (?:me|us)|drop (?:me|us) a line|hear from you)\b/i;
/** The closing of a letter or a note: "Best wishes,", "Regards", "Yours sincerely,", "Thanks!". */
const CLOSING = /^(?:(?:with )?(?:best|kind|warm|warmest|many)?\s*(?:regards|wishes|thanks)|best|cheers|sincerely|yours(?: (?:truly|sincerely|faithfully))?|thank you|love|respectfully|all the best)\s*[,.!]?$/i;

/** A person's name alone on a line: "Jane Doe", "Mary-Ann O'Neil", "J. R. Smith". */
const PERSON_NAME = /^(?!By )(?:[A-ZÀ-Ö][a-zA-Zß-öø-ÿ'’-]*\.? ){1,3}[A-ZÀ-Ö][a-zA-Zß-öø-ÿ'’-]+$/;

/**
 * An e-mail address on a line of its own that answers the sentence above it ("… let's talk." over
 * the author's address) or signs a letter or a note (a closing, a name, the address; or the name
 * on the line right above it, no blank line between, a blank line over the name): the writer's own address, a fact the reader
 * is asked to use. Also any address in a licence's text (its holders').
 */
function answersOrSigns(units: readonly UnitInfo[], i: number, text: (u: UnitInfo) => string): boolean {
  const prev = units[i - 1];
  if (prev && prev.kind !== "code" && INVITES.test(text(prev))) return true;
  const u = units[i];
  // The name opens its block (a blank line above it): in a blogroll a title is one line of a run.
  const above = units[i - 2];
  if (prev && u && !prev.boiler && prev.kind !== "code" && prev.last + 1 === u.first && (!above || above.last + 1 < prev.first) && PERSON_NAME.test(text(prev))) return true;
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const v = units[j];
    if (!v || v.kind === "code") return false;
    if (CLOSING.test(text(v))) return true;
  }
  return false;
}

/**
 * An e-mail address on a line of its own beside a telephone number: a contact record (a directory
 * of organisations, a press release's contacts), where the address is a fact of the text, not a
 * byline or a footer's "write to us".
 */
function contactRecord(units: readonly UnitInfo[], i: number, rule: string, text: (u: UnitInfo) => string): boolean {
  if (rule !== "contact-email") return false;
  return [units[i - 1], units[i + 1]].some((v) => !!v && v.kind !== "code" && PHONE.test(text(v)));
}

/**
 * "Source: …" among other "Label: value" lines that no rule takes (two or more within two lines):
 * the source field of a catalogue record ("Source: ERS Spectrum, v20 n2 p28-37" between
 * "Title: …" and "Publication Date: 2002"), not a page's "Source: Reuters" under an article. Only
 * the source: an article's "Posted: date" over "Author: …" and "Category: …" is its page's chrome.
 */
function catalogueField(units: readonly UnitInfo[], i: number, rule: string, t: string, text: (u: UnitInfo) => string): boolean {
  if (rule !== "article-meta" || !/^source\s?:/i.test(t) || !RECORD_FIELD.test(t)) return false;
  let fields = 0;
  for (const j of [i - 2, i - 1, i + 1, i + 2]) {
    const v = units[j];
    if (v && !v.boiler && v.kind !== "code" && RECORD_FIELD.test(text(v))) fields++;
  }
  return fields >= 2;
}

function underLicenceHeading(units: readonly UnitInfo[], i: number, text: (u: UnitInfo) => string): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const h = units[j];
    if (h?.kind === "code" || h?.kind === "heading") {
      const t = text(h);
      if (HEADING.test(t)) return LICENCE_HEADING.test(t);
    }
  }
  return false;
}

/**
 * One word alone on a line ("chacha", "login", "MyAsyncStateMachine"), or a pair a program reads:
 * a word or two, then ":" or "=" with no space on either side, then the value ("e-mail:email",
 * "tool chain:toolchain", "you'll:avoid contraction and rewrite"): an entry of a word list or of a
 * list of replacements. A web address ("https://…") is no pair.
 */
const ONE_WORD = /^(?:\S+|[^\s:=]+(?: [^\s:=]+)?[:=](?!\/\/)\S.*)$/;
/** A word list's entries stand one a line, this many or more in a row with no blank line between. */
const WORD_LIST_RUN = 8;

/**
 * The entries of a word list: a spelling dictionary, an allow-list, a glossary's words, one a line.
 * A text is one when runs of WORD_LIST_RUN or more such lines (ONE_WORD), no blank line between, hold at
 * least half of its tokens; each such line is an entry ("chacha", "login", "MyAsyncStateMachine"),
 * not a label of a page, whatever a rule's pattern makes of it. A page's menu of one-word labels
 * is a small part of a page, whose prose holds most of its words.
 */
export function wordListLines(units: readonly UnitInfo[], text: (u: UnitInfo) => string): Set<number> {
  const entries = new Set<number>();
  const isWord = (u: UnitInfo | undefined): boolean => !!u && u.first === u.last && u.kind !== "code" && ONE_WORD.test(text(u));
  let all = 0;
  let listed = 0;
  for (const u of units) all += u.tokens;
  for (let k = 0; k < units.length; ) {
    let e = k;
    while (e < units.length && isWord(units[e]) && (e === k || units[e]?.first === (units[e - 1]?.last ?? -2) + 1)) e++;
    if (e - k >= WORD_LIST_RUN) {
      for (let r = k; r < e; r++) {
        entries.add(r);
        listed += units[r]?.tokens ?? 0;
      }
    }
    k = e > k ? e : k + 1;
  }
  return listed > 0 && listed >= all / 2 ? entries : new Set<number>();
}

/** A manual page as text: its header ("CARGO-CLEAN(1)", "ls(1)") first, then a NAME section. */
const MAN_PAGE = /^\s*[\w.:-]+\(\d\w{0,3}\)[^\n]*\n(?:[ \t]*\r?\n)*[ \t]*NAME[ \t]*\r?\n/;
/** A Vim help file's first line: its own tag, "*autocmd.txt*  For Vim version 9.1" (vimdoc's files have none). */
const VIM_HELP = /^\*[\w.-]+\.txt\*(?:[ \t]|\r?\n)/;
/** Or its closing modeline, which tells Vim the file is help: " vim:tw=78:ts=8:ft=help:norl:". */
const HELP_MODELINE = /(?:^|\n)[ \t]*vim?:[^\n]*\bft=help\b[^\n]*\s*$/;

/**
 * A reference manual in a format of its own: a manual page rendered as text, or a Vim help file.
 * Its sections ("SEE ALSO", "Related topics:"), the entries it shares with its sibling pages (an
 * option, a function's "Returns …" paragraph) and its closing modeline ("vim:tw=78:ts=8:ft=help")
 * are the manual's own, written or generated on purpose, not a web page's chrome or a paste.
 */
export function isReferenceManual(text: string): boolean {
  return MAN_PAGE.test(text) || VIM_HELP.test(text) || HELP_MODELINE.test(text.slice(-200));
}
