// What differs between a near duplicate and its kept copy, in words: a few short runs, enough for a
// reader to see at once whether the cut is right. White space never differs. Written here rather
// than taken from jsdiff: the core is loaded for every pipe run, and jsdiff is loaded only by the
// reporters that print a unified diff (start-up test).

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
/** Past this many cells the middle that differs is one change (a copy this unlike is rare). */
const MAX_CELLS = 250_000;

const TOKEN = /[\p{L}\p{M}\p{N}_]+|[^\s\p{L}\p{M}\p{N}_]/gu;

interface Tok {
  s: string;
  from: number;
  to: number;
}

function tokens(text: string): Tok[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ s: m[0], from: m.index, to: m.index + m[0].length }));
}

export function wordDiff(kept: string, cut: string): WordDiff {
  const a = tokens(kept);
  const b = tokens(cut);
  let p = 0;
  while (p < a.length && p < b.length && a[p]?.s === b[p]?.s) p++;
  let sa = a.length;
  let sb = b.length;
  while (sa > p && sb > p && a[sa - 1]?.s === b[sb - 1]?.s) {
    sa--;
    sb--;
  }
  // Pairs of equal tokens in the middle, by a longest common subsequence.
  const pairs: [number, number][] = [];
  const n = sa - p;
  const m = sb - p;
  if (n > 0 && m > 0 && n * m <= MAX_CELLS) {
    const len = new Uint32Array((n + 1) * (m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        len[i * (m + 1) + j] = a[p + i]?.s === b[p + j]?.s ? (len[(i + 1) * (m + 1) + j + 1] ?? 0) + 1 : Math.max(len[(i + 1) * (m + 1) + j] ?? 0, len[i * (m + 1) + j + 1] ?? 0);
      }
    }
    for (let i = 0, j = 0; i < n && j < m; ) {
      if (a[p + i]?.s === b[p + j]?.s) pairs.push([p + i++, p + j++]);
      else if ((len[(i + 1) * (m + 1) + j] ?? 0) >= (len[i * (m + 1) + j + 1] ?? 0)) i++;
      else j++;
    }
  }
  pairs.push([sa, sb]);
  const changes: WordChange[] = [];
  let i = p;
  let j = p;
  for (const [pi, pj] of pairs) {
    if (pi > i || pj > j) changes.push({ kept: span(kept, a, i, pi), cut: span(cut, b, j, pj) });
    i = pi + 1;
    j = pj + 1;
  }
  return { changes: changes.slice(0, MAX_CHANGES).map((c) => ({ kept: clipWords(c.kept), cut: clipWords(c.cut) })), more: Math.max(0, changes.length - MAX_CHANGES) };
}

/** The text of tokens [from, to) as it stands. */
function span(text: string, toks: Tok[], from: number, to: number): string {
  if (to <= from) return "";
  return text.slice(toks[from]?.from ?? 0, toks[to - 1]?.to ?? 0);
}

function clipWords(s: string): string {
  const words = s.trim().split(/\s+/).filter((w) => w !== "");
  return words.length > MAX_WORDS ? `${words.slice(0, MAX_WORDS).join(" ")} …` : words.join(" ");
}
