// The facts of a text: what a reader loses when the text goes and no kept copy says it. A duplicate
// is cut only when its kept copy holds every fact it holds (the first law). The patterns are those
// of ../shared/eval/factloss.py, the audit every report must pass, spelled for JavaScript, with one
// difference that only keeps more: a number keeps the sign in front of it ("#9", "$9"), which the
// audit drops, so that issue 9 or nine dollars is not taken for a 9 said elsewhere in the kept copy.
import { addressSpans } from "./addresses.js";
import { decodeEntities } from "./entities.js";

// Python's \w and \d are Unicode-aware; these are their JavaScript spellings.
const W = String.raw`[\p{L}\p{N}_]`;
const D = String.raw`\p{Nd}`;
const URL = /https?:\/\/[^\s)\]>"']+|\]\(([^)\s]+)\)|www\.[^\s)\]>"']+/gu;
// E-mail addresses, /(?:W|[.+-])+@(?:W|-)+\.(?:W|[.-])+/g, found from each "@" (addresses.ts).
const EMAIL_DOMAIN = new RegExp(String.raw`(?:${W}|-)+\.(?:${W}|[.-])+`, "uy");
const CODE = /`([^`\n]+)`/g;
const HANDLE = new RegExp(String.raw`(?<!${W}|@)@[A-Za-z0-9_]{2,}`, "gu");
const NUM = new RegExp(String.raw`(?<!${W}|\.)[#$€£¥]?${D}+(?:[.,:/-]${D}+)*(?:\.x)?`, "gu");
const IDENT = new RegExp(String.raw`(?<!${W})[A-Z]{2,}-${D}{2,}(?:-${D}+)*(?!${W})`, "gu");

/** Characters without which a text holds no fact: a digit, "@", a backtick, a link, an entity. */
const MAY_HOLD = /[\p{Nd}@`&]|:\/\/|\]\(|www\./u;

/** A cheap test: false means the text holds no fact at all. */
export function mayHoldFacts(text: string): boolean {
  return MAY_HOLD.test(text);
}

/**
 * Numbers (versions, dates, amounts, counts; thousands separators dropped; "#", "$", "€", "£" or
 * "¥" in front kept), identifiers
 * (CVE-2022-32214), URLs and link targets, e-mail addresses, code spans and @handles, read after
 * decoding entities, each tagged with its kind and lower-cased: case, quotes and spacing are not facts.
 */
export function factsOf(text: string): Set<string> {
  const out = new Set<string>();
  if (!mayHoldFacts(text)) return out;
  const t = decodeEntities(text);
  for (const m of t.matchAll(URL)) out.add(("url:" + trimEnd(m[1] ?? m[0], ".,;:")).toLowerCase());
  for (const m of emailsOf(t)) out.add(("mail:" + m).toLowerCase());
  for (const m of t.matchAll(HANDLE)) out.add(("at:" + m[0]).toLowerCase());
  for (const m of t.matchAll(IDENT)) out.add(("id:" + m[0]).toLowerCase());
  for (const m of t.matchAll(CODE)) out.add(("code:" + (m[1] ?? "").trim()).toLowerCase());
  const rest = t.replace(URL, " ");
  for (const m of rest.matchAll(NUM)) out.add(("num:" + trimEnd(m[0], ".,:/-").replaceAll(",", "")).toLowerCase());
  return out;
}

/**
 * The facts of `cut` that `kept` does not hold, in order; empty when cutting `cut` loses nothing.
 * `known`: the facts of `cut`, when the caller has them (a unit weighed against several kept copies).
 */
export function lostFacts(cut: string, kept: string | ReadonlySet<string>, known?: ReadonlySet<string>): string[] {
  if (cut === kept) return [];
  const mine = known ?? factsOf(cut);
  if (mine.size === 0) return [];
  const theirs = typeof kept === "string" ? factsOf(kept) : kept;
  return [...mine].filter((f) => !theirs.has(f)).sort();
}

/** The e-mail addresses of `t`, as the pattern above finds them left to right. */
export function emailsOf(t: string): string[] {
  const spans = addressSpans(t, true, EMAIL_DOMAIN);
  const out: string[] = [];
  for (let k = 0; k < spans.length; k += 2) out.push(t.slice(spans[k], spans[k + 1]));
  return out;
}

function trimEnd(s: string, chars: string): string {
  let e = s.length;
  while (e > 0 && chars.includes(s.charAt(e - 1))) e--;
  return s.slice(0, e);
}
