// The blank-line scan as the stream cleaner had it before BlankLineScan (core/segment-cuts.ts): over
// the whole buffer, from a line start. Kept as a reference for the tests.
import { isTrimSpace } from "../../src/core/white-space.js";

/**
 * Looks for a blank line (white space only, as trim() sees it) among the lines of `s` that start at
 * or after `from`, a line start. Returns -1 if there may be one (a white-space tail counts), else
 * where to look again once `s` has grown: the start of its last line if that may still change.
 */
export function scanForBlankLine(s: string, from: number): number {
  const n = s.length;
  let nextLF = -2;
  let nextCR = -2;
  let p = from;
  while (p < n) {
    let i = p;
    while (i < n && isTrimSpace(s.charCodeAt(i))) i++;
    if (i === n) return -1;
    const c = s.charCodeAt(i);
    if (c === 10 || c === 13) return -1;
    if (nextLF !== -1 && nextLF < i) nextLF = s.indexOf("\n", i);
    if (nextCR !== -1 && nextCR < i) nextCR = s.indexOf("\r", i);
    const e = nextLF < 0 ? nextCR : nextCR < 0 ? nextLF : Math.min(nextLF, nextCR);
    if (e < 0) return p; // the unfinished last line: not blank, but its end is still to come
    if (e === n - 1 && s.charCodeAt(e) === 13) return p; // a CR whose LF may come next
    p = s.charCodeAt(e) === 13 && s.charCodeAt(e + 1) === 10 ? e + 2 : e + 1;
  }
  return p;
}

