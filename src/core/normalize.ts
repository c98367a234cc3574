// Normalization for hashing only: kept text is never touched by it.
import { decodeEntities } from "./entities.js";

/**
 * Bumped whenever the rules below change, since fingerprints (and caches) change with them.
 * Version 2 keeps digits and URLs: two sentences that differ in a number, a version or a link are
 * two texts (version 1 turned every digit into 0 and every URL into one token).
 */
export const NORMALIZATION_VERSION = 2;

const NON_WORD = /[^\p{L}\p{M}\p{N}]+/gu;
const ASCII_PLAIN = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

/**
 * HTML entities decoded, NFKC, lower case, every run of punctuation, symbols and white space to
 * one space, trimmed. Digits and the words of URLs stay as they are.
 */
export function normalizeForHash(s: string): string {
  let t = decodeEntities(s).normalize("NFKC").toLowerCase();
  if (!ASCII_PLAIN.test(t)) t = t.replace(NON_WORD, " ");
  return t.trim();
}
