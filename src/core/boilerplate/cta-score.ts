// Scores short lines for the shape of an ad or call to action, so that an ad no rule names is caught.
import type { RuleExamples } from "./rules.js";

export interface CtaSignal {
  name: string;
  weight: number;
  pattern: RegExp;
}

/** Signals and weights; a line scoring CTA_THRESHOLD with a commercial signal among them is cut. */
export const CTA_SIGNALS: readonly CtaSignal[] = [
  {
    name: "imperative-start",
    weight: 2,
    pattern:
      /^(?:join|register|subscribe|sign up|enrol|enroll|apply|book|buy|shop|order|download|get|grab|claim|try|start|learn more|discover|follow|watch|listen|donate|support|reserve|save|unlock|upgrade|become)\b/i,
  },
  {
    name: "registration",
    weight: 2,
    pattern:
      /\b(?:opens? (?:its |their )?(?:registrations?|enrol(?:l)?ments?|applications?)|registrations? (?:are |is )?(?:now )?open|register (?:today|now|here|online|early)|enrol(?:l)? (?:today|now|here)|apply (?:today|now|here)|sign up (?:today|now|here)|book (?:your|a) (?:seat|place|spot)|reserve your (?:seat|place|spot))\b/i,
  },
  {
    name: "sales",
    weight: 1,
    pattern:
      /\b(?:early[- ]bird|discounts?|promo(?:tional)? codes?|coupons?|free trial|limited (?:time|seats|offer|spots)|\d+\s?% off|save \$?\d+|special offer|best price|buy now|order now|shop now|don'?t miss)\b/i,
  },
  {
    name: "ends-with-urgency",
    weight: 1,
    pattern: /\b(?:here|now|today)\s*[.!]*$/i,
  },
];

export const CTA_THRESHOLD = 3;
const SIGNALS_WEIGHT = CTA_SIGNALS.reduce((sum, s) => sum + s.weight, 0);

/** What the scorer must cut and keep (see RuleExamples in rules.ts). */
export const CTA_EXAMPLES: RuleExamples = {
  cut: ["Join the Lagos Founders Circle and invest in early-stage startups here.", "Acme Data Bootcamp opens registrations; register today for early bird discounts."],
  keep: [
    "Get out of here now!",
    "“Register today,” she said, “or the course will be full.”",
    "- Join the [contributors' channel](https://example.org/chat) to discuss a change before you open a pull request.",
  ],
};

/** Words of trade: a call to action sells, enrols or recruits. Without one, an imperative is just prose. */
const COMMERCIAL =
  /\b(?:invest(?:ing|ment|ments|ors?)?|startups?|courses?|training|webinars?|workshops?|classes|certificat(?:e|es|ion)|tickets?|seats?|offers?|deals?|members(?:hip)?|premium|subscri(?:be|ption)s?|newsletters?|apps?|trial|discounts?|sale|shop|store|registrations?|enrol(?:l)?ments?|programmes?|programs?|bootcamps?|events?|summit|conference)\b/i;

const DIALOGUE = /["“”]|\b(?:said|says|asked|replied)\b/i;

export interface CtaScore {
  score: number;
  signals: string[];
}

/** The score of a short line, or null when it has no commercial word or reads as dialogue. */
export function scoreCta(line: string): CtaScore | null {
  const text = line.trim();
  let score = 0;
  let left = SIGNALS_WEIGHT;
  const signals: string[] = [];
  for (const s of CTA_SIGNALS) {
    // Stops once the signals left cannot reach the threshold: a line with neither weight-2
    // signal is read by two expressions, not four (most short lines of prose).
    if (score + left < CTA_THRESHOLD) return null;
    left -= s.weight;
    if (s.pattern.test(text)) {
      score += s.weight;
      signals.push(s.name);
    }
  }
  // Dialogue is asked of the few lines that score: the answer is null either way.
  if (score < CTA_THRESHOLD || DIALOGUE.test(text)) return null;
  const commercial = COMMERCIAL.exec(text);
  if (!commercial && !signals.includes("registration") && !signals.includes("sales")) return null;
  return { score, signals };
}
