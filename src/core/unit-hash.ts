// Token hashes and exact fingerprint of one unit, read straight from the text's char codes in one
// pass. The results are those of normalizeForHash + tokenHashes + fingerprint (the reference),
// which still handles the rare unit the pass cannot: a character off the table, an "&" (HTML
// entities), a "://" or "www." (URLs).
import { ensureTable, LOWER, TABLE_END, WORD } from "./char-table.js";
import { fingerprint, fingerprintBytes, type Fingerprint } from "./fingerprint.js";
import { normalizeForHash } from "./normalize.js";
import { fmix32, tokenHashes } from "./tokens.js";

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SPACE = 32;
const AMP = 38;
const COLON = 58;
const SLASH = 47;
const DOT = 46;
const W = 119;

export class UnitHasher {
  /** Token hashes of the last unit, `count` of them. */
  tokens = new Uint32Array(1024);
  count = 0;
  /** UTF-8 bytes of the normalized unit, when the fast pass ran. */
  private bytes = new Uint8Array(3072);
  private byteLength = 0;
  /** The normalized string when the reference ran, else null. */
  private norm: string | null = null;

  /** Hashes text[from, to); returns the number of tokens. */
  hash(text: string, from: number, to: number): number {
    if (this.bytes.length < 3 * (to - from)) {
      this.bytes = new Uint8Array(capacity(3 * (to - from)));
      this.tokens = new Uint32Array(this.bytes.length / 2);
    }
    const count = this.fast(text, from, to);
    if (count >= 0) {
      this.norm = null;
      this.count = count;
      return count;
    }
    const norm = normalizeForHash(text.slice(from, to));
    this.norm = norm;
    if (this.tokens.length < norm.length + 1) this.tokens = new Uint32Array(capacity(norm.length + 1));
    this.count = tokenHashes(norm, this.tokens);
    return this.count;
  }

  /** Fingerprint of the last unit hashed. */
  fingerprint(): Fingerprint {
    return this.norm !== null ? fingerprint(this.norm) : fingerprintBytes(this.bytes.subarray(0, this.byteLength));
  }

  /**
   * Lower case; every run of non-word characters to one space, trimmed; decimal digits to 0. Writes
   * token hashes and UTF-8 bytes; returns the token count, or -1 to hand the unit to the reference.
   */
  private fast(text: string, from: number, to: number): number {
    const { bytes, tokens } = this;
    // Module bindings read in the loop cost a check each time; locals are loaded once.
    const lowerOf = LOWER;
    const wordOf = WORD;
    let nb = 0;
    let count = 0;
    let h = FNV_OFFSET;
    let inToken = false;
    let run = 0; // non-word characters since the last word character
    for (let i = from; i < to; i++) {
      const raw = text.charCodeAt(i);
      if (raw >= 0x80) {
        if (raw >= TABLE_END) return -1;
        ensureTable();
      }
      let c = lowerOf[raw] ?? -1;
      if (c < 0) return -1;
      const w = wordOf[c] ?? 0;
      if ((w & 1) === 0) {
        if (c === AMP || (c === COLON && isSlash(text, i + 1, to) && isSlash(text, i + 2, to)) || (c === DOT && isW(text, i - 1, from) && isW(text, i - 2, from) && isW(text, i - 3, from))) {
          return -1;
        }
        if (inToken) {
          tokens[count++] = fmix32(h);
          inToken = false;
          h = FNV_OFFSET;
        }
        run++;
        continue;
      }
      if (run > 0) {
        if (nb > 0) bytes[nb++] = SPACE;
        run = 0;
      }
      if (w & 2) c = 48;
      h = Math.imul(h ^ c, FNV_PRIME);
      inToken = true;
      if (c < 0x80) bytes[nb++] = c;
      else if (c < 0x800) {
        bytes[nb++] = 0xc0 | (c >> 6);
        bytes[nb++] = 0x80 | (c & 0x3f);
      } else {
        bytes[nb++] = 0xe0 | (c >> 12);
        bytes[nb++] = 0x80 | ((c >> 6) & 0x3f);
        bytes[nb++] = 0x80 | (c & 0x3f);
      }
    }
    if (inToken) tokens[count++] = fmix32(h);
    this.byteLength = nb;
    return count;
  }
}

function isSlash(text: string, i: number, to: number): boolean {
  return i < to && text.charCodeAt(i) === SLASH;
}

function isW(text: string, i: number, from: number): boolean {
  return i >= from && LOWER[text.charCodeAt(i)] === W;
}

function capacity(n: number): number {
  let cap = 1024;
  while (cap < n) cap *= 2;
  return cap;
}
