// The call-to-action scorer (src/core/boilerplate/cta-score.ts) stops reading a line once the signals
// left cannot reach the threshold, and asks about dialogue last: the same scores as every signal read.
import fc from "fast-check";
import { expect, test } from "vitest";
import { CTA_SIGNALS, CTA_THRESHOLD, scoreCta } from "../../../src/core/boilerplate/cta-score.js";

/** The scorer as it read every line: dialogue first, then each signal (written out here, not imported). */
function everySignal(line: string): { score: number; signals: string[] } | null {
  const text = line.trim();
  if (/["“”]|\b(?:said|says|asked|replied)\b/i.test(text)) return null;
  let score = 0;
  const signals: string[] = [];
  for (const s of CTA_SIGNALS) {
    if (s.pattern.test(text)) {
      score += s.weight;
      signals.push(s.name);
    }
  }
  if (score < CTA_THRESHOLD) return null;
  const commercial = /\b(?:invest(?:ing|ment|ments|ors?)?|startups?|courses?|training|webinars?|workshops?|classes|certificat(?:e|es|ion)|tickets?|seats?|offers?|deals?|members(?:hip)?|premium|subscri(?:be|ption)s?|newsletters?|apps?|trial|discounts?|sale|shop|store|registrations?|enrol(?:l)?ments?|programmes?|programs?|bootcamps?|events?|summit|conference)\b/i.test(text);
  if (!commercial && !signals.includes("registration") && !signals.includes("sales")) return null;
  return { score, signals };
}

test("a line scores as it did when every signal was read", () => {
  const piece = fc.constantFrom("Join", "Register", "Download", "the", "course", "opens registrations", "register today", "early bird", "discounts", "20% off", "buy now", "here.", "now!", "today", "\u201c", "said", "app", "workshop", "invest", "in", ",", " ", "Sign up", "book your seat", "shop now");
  const line = fc.array(piece, { maxLength: 9 }).map((p) => p.join(" "));
  let scored = 0;
  fc.assert(
    fc.property(line, (t) => {
      const want = everySignal(t);
      if (want) scored++;
      expect(scoreCta(t)).toEqual(want);
    }),
    { numRuns: 5000 },
  );
  // The property says something of the lines that score, not only of those that stop early.
  expect(scored).toBeGreaterThan(100);
});
