// The white space String.prototype.trim (and `\s`) knows, as char-code tests for loops that must not
// make strings.

/** What trim removes, less the line endings splitLines knows (LF and CR). */
export function isTrimSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || c === 9 || c === 11 || c === 12;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** All that trim removes, LF and CR too. */
export function isWhiteSpace(c: number): boolean {
  return c === 10 || c === 13 || isTrimSpace(c);
}

/** s.trim() === "" without making the trimmed string: most lines answer at their first character. */
export function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isWhiteSpace(s.charCodeAt(i))) return false;
  return true;
}
