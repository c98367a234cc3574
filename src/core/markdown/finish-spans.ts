// What any Markdown block parser's spans go through to become units: trimmed to non-blank lines,
// overlaps merged, every non-blank line covered. Shared by the splitter and the parity test's
// reference parser, so that the test compares the parsers and nothing else.
import type { Lines } from "../lines.js";
import type { UnitSpan } from "../units.js";

/** The units of a text from the raw spans of its blocks. */
export function finishSpans(raw: UnitSpan[], text: string, lines: Lines): UnitSpan[] {
  const blank = blankLines(text, lines);
  return coverAll(mergeOverlaps(trimSpans(raw, blank)), blank);
}

function blankLines(text: string, lines: Lines): boolean[] {
  return lines.start.map((s, i) => text.slice(s, lines.end[i]).trim() === "" || (i === 0 && text.slice(s, lines.end[i]) === "\uFEFF"));
}

/** Units start and end on non-blank lines (an unclosed fence runs on over trailing blanks). */
function trimSpans(spans: UnitSpan[], blank: boolean[]): UnitSpan[] {
  const out: UnitSpan[] = [];
  for (const s of spans) {
    let { first, last } = s;
    last = Math.min(last, blank.length - 1);
    while (first <= last && blank[first]) first++;
    while (last >= first && blank[last]) last--;
    if (first <= last) out.push({ first, last, kind: s.kind });
  }
  return out;
}

/** Two blocks on one line (a list marker and a code fence) become one unit, protected if either is. */
function mergeOverlaps(spans: UnitSpan[]): UnitSpan[] {
  const sorted = [...spans].sort((a, b) => a.first - b.first || a.last - b.last);
  const out: UnitSpan[] = [];
  for (const s of sorted) {
    const prev = out[out.length - 1];
    if (prev && s.first <= prev.last) {
      prev.last = Math.max(prev.last, s.last);
      if (s.kind === "code") prev.kind = "code";
    } else {
      out.push({ ...s });
    }
  }
  return out;
}

/** Every non-blank line belongs to a unit: lines no block claimed are kept as they are. */
function coverAll(spans: UnitSpan[], blank: boolean[]): UnitSpan[] {
  const out: UnitSpan[] = [];
  let next = 0;
  const fill = (to: number): void => {
    for (let i = next; i < to; i++) {
      if (blank[i]) continue;
      const prev = out[out.length - 1];
      if (prev && prev.kind === "code" && prev.last === i - 1 && prev.first >= next) prev.last = i;
      else out.push({ first: i, last: i, kind: "code" });
    }
  };
  for (const s of spans) {
    fill(s.first);
    out.push(s);
    next = s.last + 1;
  }
  fill(blank.length);
  return out;
}
