import type { UnitKind } from "../units.js";
/**
 * The masked form of a line, or null when the line cannot be learned (blank, no letters). Every
 * line of a batch run is masked, so each mask runs only when the line has what it needs (an "@"
 * for an address, a ":" for a time, a digit), and month and day names are found in one pass over
 * the words. The result is that of these regular expressions applied in turn: SPACE, URL, EMAIL,
 * TIME, then month names, day names (see MONTHS and DAYS), then DIGITS.
 */
export declare function lineTemplate(line: string): string | null;
/** Whether a one-line unit can be learned; Markdown table rows ("| a | b |") are structure, "Home | News" is not. */
export declare function isLearnableLine(kind: UnitKind, line: string): boolean;
/**
 * A line that reads as a sentence: six words or more ending in a full stop, or twelve words or
 * more. Two articles may quote the same sentence, so sentences need more evidence to be cut.
 */
export declare function isSentence(template: string): boolean;
export interface LearnedThresholds {
    /** Fewest files a template must be in. */
    minFiles: number;
    /** Smallest share of the run's files a template must be in. */
    minShare: number;
}
/** Sentences need at least this many files and this share, whatever the thresholds say. */
export declare const SENTENCE_MIN_FILES = 3;
export declare const SENTENCE_MIN_SHARE = 0.5;
/** Whether a template seen in `files` of `totalFiles` files is boilerplate. */
export declare function isLearnedBoilerplate(template: string, files: number, totalFiles: number, t: LearnedThresholds): boolean;
/** How a learned line is shown in reports: the template, its file count and share. */
export declare function learnedMatch(template: string, files: number, totalFiles: number): string;
