// Normalization for hashing only: kept text is never touched by it.

/** Bumped whenever the rules below change, since fingerprints (and caches) change with them. */
export const NORMALIZATION_VERSION = 1;

const URL = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>()\[\]"']+/g;
const ENTITY = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/g;
const DIGIT = /\p{Nd}/gu;
const NON_WORD = /[^\p{L}\p{M}\p{N}]+/gu;
const ASCII_PLAIN = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

/**
 * NFKC, lower case, every URL to the one token "url" (links differ where the text does not),
 * HTML entities and every run of punctuation, symbols and white space to one space, every
 * decimal digit to 0, trimmed.
 */
export function normalizeForHash(s: string): string {
  let t = s.normalize("NFKC").toLowerCase();
  if (t.includes("://") || t.includes("www.")) t = t.replace(URL, " url ");
  if (t.includes("&")) t = t.replace(ENTITY, " ");
  if (!ASCII_PLAIN.test(t)) t = t.replace(NON_WORD, " ");
  t = t.replace(DIGIT, "0");
  return t.trim();
}
