// E-mail addresses found from each "@": a pattern LOCAL+@DOMAIN tried at every place of a line is
// quadratic over long words (seconds for a line of 40,000-letter words), where the "@"s and the runs
// around them can be read once.

const UNICODE_WORD = /^[\p{L}\p{N}]$/u;

/**
 * Where the addresses of `t` stand, as [start, end) pairs, exactly as the global pattern
 * /LOCAL+@DOMAIN/g finds them left to right, where LOCAL is a letter, digit, "_", ".", "+" or "-"
 * (past ASCII too when `unicode`, read by code points) and `domain` is the sticky pattern of what
 * follows the "@". An address begins where the run of LOCAL characters before its "@" begins (not
 * before the end of the last address): no "@" can stand in that run, so each character is read a
 * bounded number of times.
 */
export function addressSpans(t: string, unicode: boolean, domain: RegExp): number[] {
  const out: number[] = [];
  let from = 0;
  for (let at = t.indexOf("@"); at >= 0; at = t.indexOf("@", at + 1)) {
    let s = at;
    while (s > from) {
      const c = t.charCodeAt(s - 1);
      if (c < 0x80) {
        if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 43 || c === 45)) break;
        s--;
        continue;
      }
      if (!unicode) break;
      // A low surrogate is read with its high one: the pattern reads code points.
      const k = c >= 0xdc00 && c <= 0xdfff && s - 2 >= from && (t.charCodeAt(s - 2) & 0xfc00) === 0xd800 ? s - 2 : s - 1;
      if (!UNICODE_WORD.test(t.slice(k, s))) break;
      s = k;
    }
    if (s === at) continue;
    domain.lastIndex = at + 1;
    if (!domain.test(t)) continue;
    out.push(s, domain.lastIndex);
    from = domain.lastIndex;
    at = from - 1;
  }
  return out;
}
