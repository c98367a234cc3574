// HTML character references decoded to the characters they stand for: "&eacute;" and "é" are one
// spelling, so fingerprints and facts read them alike. Named references come from the HTML
// standard's table (decode-named-character-reference, already under the Markdown parser).
import { decodeNamedCharacterReference } from "decode-named-character-reference";

const REFERENCE = /&(#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,7};?|[A-Za-z][A-Za-z0-9]{1,31};)/g;

/** `s` with every well-formed character reference decoded; an invalid code point becomes U+FFFD. */
export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(REFERENCE, (whole, ref: string) => {
    const body = ref.endsWith(";") ? ref.slice(0, -1) : ref;
    if (body.charCodeAt(0) !== 35) return decodeNamedCharacterReference(body) || whole;
    const hex = body[1] === "x" || body[1] === "X";
    const code = parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : "\ufffd";
  });
}
