// What differs between a near duplicate and its kept copy, in words: a few short runs, enough for a
// reader to see at once whether the cut is right (jsdiff's word diff; white space never differs).
import { diffWords } from "diff";

/** One run of change: the kept copy's words there and the cut copy's ("" for none). */
export interface WordChange {
  kept: string;
  cut: string;
}

export interface WordDiff {
  /** The first changes, in order. */
  changes: WordChange[];
  /** Changes left out after them. */
  more: number;
}

/** Changes shown at most, and words of each side of a change. */
const MAX_CHANGES = 3;
const MAX_WORDS = 8;

export function wordDiff(kept: string, cut: string): WordDiff {
  const changes: WordChange[] = [];
  let run: WordChange | null = null;
  for (const part of diffWords(kept, cut)) {
    if (!part.added && !part.removed) {
      // Only white space between two changes: they are one.
      if (run && part.value.trim() !== "") {
        changes.push(run);
        run = null;
      }
      continue;
    }
    run ??= { kept: "", cut: "" };
    if (part.removed) run.kept += ` ${part.value}`;
    else run.cut += ` ${part.value}`;
  }
  if (run) changes.push(run);
  return { changes: changes.slice(0, MAX_CHANGES).map((c) => ({ kept: clipWords(c.kept), cut: clipWords(c.cut) })), more: Math.max(0, changes.length - MAX_CHANGES) };
}

function clipWords(s: string): string {
  const words = s.trim().split(/\s+/).filter((w) => w !== "");
  return words.length > MAX_WORDS ? `${words.slice(0, MAX_WORDS).join(" ")} …` : words.join(" ");
}
