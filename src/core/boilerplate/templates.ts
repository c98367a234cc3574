// Line templates for boilerplate learned across files: a line with its changing parts masked,
// so that "Updated Nov 3, 2019 at 4:05 pm" and "Updated Dec 12, 2020 at 9:30 am" count as one.
import type { UnitKind } from "../units.js";
import { addressSpans } from "../addresses.js";

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"']+/gi;
/** What follows the "@" of an address (addressSpans: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g). */
const EMAIL_DOMAIN = /[\w-]+(?:\.[\w-]+)+/y;
const TIME = /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\b\.?)?/gi;
const DIGITS = /\p{Nd}+/gu;
const SPACE = /\s+/g;
const LETTER = /\p{L}/u;
const WORD = /\p{L}+/gu;
const SENTENCE_END = /[.!?…]["'”’)\]]*$/u;

/** Kinds whose lines can be learned; headings and code are a document's structure. */
const LEARNABLE: ReadonlySet<UnitKind> = new Set<UnitKind>(["paragraph", "verse", "list-item", "table-row"]);

/**
 * The masked form of a line, or null when the line cannot be learned (blank, no letters). Every
 * line of a batch run is masked, so each mask runs only when the line has what it needs (an "@"
 * for an address, a ":" for a time, a digit), and month and day names are found in one pass over
 * the words. The result is that of these regular expressions applied in turn: SPACE, URL, EMAIL,
 * TIME, then month names, day names (see MONTHS and DAYS), then DIGITS.
 */
export function lineTemplate(line: string): string | null {
  let t = line.trim();
  const seen = scan(t);
  if (seen & IRREGULAR_SPACE) t = t.replace(SPACE, " ");
  if (URL_START.test(t)) t = t.replace(URL, "<url>");
  if (t.includes("@")) t = maskAddresses(t);
  if (t.includes(":")) t = t.replace(TIME, "<time>");
  t = maskNames(t);
  // The masks above add no digit, so a line without one before them has none after.
  if (seen & DIGIT) t = t.replace(DIGITS, "#");
  // A line of numbers and marks ("1", "* * *", "---") is a list number or a separator, not furniture;
  // a line ending in a colon ("Example:", "Output:") introduces what follows it.
  const letters = t.includes("<") ? t.replace(/<(?:url|email|time|month|day)>/g, "") : t;
  return LETTER.test(letters) && !t.endsWith(":") ? t : null;
}

/** `t` with each e-mail address written "<email>". */
function maskAddresses(t: string): string {
  const spans = addressSpans(t, false, EMAIL_DOMAIN);
  if (spans.length === 0) return t;
  let out = "";
  let from = 0;
  for (let k = 0; k < spans.length; k += 2) {
    out += t.slice(from, spans[k]) + "<email>";
    from = spans[k + 1] ?? from;
  }
  return out + t.slice(from);
}

const URL_START = /https?:\/\/|www\./i;

/** scan(): whitespace that SPACE would change (a run of two, any whitespace but a space); a digit may be there. */
const IRREGULAR_SPACE = 1;
const DIGIT = 2;
/** Per UTF-16 code unit from U+0080 on, what /\s/ and /\p{Nd}/u say of it: KNOWN | SPACE_BIT | DIGIT; filled as met. */
const KNOWN = 4;
const SPACE_BIT = 8;
const charInfo = new Uint8Array(0x10000);

function scan(t: string): number {
  let seen = 0;
  let space = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 32) {
      if (space) seen |= IRREGULAR_SPACE;
      space = true;
      continue;
    }
    space = false;
    if (c < 0x80) {
      if (c >= 48 && c <= 57) seen |= DIGIT;
      else if (c >= 9 && c <= 13) seen |= IRREGULAR_SPACE;
      continue;
    }
    // A surrogate may start a digit beyond the BMP (U+1D7CE): counted as one, the mask decides.
    if (c >= 0xd800 && c <= 0xdfff) {
      seen |= DIGIT;
      continue;
    }
    let info = charInfo[c] ?? 0;
    if (info === 0) {
      const ch = String.fromCharCode(c);
      info = KNOWN | (/\s/.test(ch) ? SPACE_BIT : 0) | (/\p{Nd}/u.test(ch) ? DIGIT : 0);
      charInfo[c] = info;
    }
    if (info & SPACE_BIT) seen |= IRREGULAR_SPACE;
    seen |= info & DIGIT;
  }
  return seen;
}

/**
 * The words (case aside) of the month mask /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|
 * may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?/gi
 * ("sepember" too) and of the day mask /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)
 * (?:day|nesday|sday|rsday|urday)?\b\.?/gi: 3 to 11 letters.
 */
const MONTHS = new Set(
  "jan january feb february mar march apr april may jun june jul july aug august sep sept sepember september oct october nov november dec december".split(" "),
);
const DAYS = new Set(
  ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"].flatMap((d) => [d, ...["day", "nesday", "sday", "rsday", "urday"].map((s) => d + s)]),
);
/** The first three letters of those words, as 26 * 26 * a + 26 * b + c: most words are ruled out on them. */
const PREFIXES = new Uint8Array(26 * 26 * 26);
for (const w of [...MONTHS, ...DAYS]) PREFIXES[prefixKey(w.charCodeAt(0) | 32, w.charCodeAt(1) | 32, w.charCodeAt(2) | 32)] = 1;

function prefixKey(a: number, b: number, c: number): number {
  return (a - 97) * 676 + (b - 97) * 26 + (c - 97);
}

/** ASCII word characters: what \b separates in a regular expression without the u flag. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

function isAsciiLetter(c: number): boolean {
  return (c | 32) >= 97 && (c | 32) <= 122;
}

/**
 * The month mask, then the day mask, in one pass: both match a whole run of ASCII word characters
 * (\b at each end) and an optional full stop after it, and neither mask makes a word the other matches.
 */
function maskNames(t: string): string {
  let out = "";
  let from = 0;
  const n = t.length;
  for (let i = 0; i < n; ) {
    if (!isWordChar(t.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isWordChar(t.charCodeAt(j))) j++;
    const a = t.charCodeAt(i);
    const b = t.charCodeAt(i + 1);
    const c = t.charCodeAt(i + 2);
    if (j - i >= 3 && j - i <= 11 && isAsciiLetter(a) && isAsciiLetter(b) && isAsciiLetter(c) && PREFIXES[prefixKey(a | 32, b | 32, c | 32)] === 1) {
      const w = t.slice(i, j).toLowerCase();
      const mask = MONTHS.has(w) ? "<month>" : DAYS.has(w) ? "<day>" : null;
      if (mask !== null) {
        out += t.slice(from, i) + mask;
        if (t.charCodeAt(j) === 46) j++;
        from = j;
      }
    }
    i = j;
  }
  return from === 0 ? t : out + t.slice(from);
}

/** Whether a one-line unit can be learned; Markdown table rows ("| a | b |") are structure, "Home | News" is not. */
export function isLearnableLine(kind: UnitKind, line: string): boolean {
  return LEARNABLE.has(kind) && !(kind === "table-row" && line.trimStart().startsWith("|"));
}

/**
 * A line that reads as a sentence: six words or more ending in a full stop, or twelve words or
 * more. Two articles may quote the same sentence, so sentences need more evidence to be cut.
 */
export function isSentence(template: string): boolean {
  const words = template.match(WORD)?.length ?? 0;
  return words >= 12 || (words >= 6 && SENTENCE_END.test(template));
}

export interface LearnedThresholds {
  /** Fewest files a template must be in. */
  minFiles: number;
  /** Smallest share of the run's files a template must be in. */
  minShare: number;
}

/** Sentences need at least this many files and this share, whatever the thresholds say. */
export const SENTENCE_MIN_FILES = 3;
export const SENTENCE_MIN_SHARE = 0.5;

/** Whether a template seen in `files` of `totalFiles` files is boilerplate. */
export function isLearnedBoilerplate(template: string, files: number, totalFiles: number, t: LearnedThresholds): boolean {
  if (totalFiles <= 0) return false;
  const share = files / totalFiles;
  if (files < t.minFiles || share < t.minShare) return false;
  if (!isSentence(template)) return true;
  return files >= SENTENCE_MIN_FILES && share >= SENTENCE_MIN_SHARE;
}

/** How a learned line is shown in reports: the template, its file count and share. */
export function learnedMatch(template: string, files: number, totalFiles: number): string {
  return `${template} (${files} files, ${Math.round((100 * files) / totalFiles)}%)`;
}
