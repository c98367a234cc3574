// The facts of a text: what a reader loses when the text goes and no kept copy says it. A duplicate
// is cut only when its kept copy holds every fact it holds (the first law). The patterns are those
// of ../shared/eval/factloss.py, the audit every report must pass, spelled for JavaScript, with one
// difference that only keeps more: a number keeps the sign in front of it ("#9", "$9"), which the
// audit drops, so that issue 9 or nine dollars is not taken for a 9 said elsewhere in the kept copy.
import { addressSpans } from "./addresses.js";
import { decodeEntities } from "./entities.js";
import { isWhiteSpace } from "./white-space.js";

// Python's \w and \d are Unicode-aware; these are their JavaScript spellings.
const W = String.raw`[\p{L}\p{N}_]`;
const D = String.raw`\p{Nd}`;
const URL = /https?:\/\/[^\s)\]>"']+|\]\(([^)\s]+)\)|www\.[^\s)\]>"']+/gu;
// E-mail addresses, /(?:W|[.+-])+@(?:W|-)+\.(?:W|[.-])+/g, found from each "@" (addresses.ts).
const EMAIL_DOMAIN = new RegExp(String.raw`(?:${W}|-)+\.(?:${W}|[.-])+`, "uy");
const CODE = /`([^`\n]+)`/g;
const HANDLE = new RegExp(String.raw`(?<!${W}|@)@[A-Za-z0-9_]{2,}`, "gu");
const NUM = new RegExp(String.raw`(?<!${W}|\.)[#$€£¥]?${D}+(?:[.,:/-]${D}+)*(?:\.x)?`, "gu");
const IDENT = new RegExp(String.raw`(?<!${W})[A-Z]{2,}-${D}{2,}(?:-${D}+)*(?!${W})`, "gu");

/**
 * Names a program or a system reads, which no audit pattern above finds: snake_case, camelCase,
 * dotted names (package.json, os.path), paths (/usr/bin, src/core), --flags and $variables. Two
 * copies of a loop or of an API's sibling pages differ in such a name alone ("wrapper_scripts",
 * "wrapper_test_scripts"), and the copy that goes would take its name with it.
 */
// Letters and digits as plain ranges (beyond ASCII: anything but the punctuation block): with
// Unicode classes the expression took about 80 ms to compile and warm up, once a process.
const LW = String.raw`A-Za-z0-9\u00C0-\u1FFF\u2070-\uFFEF`;
const NAME = new RegExp(
  [
    String.raw`(?<![${LW}_@$-])[${LW}]+(?:_+[${LW}]+)+`,
    String.raw`(?<![${LW}_@$-])[${LW}_]*[a-z][A-Z][${LW}_]*`,
    String.raw`(?<![${LW}_@.$-])[A-Za-z\u00C0-\u1FFF\u2070-\uFFEF][${LW}_-]*(?:\.[${LW}][${LW}_-]*)+`,
    String.raw`(?<![${LW}_@.\/~-])(?:~|\.{1,2})?\/?[${LW}_.-]+(?:\/[${LW}_.-]+)+\/?`,
    // A flag after a space ("--no-cache"), not a dash glued into prose ("alike,--I've", "No;--he is").
    String.raw`(?<=^|[\s(\[])--[a-z][a-z0-9-]*(?![${LW}_'’])`,
    String.raw`\$\{?[A-Za-z_]\w*\}?`,
  ].join("|"),
  "g",
);

/** Two sentences a scrape glued ("All rights reserved.This material"): words, not a dotted name. */
const GLUED_SENTENCES = /^[a-z]+\.[A-Z][a-z]*$/;

/** Characters without which a text holds no fact the audit counts: a digit, "@", a backtick, a link, an entity. */
const MAY_HOLD = /[\p{Nd}@`&]|:\/\/|\]\(|www\./u;

/** A cheap test: false means the text holds no fact at all (namesOf aside). */
export function mayHoldFacts(text: string): boolean {
  return MAY_HOLD.test(text);
}

/**
 * Numbers (versions, dates, amounts, counts; thousands separators dropped; "#", "$", "€", "£" or
 * "¥" in front kept), identifiers
 * (CVE-2022-32214), URLs and link targets, e-mail addresses, code spans and @handles, read after
 * decoding entities, each tagged with its kind and lower-cased: case, quotes and spacing are not facts.
 */
export function factsOf(text: string): Set<string> {
  const out = new Set<string>();
  if (!mayHoldFacts(text)) return out;
  const t = decodeEntities(text);
  for (const m of t.matchAll(URL)) out.add(("url:" + trimEnd(m[1] ?? m[0], ".,;:")).toLowerCase());
  for (const m of emailsOf(t)) out.add(("mail:" + m).toLowerCase());
  for (const m of t.matchAll(HANDLE)) out.add(("at:" + m[0]).toLowerCase());
  for (const m of t.matchAll(IDENT)) out.add(("id:" + m[0]).toLowerCase());
  for (const m of t.matchAll(CODE)) out.add(("code:" + (m[1] ?? "").trim()).toLowerCase());
  const rest = t.replace(URL, " ");
  for (const m of rest.matchAll(NUM)) out.add(("num:" + trimEnd(m[0], ".,:/-").replaceAll(",", "")).toLowerCase());
  return out;
}

/**
 * The facts of `cut` that `kept` does not hold, in order; empty when cutting `cut` loses nothing.
 * `known`: the facts of `cut`, when the caller has them (a unit weighed against several kept copies).
 */
export function lostFacts(cut: string, kept: string | ReadonlySet<string>, known?: ReadonlySet<string>): string[] {
  if (cut === kept) return [];
  const mine = known ?? factsOf(cut);
  if (mine.size === 0) return [];
  const theirs = typeof kept === "string" ? factsOf(kept) : kept;
  return [...mine].filter((f) => !theirs.has(f)).sort();
}

/** The names (NAME) and key combinations (keysOf) of `text` outside its links and code spans, lower-cased, read after decoding entities. */
export function namesOf(text: string): string[] {
  if (nextNameWord(text, 0) < 0 && !text.includes("&") && !text.includes("+")) return [];
  const t = decodeEntities(text).replace(URL, " ").replace(CODE, " ");
  const out = new Set<string>(keysOf(t));
  // Word by word: only a word with a character a name needs meets the expression, which is slow
  // to try at every place of a long paragraph (a Unicode class at each character).
  for (let at = nextNameWord(t, 0); at >= 0; ) {
    let end = at;
    while (end < t.length && !isWhiteSpace(t.charCodeAt(end))) end++;
    for (const m of t.slice(at, end).matchAll(NAME)) if (!GLUED_SENTENCES.test(m[0])) out.add(trimEnd(m[0], ".-/").toLowerCase());
    at = nextNameWord(t, end);
  }
  return [...out];
}

/**
 * Where the next word from `from` that may hold a name starts, or -1: one with "_", "/", "$", a dot
 * before a letter or digit, "--", or an ASCII capital after an ASCII small letter (camelCase names
 * are ASCII; the curly quotes and accents of prose would send most words to the expression).
 */
function nextNameWord(t: string, from: number): number {
  let start = from;
  let prev = 32;
  for (let i = from; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (isWhiteSpace(c)) start = i + 1;
    else if (c === 95 || c === 47 || c === 36 || c === 46 || (c === 45 && prev === 45) || (c >= 65 && c <= 90 && prev >= 97 && prev <= 122)) {
      // A sentence's full stop or a dash between words is no name: a dot needs a letter or digit after it.
      if (c !== 46 || isWordCode(t.charCodeAt(i + 1))) return start;
    }
    prev = c;
  }
  return -1;
}

function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}

/**
 * The proper names of `text`, lower-cased: words that start with a capital where no sentence starts
 * ("… the Internet Software Consortium", "… said Anna Lee"), read after decoding entities; a word
 * after a sentence's end, a colon, a quotation mark or at the start of a line is left out.
 */
export function properNamesOf(text: string): string[] {
  const t = decodeEntities(text);
  const out = new Set<string>();
  for (const m of t.matchAll(PROPER_NAME)) {
    const at = m.index ?? 0;
    let k = at - 1;
    while (k >= 0 && (t.charCodeAt(k) === 32 || t.charCodeAt(k) === 9)) k--;
    if (k < 0 || SENTENCE_OPENER.test(t.charAt(k))) continue;
    out.add((m[1] ?? "").toLowerCase());
  }
  return [...out];
}
/**
 * The proper names of a near copy (properNamesOf) that `kept` does not say, nor says with one letter
 * added, dropped, changed or two swapped ("Karpoov" where the kept copy says "Karpov": a typo of
 * the same name, not another one).
 */
export function lostProperNames(names: readonly string[], kept: string): string[] {
  const lost = lostNames(names, kept);
  if (lost.length === 0) return lost;
  const words = decodeEntities(kept).toLowerCase().split(/[^\p{L}\p{N}'’-]+/u);
  return lost.filter((n) => !words.some((w) => oneEditApart(n, w)));
}

/** Whether a and b differ by one letter added, dropped or changed, or two neighbours swapped. */
export function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** A word that starts with an ASCII capital, after a space. */
const PROPER_NAME = /(?<=[ \t])([A-Z][A-Za-z'’-]*[A-Za-z])\b/g;
/** What may stand before a sentence's first word: an end, a colon, a quotation mark, a bullet, a line break. */
const SENTENCE_OPENER = /[.!?:;"“”'‘’(\[*\-–—•\n\r>|#]/;

/**
 * The names of a near copy (namesOf) that `kept` does not say as a word, whatever its case: a
 * camelCase name is found by its case, and a lower-cased copy still says it.
 */
export function lostNames(names: readonly string[], kept: string): string[] {
  if (names.length === 0) return [];
  const lower = decodeEntities(kept).toLowerCase();
  let keys: string[] | undefined;
  return names.filter((n) => (n.startsWith(KEYS_TAG) ? !(keys ??= keysOf(lower)).includes(n) : !hasWord(lower, n))).sort();
}

/**
 * A key combination is one name ("Control+F10" is not "Control+Alt+F10", and a near copy that
 * gives the other shortcut of two actions says something its kept copy does not): a modifier and
 * the keys joined to it by "+", <kbd> tags and spaces aside, lower-cased and tagged.
 */
export function keysOf(text: string): string[] {
  if (!text.includes("+")) return [];
  const out = new Set<string>();
  for (const m of text.replace(KBD, "").matchAll(KEYS)) out.add(KEYS_TAG + m[0].replace(/[ \t]/g, "").toLowerCase());
  return [...out];
}
const KEYS_TAG = "keys:";
const KBD = /<\/?kbd>/gi;
const KEYS = /(?<![\p{L}\p{N}_+])(?:ctrl|control|alt|option|opt|shift|cmd|command|meta|super|win|fn|[⌘⌥⇧⌃])(?:[ \t]*\+[ \t]*[\p{L}\p{N}⌘⌥⇧⌃]+)+(?![\p{L}\p{N}_])/giu;

/** `word` in `text` with no letter, digit or "_" against either end. */
function hasWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at > 0 ? text.charAt(at - 1) : " ";
    const after = text.charAt(at + word.length) || " ";
    if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) return true;
  }
  return false;
}
const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** The e-mail addresses of `t`, as the pattern above finds them left to right. */
export function emailsOf(t: string): string[] {
  const spans = addressSpans(t, true, EMAIL_DOMAIN);
  const out: string[] = [];
  for (let k = 0; k < spans.length; k += 2) out.push(t.slice(spans[k], spans[k + 1]));
  return out;
}

function trimEnd(s: string, chars: string): string {
  let e = s.length;
  while (e > 0 && chars.includes(s.charAt(e - 1))) e--;
  return s.slice(0, e);
}
