// Walks the units in order against the index of kept text and decides what each one is.
import { unitBody, type Analysis, type UnitInfo } from "./analyze.js";
import { findContextCuts, namesMaker } from "./boilerplate/context.js";
import { pageModelEngine, type PageModel, type PageModelEngine } from "./boilerplate/page-model-shape.js";
import { STUB_RULE } from "./boilerplate/rules.js";
import { authoredRuleLines, contextChromeInMarkdown, isLabel } from "./boilerplate/standing.js";
import { AuthoredCopies } from "./authored-copies.js";
import type { RuleSet } from "./boilerplate/ruleset.js";
import type { DedupIndex, UnitRef } from "./dedup-index.js";
import { factsOf, lostNames, lostProperNames, mayHoldFacts, namesOf, properNamesOf } from "./facts.js";
import { FULL_LENGTH, findNearDuplicate, pairSimilarity, pairTokens, rankedSources, saysMore, saysNothingNew, saysOpposite, wordCount } from "./near-duplicate.js";
import { authoredText, type Options } from "./options.js";
import type { CutKind } from "./types.js";
import { wordDiff, type WordDiff } from "./word-diff.js";

export interface Decision {
  kind: CutKind;
  rule: string;
  match?: string;
  /** The kept copy. */
  source?: UnitRef;
  /** A model's confidence that the unit is chrome (page-model). */
  score?: number;
  similarity?: number;
  /** Near duplicates: what differs from the kept copy. */
  differs?: WordDiff;
}

/** One entry per unit: null keeps it. */
export type Decisions = (Decision | null)[];

/** An unordered item ("- ", "* ", "+ ", a task box after it or not). */
const BULLET = /^[ \t]*[-*+][ \t]+\S/;
const BULLET_MARK = /^[ \t]*[-*+][ \t]+/;
/** A Markdown link, an autolink or a URL. */
const POINTS = /\]\(|\]\[|<https?:|https?:\/\//;
/** A template's placeholder: "$title", "{{name}}", "<your-name>". */
const PLACEHOLDER = /\$[A-Za-z_][\w.-]*|\{\{[^}]*\}\}|<your[-_ ][^>]*>/;

/**
 * In Markdown, an entry of a list that is the very same as an earlier entry of the same list: an
 * entry pasted twice into a curated list of links. Only unordered entries of --min-words or more
 * that point somewhere (a link or a URL: what a list of resources is made of), only the very same
 * text (spacing aside, so the same facts), only at the same depth of one list with no entry of a
 * shallower level between them. A sub-entry said again under another parent ("MUST be a string"
 * under two fields), a step that comes back in a procedure, numbered or not, and the same entry in
 * two lists are the writer's. Paragraphs go through the index as before.
 */
class ListTwins {
  /** Entries of the current list still open, by text: unit and depth. */
  private readonly seen = new Map<string, { unit: number; depth: number }>();

  constructor(
    private readonly a: Analysis,
    private readonly o: Options,
    private readonly isCut: (k: number) => boolean,
  ) {}

  /**
   * Entry i opens a sub-list of its own (the next entry stands deeper, right under it) that is not
   * the one under its twin t: a table of contents where two sections bear one name (a translation's
   * "Kiến thức bổ sung" for both "More Knowledge" and "Even More Knowledge"). Cut, its sub-list
   * would fall under the entry before it. An outline pasted twice brings the same first sub-entry.
   */
  private headsOwnSubList(t: number, i: number, depth: number): boolean {
    const u = this.a.units[i];
    const next = this.a.units[i + 1];
    if (!u || !next || next.kind !== "list-item" || next.first !== u.last + 1) return false;
    const top = this.a.text.slice(this.a.lines.start[next.first] ?? 0, this.a.lines.end[next.first] ?? 0);
    if (top.length - top.trimStart().length <= depth) return false;
    const theirs = this.a.units[t + 1];
    return !theirs || theirs.kind !== "list-item" || unitBody(this.a, theirs).trim() !== unitBody(this.a, next).trim();
  }

  /** The earlier entry of the same list that unit i repeats, or -1; undefined when i is no entry. */
  twinOf(i: number): number | undefined {
    const u = this.a.units[i];
    if (!u || u.kind !== "list-item") return undefined;
    const prev = this.a.units[i - 1];
    if (!prev || prev.kind !== "list-item" || prev.last + 1 < u.first - 1) this.seen.clear();
    const top = this.a.text.slice(this.a.lines.start[u.first] ?? 0, this.a.lines.end[u.first] ?? 0);
    const depth = top.length - top.trimStart().length;
    // An entry closes the sub-lists deeper than itself.
    for (const [k, v] of this.seen) if (v.depth > depth) this.seen.delete(k);
    if (u.tokens < this.o.minWords || !BULLET.test(top)) return -1;
    // The very same text, marker and spacing aside: the fingerprint folds punctuation, and
    // "`a|b` runs b" and "`a&b` runs b" are two entries.
    const body = unitBody(this.a, u);
    // A template's placeholder entries ("[$number - $title]($link)") are alike on purpose.
    if (!POINTS.test(body) || PLACEHOLDER.test(body)) return -1;
    const key = body.replace(BULLET_MARK, "").replace(/\s+/g, " ").trim();
    const twin = this.seen.get(key);
    if (twin !== undefined && twin.depth === depth && !this.isCut(twin.unit) && !this.headsOwnSubList(twin.unit, i, depth)) return twin.unit;
    if (!this.isCut(i)) this.seen.set(key, { unit: i, depth });
    return -1;
  }
}

/** Rules that cut a comment thread's headers: "7 Responses to …", "There are 4 comments.", "[Reply]", "Reply". */
const COMMENT_HEADERS = new Set(["comments", "forum-posted-by"]);
/**
 * A commenter's line: "Devin says:", "17. Jul, 2012 / Andrea says:", "Pearl Higgins on 10/29/2012
 * at 2:07 PM said:", "Ally wrote:". The verb is group 1. The same shape is an article's "The
 * minister says:" over a quote: only a comment header ties it to a thread (cutCommenters()).
 */
const COMMENTER = /^(?:(?:\d{1,2}\.? \p{L}{3,9}\.?,? \d{4}|\p{L}{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}\/\d{1,2}\/\d{2,4})\s*[/|·•-]\s*)?[^\s"“”‘’'].{0,60}?\s(says|said|wrote)\s*(?::|\.\.\.|…)$/iu;
/** A commenter's line is short: a name, perhaps a date and a time, and the verb. */
const COMMENTER_TOKENS = 12;
/** Units from one commenter's line to the next in a thread: a comment of a few paragraphs and its header. */
const THREAD_REACH = 12;

/**
 * In a comment thread, the line naming each commenter ("Devin says:") over each comment. Tied to
 * the thread by a comment header the rules cut right before or after it ("7 Responses to “…”",
 * "[Reply]"); from there, each line of the same verb that follows within THREAD_REACH units of the
 * last is the next commenter's. The same words in an article ("The minister says:" over a quote,
 * a novel's "Thornton said:") have no comment header by them, and stay. Cut as `comments`: the
 * header's rule, which `--disable comments` switches off with them.
 */
function cutCommenters(a: Analysis, out: Decisions): void {
  const units = a.units;
  const header = (k: number): boolean => {
    const d = out[k];
    return !!d && d.kind === "boilerplate" && COMMENT_HEADERS.has(d.rule);
  };
  if (!out.some((d, k) => header(k))) return;
  const verbOf = (k: number): string | null => {
    const u = units[k];
    if (!u || out[k] !== null || u.tokens > COMMENTER_TOKENS || u.first !== u.last || u.kind === "code") return null;
    return COMMENTER.exec(unitBody(a, u).trim())?.[1]?.toLowerCase() ?? null;
  };
  let verb: string | null = null;
  let last = -1;
  for (let i = 0; i < units.length; i++) {
    const v = verbOf(i);
    if (v === null) continue;
    const tied = header(i - 1) || header(i + 1);
    if (!tied && !(v === verb && i - last <= THREAD_REACH)) continue;
    out[i] = { kind: "boilerplate", rule: "comments", match: "a commenter's name over a comment" };
    verb = v;
    last = i;
  }
}

/**
 * The page model over `out`, reading the text as it reads alone: a unit cut as a copy of another
 * text's is kept to the model. It was trained on pages alone, and the order-free engine's claims are
 * what a file keeps alone (file-claims.ts): a model that read another file's copies as gone judged
 * their neighbours otherwise in a run than alone, so that a line it cut alone (and which claimed
 * nothing) stayed in the run's output, and a second run over that output cut its copies elsewhere.
 * The model's cut of such a copy is not taken: it stays a copy, naming its first copy.
 */
function applyModelAlone(a: Analysis, out: Decisions, doc: number, o: Options, weights: PageModel, model: PageModelEngine): void {
  let alone: Decisions | null = null;
  for (let i = 0; i < out.length; i++) {
    const d = out[i];
    if (!d || d.kind === "boilerplate" || !d.source || d.source.doc === doc) continue;
    alone ??= out.slice();
    alone[i] = null;
  }
  if (!alone) {
    model.apply(a, out, o, weights);
    return;
  }
  model.apply(a, alone, o, weights);
  for (let i = 0; i < out.length; i++) if (out[i] === null && alone[i] !== null) out[i] = alone[i] ?? null;
}

/** Kinds a writer repeats on purpose; only a repeated block around them can cut them. */
function eligibleForDuplicate(u: UnitInfo, o: Options): boolean {
  return u.kind === "paragraph" && u.tokens >= o.minWords;
}

export function decide(a: Analysis, doc: number, index: DedupIndex, o: Options, rules: RuleSet): Decisions {
  const units = a.units;
  const out: Decisions = new Array<Decision | null>(units.length).fill(null);
  // A copy its writer meant is kept: a parallel place in Markdown, a formula (authored-copies.ts).
  const authoredCopies = new AuthoredCopies(a, doc, index, o, (k) => out[k] !== null);
  const parallelPlace = (i: number, id: number): boolean => authoredCopies.keeps(i, id);

  // Rule matches on lines that read as the author's, not as chrome (see standing.ts).
  const overProse = new Set<number>();
  const authored = authoredRuleLines(a, o.format, overProse);
  const listTwins = o.format === "markdown" && o.dedupe ? new ListTwins(a, o, (k) => out[k] !== null) : null;
  // Copies kept as formulas of another unit, judged again once the rules have cut what they cut.
  const formulaCopies: FormulaCopy[] = [];
  /**
   * Unit i, a copy of record `source`, is cut as `decision()` (null: it is not) unless a parallel
   * place keeps it; one kept only as a formula of another unit is noted, to be judged again.
   */
  const copyCut = (i: number, source: number, decision: () => Decision | null): boolean => {
    authoredCopies.sparedAsFormula = -1;
    const cut = !parallelPlace(i, source);
    if (!cut && authoredCopies.sparedAsFormula !== i) return false;
    const d = decision();
    if (d === null) return false;
    if (cut) out[i] = d;
    else formulaCopies.push({ unit: i, decision: d, source });
    return cut;
  };
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (!u) continue;
    if (u.boiler && !authored.has(i)) {
      out[i] = { kind: "boilerplate", rule: u.boiler.rule, match: u.boiler.match };
      continue;
    }
    if (u.tokens === 0 || !o.dedupe || (u.fpHi === 0 && u.fpLo === 0)) continue;
    const twin = listTwins?.twinOf(i);
    if (twin !== undefined && twin >= 0) {
      out[i] = { kind: "duplicate", rule: "list-entry", source: { doc, unit: twin }, similarity: 1 };
      continue;
    }
    if (eligibleForDuplicate(u, o)) {
      const found = index.exact.get(u.fpHi, u.fpLo);
      const named = found >= 0 && parallelPlace(i, found) ? authoredCopies.ownCopy(i, found) : found;
      // The fingerprint names a copy; its text, normalized, must be this one's (DedupIndex.sameText).
      const body = named >= 0 ? unitBody(a, u) : "";
      const exact = named >= 0 && index.sameText(named, body) ? named : -1;
      // The first law: a copy is cut only when its kept copy holds every fact it holds (facts.ts).
      if (exact >= 0 && copyCut(i, exact, () => (index.factsLost(exact, body).length === 0 ? { kind: "duplicate", rule: "exact", source: index.unitOf(exact), similarity: 1 } : null))) continue;
      if (exact < 0 && !o.exact && u.tokens >= o.ngram) {
        // In an authored text only this text's own units can be a near copy's kept copy.
        const near = nearCut(a, u, index, o, doc, -1, authoredText(o) ? (id) => index.unitOf(id).doc === doc : undefined);
        if (near && copyCut(i, near.source, () => lazyDiffers({ kind: "near-duplicate", rule: "near", source: index.unitOf(near.source), similarity: near.similarity }, index.keptText(near.source), unitBody(a, u)))) continue;
      }
      authoredCopies.registered(register(a, i, doc, index), i);
    }
  }

  cutCommenters(a, out);
  cutRepeatedBlocks(a, index, out, o);
  // A box's heading over a copy of the text's paragraph ("Related Posts" over a teaser the article
  // holds): the paragraph is no writer's section, and its heading goes with it.
  for (const i of overProse) {
    const u = units[i];
    if (u?.boiler && out[i] === null && out[i + 1] !== null) out[i] = { kind: "boilerplate", rule: u.boiler.rule, match: u.boiler.match };
  }
  // The units the context rules read as kept: those no rule before them cut.
  const keptBefore = out.map((d) => d === null);
  // A later round of the context rules (below) only adds cuts, to units kept.
  let round = 0;
  const contextCuts = (kept: (k: number) => boolean): void => {
    if (rules.context.size === 0) return;
    // Pushed, not mapped: `map` in optimized code makes a holey array, in unoptimized code a packed
    // one; pushed, it is packed at every call (as the settling check's), and the context rules'
    // optimized code holds from one call to the next (keptOrder in context.ts).
    const texts: string[] = [];
    for (const u of units) texts.push(u.kind === "code" ? "" : unitBody(a, u));
    for (const c of findContextCuts(texts, units, kept, a.stems)) {
      if (!rules.context.has(c.rule) || (round > 0 && out[c.unit] !== null)) continue;
      // In Markdown, context reveals chrome only where it is made of links (standing.ts).
      if (o.format === "markdown" && !contextChromeInMarkdown(texts[c.unit] ?? "")) continue;
      out[c.unit] = { kind: "boilerplate", rule: c.rule, match: c.match };
    }
  };
  contextCuts((k) => out[k] === null);
  // A copy whose kept copy the context rules took (the first of a title's two copies in a box of
  // headlines) is judged by them as a unit of its own, where it stands among the units they read:
  // with it, the box they cut is the same box.
  const orphans: number[] = [];
  for (round = 1; round < 4; round++) {
    const found = keepOrphanedCopies(out, doc, index);
    if (found.size === 0) break;
    orphans.push(...found.keys());
    contextCuts((k) => keptBefore[k] === true || out[k] === null);
  }
  // The model and the stub rule each read what the other leaves: taken in turn until neither adds.
  const model = rules.pageModel ? pageModelEngine() : null;
  for (let turn = 0; turn < 4; turn++) {
    if (model && rules.pageModel) applyModelAlone(a, out, doc, o, rules.pageModel, model);
    const byStubs = rules.stub ? cutStubs(a, out, o.stubMaxWords) : 0;
    // Scraped plain text only: there a copy no formula spares is cut; in Markdown and a writer's
    // plain text other reasons may keep it, which the next cleaning weighs (clean.ts).
    const byFormulas = o.format === "text" && !authoredText(o) ? cutLapsedFormulas(out, formulaCopies, authoredCopies) : 0;
    if ((!rules.pageModel || byStubs === 0) && byFormulas === 0) break;
  }
  const late = keepOrphanedCopies(out, doc, index);
  // A stub beside one (cut for the copy cut beside it) stands by kept text now, unless cut on both
  // sides still; a copy whose kept copy was such a stub is a copy of it again.
  for (const i of late.keys()) for (const step of [-1, 1]) keepStubsBy(out, i + step, step);
  const base = index.segmentBase(doc);
  for (const [i, d] of late) if (d.source && out[d.source.unit - base] === null) out[i] = d;
  orphans.push(...late.keys());
  // One that stays is in no record: the next cleaning records it, and judges what follows it.
  if (orphans.some((i) => out[i] === null)) judgedAgain.add(out);
  keepStraySentences(a, out, doc);
  return out;
}

/** Units of fewer tokens than this are sentences another text may hold by chance. */
const STRAY_TOKENS = 20;
/** A text whose rules cut at most this share of its units as chrome reads as prose, not a page. */
const PROSE_CHROME_SHARE = 0.01;

/**
 * In a text that reads as prose (a book, an article, a letter: the rules found next to no chrome in
 * it), a short unit that another text holds too, standing between two units this text keeps, is this
 * text's sentence, not a block pasted: a line of dialogue two novels share ("I don't believe a word
 * of it.", "I am so glad to hear you say that."), cut from one of them for the other's. In a page,
 * such a line is most often chrome the rules missed (a copyright line, "Something to say? Choose
 * one of these options to log in."), and goes as before; so does a copy inside the text.
 */
function keepStraySentences(a: Analysis, out: Decisions, doc: number): void {
  let chrome = 0;
  for (const d of out) if (d?.kind === "boilerplate") chrome++;
  if (chrome > PROSE_CHROME_SHARE * out.length) return;
  const kept = (k: number): boolean => {
    const u = a.units[k];
    return !!u && out[k] === null && u.kind !== "code" && u.tokens > 0;
  };
  for (let i = 1; i + 1 < out.length; i++) {
    const d = out[i];
    const u = a.units[i];
    if (!d || !d.source || d.source.doc === doc || d.kind === "boilerplate" || !u || u.tokens >= STRAY_TOKENS) continue;
    if (kept(i - 1) && kept(i + 1)) out[i] = null;
  }
}

/** Decisions that keep a copy for the next cleaning to judge (keepOrphanedCopies()): no proof spares it. */
export const judgedAgain = new WeakSet<Decisions>();

/**
 * A copy whose kept copy in this text a rule cut since (a headline run took the first of a title's
 * two copies) has no kept copy left to hold its facts: it is kept, for the rules to judge alone.
 * Returns the units kept, with the decisions taken back.
 */
function keepOrphanedCopies(out: Decisions, doc: number, index: DedupIndex): Map<number, Decision> {
  const base = index.segmentBase(doc);
  const kept = new Map<number, Decision>();
  for (let i = 0; i < out.length; i++) {
    const source = out[i]?.source;
    if (!source || source.doc !== doc) continue;
    // Of an earlier segment when below 0: settled there, and out of the index if it was cut.
    const k = source.unit - base;
    const d = out[i];
    if (k < 0 || k >= out.length || out[k]?.kind !== "boilerplate" || !d) continue;
    out[i] = null;
    kept.set(i, d);
  }
  return kept;
}

/** From unit i on, by `step`: stubs the stub rule would not cut now (a neighbour kept) are kept, up to the first it would. */
function keepStubsBy(out: Decisions, i: number, step: number): void {
  for (let j = i; out[j]?.rule === STUB_RULE && !betweenCuts(out, j); j += step) out[j] = null;
}

/** The stub rule's place: cut text before unit i (the text's start does not count) and cut text or the text's end after it. */
function betweenCuts(out: Decisions, i: number): boolean {
  return i > 0 && out[i - 1] !== null && (i === out.length - 1 || out[i + 1] !== null);
}

interface FormulaCopy {
  unit: number;
  decision: Decision;
  /** The record of its kept copy. */
  source: number;
}

/**
 * A copy kept as a formula of another unit (authored-copies.ts, renamed(): "World" beside
 * "Travel") whose formula was a unit cut since (a stub, a headline) is a copy again, as a
 * cleaning of the kept text would judge it: cut now, against a kept copy that stays, so that one
 * cleaning settles the text. Returns how many were cut.
 */
function cutLapsedFormulas(out: Decisions, copies: readonly FormulaCopy[], authoredCopies: AuthoredCopies): number {
  if (copies.length === 0) return 0;
  // Only a unit recorded and then cut can have been a formula that lapsed.
  const lapsed = authoredCopies.cutRecordSkeletons();
  if (lapsed.size === 0) return 0;
  let cut = 0;
  for (const c of copies) {
    if (out[c.unit] !== null || !lapsed.has(authoredCopies.skeletonOf(c.unit))) continue;
    // A kept copy cut since (in this text; an earlier segment's unit is numbered in the whole text).
    const source = authoredCopies.unitOfRecord(c.source);
    if (source !== undefined && out[source] !== null) continue;
    if (!authoredCopies.formulaLapsed(c.unit)) continue;
    out[c.unit] = c.decision;
    cut++;
  }
  return cut;
}

/**
 * Sets `d.differs` to the word diff of `kept` and `cut`, worked out when first read: only a report,
 * an explanation or a reporter reads it, and in pipe mode the diffs of all near cuts took 5 % of
 * the time. An enumerable property like any other (spread, JSON and structured clone read it);
 * the texts are held as copies of their own, so a cut kept for a report holds no whole text alive.
 */
export function lazyDiffers(d: Decision, kept: string, cut: string): Decision {
  let k: string | null = kept;
  let c: string | null = (" " + cut).slice(1);
  let value: WordDiff | undefined;
  Object.defineProperty(d, "differs", {
    enumerable: true,
    configurable: true,
    get(): WordDiff {
      if (k !== null && c !== null) {
        value = wordDiff(k, c);
        k = c = null;
      }
      return value as WordDiff;
    },
    set(v: WordDiff) {
      k = c = null;
      value = v;
    },
  });
  return d;
}

/** Kept units a near match is measured against, the most shared shingles first. */
const CANDIDATES = 8;

/**
 * Unit `u` as a near duplicate that loses no fact, or null. The index's sampled shingles find the
 * kept units it shares text with (their pooled coverage must pass the bar first); its similarity is
 * then measured against each of them alone (pairSimilarity), and the kept copy it names is the first,
 * by shared shingles, that is similar enough and holds every fact of `u` (numbers, links, code
 * spans...), so the copy the report names is the one it is like and enough to check that nothing
 * was lost. In Markdown it must also say nothing the kept copy does not (saysNothingNew). `doc`: the text `u` is of; `self`: a record of the unit itself to leave out.
 */
export function nearCut(a: Analysis, u: UnitInfo, index: DedupIndex, o: Options, doc: number, self = -1, accept?: (id: number) => boolean): { source: number; similarity: number } | null {
  const near = findNearDuplicate(a, u, index, o, self);
  if (!near || near.similarity <= nearThreshold(u.tokens, o)) return null;
  const body = unitBody(a, u);
  const mine = pairTokens(body, o.ngram);
  const bar = nearThreshold(wordCount(mine, o.ngram), o);
  // The unit's own facts and names are worked out once, when first needed, not once for each kept copy weighed.
  let facts: Set<string> | null | undefined;
  let names: string[] | undefined;
  let proper: string[] | undefined;
  for (const id of (accept ? rankedSources(near).filter(accept) : rankedSources(near)).slice(0, CANDIDATES)) {
    const kept = index.keptText(id);
    // A copy read from an index that kept no text of it: the sampled estimate is all there is.
    const similarity = kept === "" ? near.similarity : pairSimilarity(mine, kept);
    if (similarity <= bar) continue;
    // In Markdown a near duplicate says nothing its kept copy does not; a rewording is other text.
    if (o.format === "markdown" && (kept === "" || !saysNothingNew(body, kept))) continue;
    // In any text, a phrase or a number word of its own is something its kept copy does not say.
    if (kept !== "" && similarity < 1 && saysMore(mine, kept, o.ngram)) continue;
    facts ??= mayHoldFacts(body) ? factsOf(body) : null;
    if (facts && index.factsLost(id, body, facts).length > 0) continue;
    // A near copy differs in words, and a word that differs may be a name a program reads ("wrapper_scripts",
    // "wrapper_test_scripts"): a name the kept copy does not say stays, as a fact does. So does a
    // proper name: in one text at any length (the formula test misses names of another length and a
    // word changed beside them: "Faces Places is currently streaming on …" after "Star Wars: The
    // Last Jedi is …", a citation of "Chris Cannon on Abortion" after "… on Homeland Security"); in
    // a paragraph whose kept copy is in another text ("THE AUTHOR" in a build note where the kept
    // licence names the "INTERNET SOFTWARE CONSORTIUM"), but not in a short line there, where a
    // name is a site's label on every page ("NAME on TITLE").
    names ??= namesOf(body);
    const people = u.tokens >= FULL_LENGTH || index.unitOf(id).doc === doc ? (proper ??= properNamesOf(body)) : [];
    if ((names.length === 0 && people.length === 0) || (kept !== "" && lostNames(names, kept).length === 0 && lostProperNames(people, kept).length === 0)) {
      // A copy that says the opposite ("not open", "excluding" for "including") is other text.
      // (A copy every shingle of which its kept copy holds has no word of its own to say it.)
      if (kept !== "" && similarity < 1 && saysOpposite(body, kept)) continue;
      return { source: id, similarity };
    }
  }
  return null;
}

const SHORT_UNIT_BAR = 0.9;

/**
 * Formulaic short lines ("And the evening and the morning were the third day.") share most of
 * their n-grams without being copies, so the bar rises linearly from --threshold at 30 tokens to
 * 0.9 at --min-words.
 */
export function nearThreshold(tokens: number, o: Options): number {
  if (tokens >= FULL_LENGTH || o.threshold >= SHORT_UNIT_BAR) return o.threshold;
  const span = Math.max(1, FULL_LENGTH - o.minWords);
  const shortness = Math.min(1, (FULL_LENGTH - tokens) / span);
  return o.threshold + (SHORT_UNIT_BAR - o.threshold) * shortness;
}

/**
 * Only units that may be cut as duplicates become sources: a table of contents entry or a refrain
 * line does not make the chapter title or the paragraph that repeats it a copy.
 */
/** Records unit i as kept; returns its record id (-1 for no unit). */
function register(a: Analysis, i: number, doc: number, index: DedupIndex): number {
  const u = a.units[i];
  if (!u) return -1;
  const id = index.record(doc, i, unitBody(a, u));
  index.addExact(u.fpHi, u.fpLo, id);
  for (let s = u.selStart; s < u.selEnd; s++) index.addShingle(a.selHash[s] ?? 0, id);
  return id;
}

/**
 * A short unit repeated together with the paragraphs around it (the title of an article printed
 * twice) is part of the repeated block: cut it when a neighbour was cut as a duplicate of the
 * neighbour of its own kept copy. A refrain has no long duplicate beside it, so it stays. A unit
 * that may hold a fact is cut only when its copy is the very same text: the index keeps no text of
 * units that are no kept copy, only a hash of it.
 */
function cutRepeatedBlocks(a: Analysis, index: DedupIndex, out: Decisions, o: Options): void {
  const units = a.units;
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < units.length; i++) {
      const u = units[i];
      // A paragraph that may be cut on its own was judged against the index already: its only
      // copy is a unit that is no source (a list entry, a verse line), so it stays.
      if (!u || out[i] !== null || u.tokens === 0 || eligibleForDuplicate(u, o)) continue;
      for (const step of [1, -1]) {
        // A label ("**Details**", "See also:") goes with the block it introduces, not the one before.
        if (step === -1 && out[i + 1] === null && isLabel(unitBody(a, u))) continue;
        const d = out[i + step];
        if (!d?.source || (d.kind !== "duplicate" && d.kind !== "near-duplicate")) continue;
        const copy = { doc: d.source.doc, unit: d.source.unit - step };
        if (index.unitHasFingerprint(copy.doc, copy.unit, u.fpHi, u.fpLo) && blockCopyKeepsFacts(u, copy, index)) {
          out[i] = { kind: "duplicate", rule: "repeated-block", source: copy, similarity: 1 };
          changed = true;
          break;
        }
      }
    }
  }
}

/** A unit that may hold a fact goes with its block only when its copy is the same text (UnitInfo.raw). */
function blockCopyKeepsFacts(u: UnitInfo, copy: UnitRef, index: DedupIndex): boolean {
  return u.raw === 0 || index.unitRaw(copy) === u.raw;
}

/**
 * onion's stub rule: a short unit with cut text on both sides, or cut text before it and the end
 * of the text after it, goes too. The start of a text does not count as cut text: titles stand there.
 * A credit ("By Anna Lee", "Image courtesy of …") stays: it says who made the text, and the context
 * rules leave it in the runs they cut.
 */
function cutStubs(a: Analysis, out: Decisions, maxWords: number): number {
  const units = a.units;
  let added = 0;
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < units.length; i++) {
      const u = units[i];
      if (!u || out[i] !== null || u.kind === "code" || u.kind === "table-row" || u.tokens > maxWords) continue;
      if (!betweenCuts(out, i) || namesMaker(unitBody(a, u))) continue;
      out[i] = { kind: "boilerplate", rule: STUB_RULE, match: `${u.tokens} words between cut text` };
      changed = true;
      added++;
    }
  }
  return added;
}
