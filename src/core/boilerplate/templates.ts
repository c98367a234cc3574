// Line templates for boilerplate learned across files: a line with its changing parts masked,
// so that "Updated Nov 3, 2019 at 4:05 pm" and "Updated Dec 12, 2020 at 9:30 am" count as one.
import type { UnitKind } from "../units.js";

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"']+/gi;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const TIME = /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\b\.?)?/gi;
const MONTH = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?/gi;
const WEEKDAY = /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\b\.?/gi;
const DIGITS = /\p{Nd}+/gu;
const SPACE = /\s+/g;
const LETTER = /\p{L}/u;
const WORD = /\p{L}+/gu;
const SENTENCE_END = /[.!?…]["'”’)\]]*$/u;

/** Kinds whose lines can be learned; headings and code are a document's structure. */
const LEARNABLE: ReadonlySet<UnitKind> = new Set<UnitKind>(["paragraph", "verse", "list-item", "table-row"]);

/** The masked form of a line, or null when the line cannot be learned (blank, no letters). */
export function lineTemplate(line: string): string | null {
  const t = line
    .trim()
    .replace(SPACE, " ")
    .replace(URL, "<url>")
    .replace(EMAIL, "<email>")
    .replace(TIME, "<time>")
    .replace(MONTH, "<month>")
    .replace(WEEKDAY, "<day>")
    .replace(DIGITS, "#");
  // A line of numbers and marks ("1", "* * *", "---") is a list number or a separator, not furniture;
  // a line ending in a colon ("Example:", "Output:") introduces what follows it.
  const letters = t.replace(/<(?:url|email|time|month|day)>/g, "");
  return LETTER.test(letters) && !t.endsWith(":") ? t : null;
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
