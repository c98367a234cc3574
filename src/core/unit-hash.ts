// Token hashes and exact fingerprint of one unit, read straight from the text's char codes in one
// pass. The results are those of normalizeForHash + tokenHashes + fingerprint (the reference),
// which still handles the rare unit the pass cannot: a character off the table, an "&" (HTML
// entities).
import { ensureTable, LOWER, TABLE_END, WORD } from "./char-table.js";
import { fingerprint, fingerprintBytes, type Fingerprint } from "./fingerprint.js";
import { normalizeForHash } from "./normalize.js";
import { sixBits, wordStem, type CodedStopwords } from "./stems.js";
import { fmix32, isUnspacedScript, tokenHashes } from "./tokens.js";
import { finishWording, isNumberWordAt, MASKED_NAME, MASKED_NUMBER, mixWord, nameKeyAt, NUMBER_WORD_BITS } from "./wording.js";
import { WasmUnitHash } from "./wasm-unit-hash.js";
import { shingleHashes, winnow } from "./shingles.js";

/** The WebAssembly pass, made on first use and shared by the hashers of a thread (they never run at once). */
let shared: WasmUnitHash | null = null;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SPACE = 32;
const AMP = 38;

export class UnitHasher {
  /** Token hashes of the last unit, `count` of them. */
  tokens = new Uint32Array(1024);
  count = 0;
  /** UTF-8 bytes of the normalized unit, when the fast pass ran. */
  private bytes = new Uint8Array(3072);
  private byteLength = 0;
  /** The normalized string when the reference ran, else null. */
  private norm: string | null = null;
  /**
   * With stop words given: the unit's content stems (contentStems of the same text), `stemCount` of
   * them; -1 when the fast pass did not run or a stem is a string.
   */
  stems = new Int32Array(512);
  stemCount = -1;
  /**
   * The last unit's wording (wording.ts), worked out from the token hashes as they are made when
   * every letter and digit of the unit is ASCII (its other characters, curly quotes, dashes, "£",
   * C1 controls, only part words); 0 when it was not.
   */
  skeleton = 0;
  words = 0;
  /** The fingerprint, when the WebAssembly pass hashed the last unit (else null). */
  private fp: Fingerprint | null = null;

  /**
   * `wasm`: let the WebAssembly pass (wasm-unit-hash.ts) hash what it can, in front of the
   * JavaScript one; off, the JavaScript pass hashes every unit (the tests compare the two).
   */
  constructor(private readonly wasm = true) {}

  /**
   * The WebAssembly pass's serial number of the last unit when it hashed it and `tokens` was left
   * unfilled (sample() reads the tokens in the module); else -1.
   */
  private inModule = -1;
  /** The last unit, while its tokens are in the module alone (to hash it again if they are gone). */
  private last: { text: string; from: number; to: number; stop: CodedStopwords | null } | null = null;
  private shingles = new Uint32Array(1024);
  private picks = new Int32Array(1024);

  /**
   * Hashes text[from, to); returns the number of tokens. With `stop`, also finds the content stems.
   * `forSample`: the caller reads the tokens only through sample(), so the WebAssembly pass may keep
   * them (`tokens` is then left as it was).
   */
  hash(text: string, from: number, to: number, stop: CodedStopwords | null = null, forSample = false): number {
    this.inModule = -1;
    this.last = null;
    if (this.bytes.length < 3 * (to - from)) {
      this.bytes = new Uint8Array(capacity(3 * (to - from)));
      this.tokens = new Uint32Array(this.bytes.length / 2);
      this.stems = new Int32Array(this.bytes.length / 6);
    }
    this.stemCount = -1;
    this.skeleton = this.words = 0;
    this.fp = null;
    if (this.wasm) {
      const w = (shared ??= new WasmUnitHash());
      const n = w.hash(text, from, to, stop, forSample ? null : this.tokens, this.stems);
      if (n >= 0) {
        if (forSample) {
          this.inModule = w.serial;
          this.last = { text, from, to, stop };
        }
        this.norm = null;
        this.count = n;
        this.stemCount = w.stemCount();
        this.skeleton = w.skeleton();
        this.words = w.words();
        this.fp = { hi: w.fpHi(), lo: w.fpLo() };
        return n;
      }
    }
    const count = this.fast(text, from, to, stop);
    if (count >= 0) {
      this.norm = null;
      this.count = count;
      return count;
    }
    this.stemCount = -1;
    this.skeleton = this.words = 0;
    const norm = normalizeForHash(text.slice(from, to));
    this.norm = norm;
    if (this.tokens.length < norm.length + 1) this.tokens = new Uint32Array(capacity(norm.length + 1));
    this.count = tokenHashes(norm, this.tokens);
    return this.count;
  }

  /**
   * The winnowed sample of the last unit's tokens (shingleHashes then winnow of shingles.ts: `n`
   * tokens a shingle, windows of `w`): positions at `at` of `pos`, their shingle hashes at `at` of
   * `hash` (room for the unit's token count from there); returns how many.
   */
  sample(n: number, w: number, pos: Int32Array, hash: Uint32Array, at: number): number {
    if (this.inModule >= 0) {
      if (shared !== null && shared.serial === this.inModule) return shared.sample(n, w, pos, hash, at);
      // Another hasher used the module since: the tokens are taken out this time.
      const last = this.last;
      if (last === null) throw new Error("UnitHasher.sample: the unit was released");
      this.hash(last.text, last.from, last.to, last.stop);
    }
    const count = this.count;
    if (this.shingles.length < count + 1) {
      this.shingles = new Uint32Array(capacity(count + 1));
      this.picks = new Int32Array(this.shingles.length);
    }
    const m = shingleHashes(this.tokens, count, n, this.shingles);
    const k = winnow(this.shingles, m, w, this.picks);
    for (let j = 0; j < k; j++) {
      const p = this.picks[j] ?? 0;
      pos[at + j] = p;
      hash[at + j] = this.shingles[p] ?? 0;
    }
    return k;
  }

  /** Lets go of the last unit's text (held for sample(), to hash it again where another hasher used the module). */
  release(): void {
    this.last = null;
  }

  /**
   * Characters of scripts written without spaces (tokens.ts) in the last unit's normalized text:
   * none when the fast pass ran, which reads no such character (char-table.ts).
   */
  unspaced(): number {
    const norm = this.norm;
    if (norm === null) return 0;
    let n = 0;
    for (let i = 0; i < norm.length; i++) if (isUnspacedScript(norm.charCodeAt(i))) n++;
    return n;
  }

  /** Fingerprint of the last unit hashed. */
  fingerprint(): Fingerprint {
    if (this.fp !== null) return this.fp;
    return this.norm !== null ? fingerprint(this.norm) : fingerprintBytes(this.bytes.subarray(0, this.byteLength));
  }

  /**
   * Lower case; every run of non-word characters to one space, trimmed. Writes
   * token hashes and UTF-8 bytes; returns the token count, or -1 to hand the unit to the reference.
   */
  private fast(text: string, from: number, to: number, stop: CodedStopwords | null): number {
    const { bytes, tokens, stems } = this;
    let ns = stop === null ? -1 : 0; // stems so far; -1 when not wanted or given up
    let wordStart = 0;
    let code = 0; // the word's first five lower-case characters as sixBits, while ASCII
    let ascii = true;
    // Module bindings read in the loop cost a check each time; locals are loaded once.
    const lowerOf = LOWER;
    const wordOf = WORD;
    let nb = 0;
    let count = 0;
    let h = FNV_OFFSET;
    let inToken = false;
    let run = 0; // non-word characters since the last word character
    // The wording, while every letter and digit is ASCII (wordy).
    let wordy = true;
    const maskedNumber = MASKED_NUMBER;
    const maskedName = MASKED_NAME;
    const numberBits = NUMBER_WORD_BITS;
    let skeleton = FNV_OFFSET;
    let words = FNV_OFFSET;
    let start = 0; // where the word began
    // One step past the end reads a space, which ends the last word in the loop: one copy of the
    // word's end, whose type feedback every word feeds (a second copy after the loop, reached once
    // a unit, was what deoptimized the pass when its first unusual word came).
    for (let i = from; i <= to; i++) {
      const raw = i < to ? text.charCodeAt(i) : SPACE;
      if (raw >= 0x80) {
        if (raw >= TABLE_END) return -1;
        ensureTable();
        // A letter or digit past ASCII: the wording's word rules here (names, numbers) read ASCII
        // words. Any other character on the table parts words here as in wordingByWords.
        if (((wordOf[raw] ?? 0) & 1) !== 0) wordy = false;
      }
      const c = lowerOf[raw] ?? -1;
      if (c < 0) return -1;
      const w = wordOf[c] ?? 0;
      if ((w & 1) === 0) {
        if (c === AMP) return -1;
        if (inToken) {
          const t = fmix32(h);
          tokens[count++] = t;
          if (wordy) {
            const first = text.charCodeAt(start);
            const digits = first <= 57 && digitsOnly(text, start, i);
            const numberWord = !digits && (((numberBits[(t >>> 5) & 31] ?? 0) >>> (t & 31)) & 1) !== 0 && isNumberWordAt(text, start, i - start, t);
            const name = first >= 65 && first <= 90;
            skeleton = mixWord(skeleton, digits || numberWord ? maskedNumber : name ? maskedName : t);
            words = mixWord(words, name && !numberWord ? nameKeyAt(text, start, i - start) : t);
          }
          inToken = false;
          h = FNV_OFFSET;
          if (ns >= 0 && stop !== null) ns = pushStem(stems, ns, wordStem(text, wordStart, i, code, ascii, stop));
        }
        run++;
        continue;
      }
      if (run > 0) {
        if (nb > 0) bytes[nb++] = SPACE;
        run = 0;
      }
      if (ns >= 0) {
        if (!inToken) {
          wordStart = i;
          code = 0;
          ascii = true;
        }
        if (c >= 0x80) ascii = false;
        else if (i - wordStart < 5) code = code * 64 + sixBits(c);
      }
      if (!inToken) start = i;
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
    this.byteLength = nb;
    this.stemCount = ns;
    if (wordy) {
      this.skeleton = finishWording(skeleton);
      this.words = finishWording(words);
    }
    return count;
  }
}

/** Whether text[start, end), a word of ASCII letters and digits, is digits alone. */
function digitsOnly(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (text.charCodeAt(k) > 57) return false;
  return true;
}

/** Appends a stem; a string stem (rare: not ASCII) gives up the unit's stems (-1). */
function pushStem(stems: Int32Array, n: number, stem: number | string | null): number {
  if (stem === null) return n;
  if (typeof stem !== "number") return -1;
  stems[n] = stem;
  return n + 1;
}

function capacity(n: number): number {
  let cap = 1024;
  while (cap < n) cap *= 2;
  return cap;
}
