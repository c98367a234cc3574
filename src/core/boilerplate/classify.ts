// Context-free boilerplate decisions for one unit: a prefix to strip, or a rule that cuts it whole.
import { scoreCta } from "./cta-score.js";
import { CTA_SCORE_RULE } from "./rules.js";
import type { LineMatch, PrefixMatch } from "../analysis-types.js";
import type { RuleSet } from "./ruleset.js";

/** Longer units are never scored as calls to action. */
const CTA_MAX_WORDS = 30;
const QUOTED = /["“”‘’]|'\s|\s'|\b(?:said|says|asked|replied)\b/;

/** Prefix rules applied again and again, so that stacked headers all go in one pass. */
export function matchPrefix(line: string, rules: RuleSet): PrefixMatch | null {
  let length = 0;
  let rule = "";
  for (let guard = 0; guard < 8; guard++) {
    let hit = false;
    for (const r of rules.prefix) {
      const m = r.pattern.exec(line.slice(length));
      if (m && m.index === 0 && m[0].length > 0) {
        length += m[0].length;
        rule = rule || r.name;
        hit = true;
        break;
      }
    }
    if (!hit) break;
  }
  return length > 0 ? { rule, length, match: line.slice(0, length) } : null;
}

/** Which line rule, if any, cuts this unit; `tokens` keeps long prose out of reach of short-line rules. */
export function matchLine(text: string, tokens: number, rules: RuleSet): LineMatch | null {
  if (tokens > rules.lineMaxWords && !(rules.ctaScore && tokens <= CTA_MAX_WORDS)) return null; // most prose
  const t = withoutLinkTargets(text.trim());
  // Both worked out on first need: most units are past most rules' maxWords.
  let quoted: boolean | undefined;
  let lower: string | undefined;
  for (const r of rules.line) {
    if (tokens > r.maxWords || (r.skipQuoted && (quoted ??= QUOTED.test(t)))) continue;
    if (r.mayMatch && !includesAny((lower ??= t.toLowerCase()), r.mayMatch)) continue;
    const m = r.pattern.exec(t);
    if (m && (!r.accept || r.accept(t))) return { rule: r.name, match: m[0] };
  }
  if (rules.ctaScore && tokens <= CTA_MAX_WORDS) {
    const s = scoreCta(t);
    if (s) return { rule: CTA_SCORE_RULE, match: `score ${s.score}: ${s.signals.join(", ")}` };
  }
  return null;
}

/**
 * The line as a reader sees it: a link's target is not on the page, so a URL that holds "signup"
 * or "newsletter" ("- A [Neon](https://console.example.tech/signup) account") is no prompt.
 */
export function withoutLinkTargets(t: string): string {
  if (!t.includes("://")) return t;
  return t.replace(/\]\(\s*<?[a-z][\w+.-]*:\/\/[^)\s]*>?(?:\s+"[^"]*")?\s*\)/gi, "]").replace(/<?\b[a-z][\w+.-]*:\/\/[^\s<>()]+>?/gi, "").trim();
}

function includesAny(s: string, words: readonly string[]): boolean {
  for (const w of words) if (s.includes(w)) return true;
  return false;
}
