// The proof that spares an authored Markdown text its second cleaning (clean.ts): the text it keeps
// splits into the units it kept, and a second cleaning would judge every one of them as the first
// did, so it would cut nothing. Plain text has its own (settlesInOnePass in clean.ts).
//
// In authored Markdown with no rules of the user's (none of the built-in ones runs there), a unit is
// cut only as a copy of an earlier kept unit of its own text: the same paragraph pasted near it, a
// near copy, an entry twice in one list, or a short unit of a block pasted twice (decide.ts). The
// kept units are the same texts in the same order, so the index holds the same kept copies before
// each of them in a second cleaning, and a unit that had none keeps none. What can change is how a
// unit with one is judged (authored-copies.ts, keeps()), which reads the units around the copy and
// its first copy; so each such pair is checked to have no cut unit where that judgement reads.
import type { Analysis, UnitInfo } from "../analysis-types.js";
import type { Decisions } from "../decide.js";
import type { RuleSet } from "../boilerplate/ruleset.js";
import { besideReasons, CLOSE_BLOCKS, headingUnit, opensSection, PASTE_REACH, PASTED_PARAGRAPHS, placesOf, SECTION_PASTE_UNITS, textKeysOf, wholeTextKeeps } from "../authored-copies.js";
import { licenceText } from "../boilerplate/standing.js";
import { U32Map, U64Map } from "../hash-table.js";
import { authoredMarkdown, type Options } from "../options.js";
import { render } from "../render.js";
import { isBlank } from "../white-space.js";
import { placesStay, type Places } from "./sections.js";

/** A list item's first line: a bullet or a number, then a space or the end of the line. */
const LIST_MARKER = /^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;

/** True when cleaning what `decisions` keep of authored Markdown `a` again would cut nothing. */
export function markdownSettles(a: Analysis, decisions: Decisions, o: Options, rules: RuleSet): boolean {
  if (o.format !== "markdown" || !authoredMarkdown(o) || !noRules(rules)) return false;
  const units = a.units;
  const n = units.length;
  if (n === 0 || decisions[0] !== null) return false;
  for (const u of units) if (u.prefix !== null || u.boiler !== null) return false;
  // `<!-- winnow-disable-next -->` reads the unit after it, wherever that is.
  if (a.text.includes("winnow-")) return false;
  if (!splitsAsKept(a, decisions)) return false;
  if (!placesStay(a, (k) => decisions[k] !== null)) return false;
  const places = placesOf(a);
  if (wholeTextKeeps(a.text) !== wholeTextKeeps(render(a, decisions))) return false;
  return copiesJudgedAlike(a, decisions, o, places);
}

function noRules(rules: RuleSet): boolean {
  return rules.prefix.length === 0 && rules.line.length === 0 && !rules.ctaScore && !rules.stub && rules.context.size === 0 && rules.pageModel === null;
}

/**
 * The kept text parses into the kept units with their kinds: each run of cut units stands between
 * blank lines, after a kept unit (render() keeps the blank lines before the run), and the unit after
 * it starts at the margin, where a blank line has closed every list, quotation and footnote above:
 * it is read as it was after the run. Only a list there could be read otherwise (after code or a
 * definition micromark reads it as a paragraph: split-markdown.ts), so that case is left to a
 * second cleaning.
 */
function splitsAsKept(a: Analysis, decisions: Decisions): boolean {
  const units = a.units;
  const line = (l: number): string => a.text.slice(a.lines.start[l] ?? 0, a.lines.end[l] ?? 0);
  for (let s = 1; s < units.length; s++) {
    if (decisions[s] === null) continue;
    let e = s;
    while (e + 1 < units.length && decisions[e + 1] !== null) e++;
    const before = units[s - 1] as UnitInfo;
    const cut = units[s] as UnitInfo;
    if (!isBlank(line(cut.first - 1))) return false;
    const after = units[e + 1];
    if (after) {
      if (!isBlank(line(after.first - 1))) return false;
      const top = line(after.first);
      const c = top.charCodeAt(0);
      if (c === 32 || c === 9 || c === 0xfeff) return false;
      if (before.kind === "code" && LIST_MARKER.test(top)) return false;
    }
    s = e;
  }
  return true;
}

/**
 * Every kept unit that a second cleaning could find a copy of before it is judged as before. The
 * copies the index can name are among the earlier kept units it shares a fingerprint or a sampled
 * shingle with (the first to hold each), and keeps() keeps a copy for any of its reasons: one
 * that reads only where each stands, or "far from its first copy" (close()) as a second cleaning
 * reads the kept units, or else the same close() in both cleanings and no cut unit where its
 * other reasons read.
 */
function copiesJudgedAlike(a: Analysis, decisions: Decisions, o: Options, places: Places): boolean {
  const units = a.units;
  const n = units.length;
  const cut = (k: number): boolean => k >= 0 && k < n && decisions[k] !== null;
  const cuts = new Int32Array(n + 1);
  // The nearest heading above each unit and the last unit of each unit's section.
  const heading = new Int32Array(n);
  const sectionEnd = new Int32Array(n);
  const opens = (k: number): boolean => opensSection(a, places, k);
  for (let k = 0, h = -1; k < n; k++) {
    cuts[k + 1] = (cuts[k] ?? 0) + (decisions[k] ? 1 : 0);
    heading[k] = h;
    if (headingUnit(a, units[k])) h = k;
  }
  for (let k = n - 1, end = n - 1; k >= 0; k--) {
    sectionEnd[k] = end;
    if (headingUnit(a, units[k])) end = k - 1;
  }
  const cutsIn = (from: number, to: number): number => (to < from ? 0 : (cuts[Math.min(n, to + 1)] ?? 0) - (cuts[Math.max(0, from)] ?? 0));
  // Kept list items where a second cleaning's twinOf() starts a new list: the kept unit before is
  // none, no list item, or more than one line above (the first run of blank lines after it).
  const restarts = new Int32Array(n + 1);
  for (let k = 0, p = -1; k < n; k++) {
    const u = units[k] as UnitInfo;
    let restart = false;
    if (decisions[k] === null && u.kind === "list-item" && u.tokens > 0 && !(u.fpHi === 0 && u.fpLo === 0)) {
      const prev = units[p];
      let gap = 0;
      for (let q = p; prev && q < k && gap === 0; q++) gap = (units[q + 1]?.first ?? 0) - (units[q]?.last ?? 0) - 1;
      restart = !prev || prev.kind !== "list-item" || gap > 1;
    }
    restarts[k + 1] = (restarts[k] ?? 0) + (restart ? 1 : 0);
    if (decisions[k] === null) p = k;
  }
  // The same text, as decide() read it (the keys it worked out for this analysis).
  const keys = textKeysOf(a);
  const keyOf = (k: number): string => keys[k] ?? "";
  const same = (x: number | undefined, y: number | undefined): boolean => x !== undefined && y !== undefined && x >= 0 && y >= 0 && x < n && y < n && keys[x] === keys[y];
  const first = readingOf(Array.from({ length: n }, (_, k) => k), (k) => k, (k) => heading[k] ?? -1, (k) => sectionEnd[k] ?? n - 1);
  // A second cleaning's units: the kept ones, each at its place among them.
  const keptUnits: number[] = [];
  const at = new Int32Array(n).fill(-1);
  const keptUpTo = new Int32Array(n + 1);
  for (let k = 0; k < n; k++) {
    if (decisions[k] === null) at[k] = keptUnits.push(k) - 1;
    keptUpTo[k + 1] = keptUnits.length;
  }
  // Headings are never cut: the heading above a kept unit is kept.
  const second = readingOf(keptUnits, (k) => at[k] ?? -1, (k) => heading[k] ?? -1, (k) => keptUnits[(keptUpTo[(sectionEnd[k] ?? n - 1) + 1] ?? 1) - 1] ?? -1);

  /**
   * close() over a cleaning's units `seq` (unit numbers in order; `pos`: a unit's place in it), as
   * keeps() reads it for copy i of j: pastedBlock() with sectionPasted(), then the units between.
   * `skip`: units the walk between passes over as cut already.
   */
  function readingOf(seq: number[], pos: (k: number) => number, headingAbove: (k: number) => number, lastOfSection: (k: number) => number) {
    const openers = new Int32Array(seq.length);
    for (let m = 0, last = -1; m < seq.length; m++) {
      openers[m] = last;
      if (opens(seq[m] ?? 0)) last = seq[m] ?? 0;
    }
    const sectionPasted = (j: number, i: number, jp: number, ip: number): boolean => {
      if (places.key[i] !== places.key[j]) return false;
      const hi = headingAbove(i);
      const hj = headingAbove(j);
      const hip = hi < 0 ? -1 : pos(hi);
      const hjp = hj < 0 ? -1 : pos(hj);
      if (hip <= jp || hjp < 0 || ip - hip !== jp - hjp || ip - hip <= SECTION_PASTE_UNITS) return false;
      for (let t = 0; t < ip - hip; t++) if (!same(seq[hjp + t], seq[hip + t])) return false;
      const endI = pos(lastOfSection(i));
      const endJ = pos(lastOfSection(j));
      if (endI - ip !== endJ - jp) return false;
      for (let t = 1; t <= endI - ip; t++) if (!same(seq[jp + t], seq[ip + t])) return false;
      return true;
    };
    return (j: number, i: number, skip: (k: number) => boolean): boolean => {
      const jp = pos(j);
      const ip = pos(i);
      let paragraphs = 0;
      let headings = 0;
      const take = (x: number | undefined, y: number | undefined): boolean => {
        if (x === undefined || !same(x, y)) return false;
        const u = units[x] as UnitInfo;
        if (u.kind === "paragraph" && u.tokens >= o.minWords) paragraphs++;
        else if (headingUnit(a, u)) headings++;
        return true;
      };
      const enough = (): boolean => paragraphs >= PASTED_PARAGRAPHS || (paragraphs >= PASTED_PARAGRAPHS - 1 && headings >= 2);
      take(j, i);
      for (let t = 1; t <= PASTE_REACH && jp - t >= 0 && take(seq[jp - t], seq[ip - t]); t++) if (enough()) return true;
      for (let t = 1; t <= PASTE_REACH && jp + t < ip && take(seq[jp + t], seq[ip + t]); t++) if (enough()) return true;
      if (sectionPasted(j, i, jp, ip)) return true;
      const over = openers[jp] ?? -1;
      let blocks = 0;
      for (let m = jp + 1; m < ip; m++) {
        const k = seq[m] ?? 0;
        if (skip(k)) continue;
        if (opens(k)) {
          if (over >= 0 && keyOf(over) === keyOf(k)) continue;
          return false;
        }
        const u = units[k] as UnitInfo;
        const prev = units[seq[m - 1] ?? -1];
        if ((u.kind === "list-item" || u.kind === "table-row") && prev?.kind === u.kind) continue;
        if (++blocks > CLOSE_BLOCKS) return false;
      }
      return true;
    };
  }

  const licences = new Map<number, boolean>();
  const licenceAlike = (hi: number): boolean => {
    let alike = licences.get(hi);
    if (alike === undefined) {
      const end = sectionEnd[hi] ?? n - 1;
      const top = units[hi] as UnitInfo;
      const last = units[end] as UnitInfo;
      alike = licenceText(a.text.slice(a.lines.start[top.first] ?? 0, a.lines.end[last.last] ?? 0)) === licenceText(keptSection(a, decisions, hi, end));
      licences.set(hi, alike);
    }
    return alike;
  };
  // The first cleaning walked between a copy and its first copy over the units cut by then: all
  // but those a repeated block took after the walk (decide.ts).
  const cutBefore = (k: number): boolean => cut(k) && decisions[k]?.rule !== "repeated-block";
  const pairAlike = (j: number, i: number): boolean => {
    // A reason that reads only where each stands.
    if (places.admonition[i] || places.quoted[i] || places.quoted[j]) return true;
    if (places.key[i] !== places.key[j] && (places.depth[i] === places.depth[j] || (places.entry[i] && places.entry[j]))) return true;
    // Far from its first copy as a second cleaning reads the kept units.
    if (!second(j, i, () => false)) return true;
    // Near it there too: the first cleaning found it near (else being far may be all that kept
    // it), and so kept it for another reason, each of which reads what it read then.
    if (!first(j, i, cutBefore)) return false;
    const beside = besideReasons(a, i);
    if (beside.after && (cut(i + 1) || cut(j + 1))) return false;
    if (beside.before && (cut(i - 1) || cut(j - 1))) return false;
    const hi = heading[i] ?? -1;
    // Its section: how many copies it holds (copiesInSection()), whether it opens as a licence.
    if (sectionHoldsCutCopy(a, decisions, i, heading, sectionEnd)) return false;
    if (hi > j && cutsIn(hi, sectionEnd[i] ?? n - 1) > 0 && !licenceAlike(hi)) return false;
    return true;
  };
  // Earlier kept units, by fingerprint and by sampled shingle (the first to hold it).
  const byPrint = new U64Map(n);
  const byShingle = new U32Map(a.selHash.length);
  const items = new Map<string, number[]>();
  const sources: number[] = [];
  for (let i = 0; i < n; i++) {
    const u = units[i] as UnitInfo;
    if (decisions[i] !== null || u.tokens === 0 || (u.fpHi === 0 && u.fpLo === 0) || !o.dedupe) continue;
    if (u.kind === "list-item") {
      // An entry twice in one list (ListTwins in decide.ts): a second cleaning's twinOf() finds
      // an earlier entry of the same text since it last started a new list (it forgets the
      // entries before). With no cut from the unit before the first such entry to the one after
      // this, the entries between and the breaks between lists are as they were, and so is what
      // twinOf() finds. (Entries of the same fingerprint: the same text, spacing and marks aside.)
      const print = `${u.fpHi}:${u.fpLo}`;
      let earlier = items.get(print);
      if (!earlier) items.set(print, (earlier = []));
      let t = -1;
      for (let m = earlier.length - 1; m >= 0 && (restarts[i + 1] ?? 0) - (restarts[(earlier[m] ?? 0) + 1] ?? 0) === 0; m--) t = earlier[m] ?? 0;
      if (t >= 0 && cutsIn(t - 1, i + 1) > 0) return false;
      earlier.push(i);
      continue;
    }
    if (u.kind !== "paragraph" || u.tokens < o.minWords) continue;
    sources.length = 0;
    if (!byPrint.setIfAbsent(u.fpHi, u.fpLo, i)) sources.push(byPrint.get(u.fpHi, u.fpLo));
    for (let s = u.selStart; s < u.selEnd; s++) {
      const key = a.selHash[s] ?? 0;
      if (byShingle.setIfAbsent(key, i)) continue;
      const holder = byShingle.get(key);
      if (!sources.includes(holder)) sources.push(holder);
    }
    for (const j of sources) if (!pairAlike(j, i)) return false;
  }
  return true;
}

/**
 * The text of units from..to (a heading, kept, and its section) as the kept text holds it: the kept
 * units, each pair with the first run of blank lines that followed the first of them (render()).
 */
function keptSection(a: Analysis, decisions: Decisions, from: number, to: number): string {
  const { start, end, next } = a.lines;
  const kept: number[] = [];
  for (let k = from; k <= to; k++) if (decisions[k] === null) kept.push(k);
  const parts: string[] = [];
  kept.forEach((k, m) => {
    const u = a.units[k] as UnitInfo;
    if (m === kept.length - 1) {
      parts.push(a.text.slice(start[u.first] ?? 0, end[u.last] ?? 0));
      return;
    }
    const after = a.units[k + 1] as UnitInfo;
    parts.push(a.text.slice(start[u.first] ?? 0, next[u.last] ?? 0), a.text.slice(next[u.last] ?? 0, start[after.first] ?? 0));
  });
  return parts.join("");
}

/** A cut unit of unit i's kind and maybe its text in i's section (headings aside). */
function sectionHoldsCutCopy(a: Analysis, decisions: Decisions, i: number, heading: Int32Array, sectionEnd: Int32Array): boolean {
  const u = a.units[i] as UnitInfo;
  const end = sectionEnd[i] ?? a.units.length - 1;
  for (let k = (heading[i] ?? -1) + 1; k <= end; k++) {
    const v = a.units[k];
    if (!v || decisions[k] === null || v.kind !== u.kind) continue;
    if ((v.fpHi === 0 && v.fpLo === 0) || (v.fpHi === u.fpHi && v.fpLo === u.fpLo)) return true;
  }
  return false;
}
