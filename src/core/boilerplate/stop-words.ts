// Stop words of the languages scraped pages come in, from the `stopword` package (MIT, classic
// function-word lists of 100-600 words each, as jusText's stoplists are), for the share of stop words
// in a line. One map gives every language's hit at once: a bit per language.
import { dan, deu, eng, fin, fra, ita, nld, nob, pol, por, spa, swe } from "stopword";

const LISTS: readonly (readonly string[])[] = [eng, deu, fra, spa, ita, por, nld, swe, dan, nob, fin, pol];

/** Languages known, in the order of their bits. */
export const LANGUAGE_COUNT = LISTS.length;

let table: Map<string, number> | undefined;

/** Lower-case word -> bit mask of the languages whose list holds it. */
export function stopWordMasks(): ReadonlyMap<string, number> {
  if (table) return table;
  table = new Map();
  LISTS.forEach((list, lang) => {
    for (const w of list) {
      const k = w.toLowerCase();
      table?.set(k, (table.get(k) ?? 0) | (1 << lang));
    }
  });
  return table;
}
