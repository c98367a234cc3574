// The hashing pass of src/core/unit-hash.ts (UnitHasher.fast) in AssemblyScript, compiled to
// WebAssembly by scripts/build-scanner.mjs into src/core/unit-hash-wasm.ts. It reads one unit as
// UTF-8 bytes and gives what the JavaScript pass gives: the token hashes, the exact fingerprint
// (xxhash64 of the normalized UTF-8 bytes), the wording (skeleton, words) and the content stems;
// sample() then gives the unit's shingles and their winnowed sample from the token hashes left in
// memory (shingles.ts), so the analysis takes no token out of the module.
// It returns -1 wherever the JavaScript pass would not finish (a character off the table, "&"), or
// for what it leaves to that pass (a word with a letter past ASCII where stop words are not all
// ASCII); -3 when a character past ASCII needs the table that JavaScript fills on first need.

// Memory layout, in bytes (JavaScript writes the tables and the input, reads the outputs).
const TABLE_END: i32 = 0x2070;
/** i32 per code: -1 off the table, else lower-case code | WORD(lower) bit 1 << 16 | WORD(code) bit 1 << 18. */
const CLASS_PTR: usize = 0;
/** Open addressing of the short stop words' codes (i32, 0 empty), SHORT_SLOTS slots. */
const SHORT_PTR: usize = CLASS_PTR + (<usize>TABLE_END << 2);
const SHORT_SLOTS: i32 = 1024;
/** One bit per low 10 bits of a long stop word's code (i32[32]). */
const LONG_BITS_PTR: usize = SHORT_PTR + (<usize>SHORT_SLOTS << 2);
/** Long stop words: LONG_MAX entries of [code i32, length i32, 24 lower-case chars as u16]. */
const LONG_PTR: usize = LONG_BITS_PTR + 128;
const LONG_MAX: i32 = 64;
const LONG_SIZE: usize = 8 + 48;
/** One bit per low 10 bits of a number word's token hash (i32[32]). */
const NUMBER_BITS_PTR: usize = LONG_PTR + <usize>LONG_MAX * LONG_SIZE;
/** Number words: NUMBER_MAX entries of [hash u32, length i32, 12 lower-case chars as u16]. */
const NUMBER_PTR: usize = NUMBER_BITS_PTR + 128;
const NUMBER_MAX: i32 = 64;
const NUMBER_SIZE: usize = 8 + 24;
/** The last unit's results, read by JavaScript with no call: stem count, skeleton, words, fingerprint high and low. */
const OUT_PTR: usize = NUMBER_PTR + <usize>NUMBER_MAX * NUMBER_SIZE;
/** Where the per-unit buffers start; their sizes follow the unit (capacity() in JavaScript). */
const BUFFERS_PTR: usize = OUT_PTR + 32;

export function buffersStart(): usize {
  return BUFFERS_PTR;
}

let tableLoaded = false;
let longCount: i32 = 0;
let numberCount: i32 = 0;
let maskedNumber: u32 = 0;
let maskedName: u32 = 0;

export function setTables(loaded: bool, longs: i32, numbers: i32, masked: u32, name: u32): void {
  tableLoaded = loaded;
  longCount = longs;
  numberCount = numbers;
  maskedNumber = masked;
  maskedName = name;
}

// Outputs of the last unit.
let outSkeleton: u32 = 0;
let outWords: u32 = 0;
let outStems: i32 = -1;
let outHi: u32 = 0;
let outLo: u32 = 0;
export function skeleton(): u32 {
  return outSkeleton;
}
export function words(): u32 {
  return outWords;
}
export function stemCount(): i32 {
  return outStems;
}
export function fpHi(): u32 {
  return outHi;
}
export function fpLo(): u32 {
  return outLo;
}

const FNV_OFFSET: u32 = 0x811c9dc5;
const FNV_PRIME: u32 = 0x01000193;

@inline function fmix32(h: u32): u32 {
  h ^= h >>> 16;
  h *= 0x85ebca6b;
  h ^= h >>> 13;
  h *= 0xc2b2ae35;
  h ^= h >>> 16;
  return h;
}

@inline function mixWord(acc: u32, x: u32): u32 {
  return (((acc << 5) | (acc >>> 27)) ^ x) * 0x9e3779b1;
}

@inline function finishWording(acc: u32): u32 {
  const h = fmix32(acc);
  return h != 0 ? h : 1;
}

@inline function sixBits(c: i32): i32 {
  return c >= 97 ? c - 96 : c - 48 + 27;
}

@inline function bitSet(ptr: usize, key: u32): bool {
  return ((load<i32>(ptr + (<usize>((key >>> 5) & 31) << 2)) >>> (key & 31)) & 1) != 0;
}

function shortHas(code: i32): bool {
  let h = <u32>code * 0x9e3779b1;
  h ^= h >>> 16;
  let i = <i32>(h & <u32>(SHORT_SLOTS - 1));
  while (true) {
    const v = load<i32>(SHORT_PTR + (<usize>i << 2));
    if (v == code) return true;
    if (v == 0) return false;
    i = (i + 1) & (SHORT_SLOTS - 1);
  }
  return false;
}

/** Whether the ASCII word whose lower-case bytes are at `word` (`len` of them) is a long stop word. */
function longStop(word: usize, len: i32, code: i32): bool {
  for (let k = 0; k < longCount; k++) {
    const e = LONG_PTR + <usize>k * LONG_SIZE;
    if (load<i32>(e) != code || load<i32>(e + 4) != len) continue;
    let same = true;
    for (let q = 0; q < len; q++) {
      if (<i32>load<u8>(word + <usize>q) != <i32>load<u16>(e + 8 + (<usize>q << 1))) {
        same = false;
        break;
      }
    }
    if (same) return true;
  }
  return false;
}

/** isNumberWordAt of wording.ts: the ASCII word whose lower-case bytes are at `word`, token hash t. */
function isNumberWord(word: usize, len: i32, t: u32): bool {
  if (len < 3 || len > 11 || !bitSet(NUMBER_BITS_PTR, t)) return false;
  for (let k = 0; k < numberCount; k++) {
    const e = NUMBER_PTR + <usize>k * NUMBER_SIZE;
    if (load<u32>(e) != t) continue;
    if (load<i32>(e + 4) != len) return false;
    for (let q = 0; q < len; q++) {
      if (<i32>load<u8>(word + <usize>q) != <i32>load<u16>(e + 8 + (<usize>q << 1))) return false;
    }
    return true;
  }
  return false;
}

/** nameKeyAt of wording.ts, from the word's first two characters as written (a capital first). */
function nameKey(first: i32, second: i32, len: i32): u32 {
  const c0 = first + 32;
  let c1: i32 = -1;
  if (len > 1) {
    c1 = second;
    if (c1 >= 65 && c1 <= 90) c1 += 32;
  }
  let h = (FNV_OFFSET ^ <u32>c0) * FNV_PRIME;
  if (c1 >= 0) h = (h ^ <u32>c1) * FNV_PRIME;
  const size = len >> 2;
  if (size < 10) h = (h ^ <u32>(48 + size)) * FNV_PRIME;
  else {
    let div = 1;
    while (div * 10 <= size) div *= 10;
    for (; div > 0; div = div / 10) h = (h ^ <u32>(48 + ((size / div) % 10))) * FNV_PRIME;
  }
  return fmix32(h);
}

const P1: u64 = 11400714785074694791;
const P2: u64 = 14029467366897019727;
const P3: u64 = 1609587929392839161;
const P4: u64 = 9650029242287828579;
const P5: u64 = 2870177450012600261;

@inline function round64(acc: u64, v: u64): u64 {
  acc += v * P2;
  acc = rotl<u64>(acc, 31);
  return acc * P1;
}

@inline function merge64(acc: u64, v: u64): u64 {
  acc ^= round64(0, v);
  return acc * P1 + P4;
}

/** XXH64 with seed 0 of len bytes at p (what xxhash-wasm's h64Raw gives). */
function xxh64(p: usize, len: i32): u64 {
  const end = p + <usize>len;
  let h: u64;
  if (len >= 32) {
    let v1: u64 = P1 + P2;
    let v2: u64 = P2;
    let v3: u64 = 0;
    let v4: u64 = 0 - P1;
    const limit = end - 32;
    do {
      v1 = round64(v1, load<u64>(p));
      v2 = round64(v2, load<u64>(p + 8));
      v3 = round64(v3, load<u64>(p + 16));
      v4 = round64(v4, load<u64>(p + 24));
      p += 32;
    } while (p <= limit);
    h = rotl<u64>(v1, 1) + rotl<u64>(v2, 7) + rotl<u64>(v3, 12) + rotl<u64>(v4, 18);
    h = merge64(h, v1);
    h = merge64(h, v2);
    h = merge64(h, v3);
    h = merge64(h, v4);
  } else h = P5;
  h += <u64>len;
  while (p + 8 <= end) {
    h ^= round64(0, load<u64>(p));
    h = rotl<u64>(h, 27) * P1 + P4;
    p += 8;
  }
  if (p + 4 <= end) {
    h ^= <u64>load<u32>(p) * P1;
    h = rotl<u64>(h, 23) * P2 + P3;
    p += 4;
  }
  while (p < end) {
    h ^= <u64>load<u8>(p) * P5;
    h = rotl<u64>(h, 11) * P1;
    p++;
  }
  h ^= h >> 33;
  h *= P2;
  h ^= h >> 29;
  h *= P3;
  h ^= h >> 32;
  return h;
}

/**
 * Hashes the unit whose UTF-8 bytes are at `input` (`n` bytes), in one pass over them. `tokens`,
 * `bytes` and `stems` are output buffers with room for the unit (n + 1 tokens, 3n + 8 bytes, n
 * stems). `stop`: work out the content stems, with `nonAscii` when some stop word is not ASCII.
 * Returns the token count, -1 (the JavaScript pass decides) or -3 (fill the table first).
 * Positions and lengths count UTF-16 code units, as the JavaScript pass does: every character
 * read here is one (a character past U+FFFF is off the table).
 */
export function hash(input: usize, n: i32, tokens: usize, bytes: usize, stems: usize, stop: bool, nonAscii: bool): i32 {
  let ns: i32 = stop ? 0 : -1;
  let code: i32 = 0;
  let ascii = true;
  let headAscii = true;
  let nb: i32 = 0;
  let count: i32 = 0;
  let h: u32 = FNV_OFFSET;
  let inToken = false;
  let run: i32 = 0;
  let wordy = true;
  let sk: u32 = FNV_OFFSET;
  let wd: u32 = FNV_OFFSET;
  // The current word: its first two characters as written, whether all are digits, its length,
  // and where its normalized (lower-case) bytes start.
  let first: i32 = 0;
  let second: i32 = -1;
  let digitsOnly = true;
  let len: i32 = 0;
  let wordBytes: i32 = 0;
  for (let p: i32 = 0; p <= n; ) {
    // One character (one step past the end reads a space, which ends the last word).
    let raw: i32 = 32;
    if (p < n) {
      const b0 = <i32>load<u8>(input + <usize>p);
      if (b0 < 0x80) {
        raw = b0;
        p++;
      } else if (b0 < 0xe0) {
        raw = ((b0 & 0x1f) << 6) | (<i32>load<u8>(input + <usize>p + 1) & 0x3f);
        p += 2;
      } else if (b0 < 0xf0) {
        raw = ((b0 & 0x0f) << 12) | ((<i32>load<u8>(input + <usize>p + 1) & 0x3f) << 6) | (<i32>load<u8>(input + <usize>p + 2) & 0x3f);
        p += 3;
      } else return -1;
    } else p++;
    if (raw >= 0x80) {
      if (raw >= TABLE_END) return -1;
      if (!tableLoaded) return -3;
    }
    const k = load<i32>(CLASS_PTR + (<usize>raw << 2));
    if (k < 0) return -1;
    if (raw >= 0x80 && (k & 0x40000) != 0) wordy = false;
    const c = k & 0xffff;
    if ((k & 0x10000) == 0) {
      if (c == 38) return -1;
      if (inToken) {
        const t = fmix32(h);
        store<u32>(tokens + (<usize>count << 2), t);
        count++;
        if (wordy) {
          const digits = first <= 57 && digitsOnly;
          const numberWord = !digits && isNumberWord(bytes + <usize>wordBytes, len, t);
          const name = first >= 65 && first <= 90;
          sk = mixWord(sk, digits || numberWord ? maskedNumber : name ? maskedName : t);
          wd = mixWord(wd, name && !numberWord ? nameKey(first, second, len) : t);
        }
        inToken = false;
        h = FNV_OFFSET;
        if (ns >= 0) {
          // wordStem of stems.ts, then pushStem.
          if (len >= 3) {
            if (ascii) {
              if (len <= 5) {
                if (!shortHas(code)) {
                  store<i32>(stems + (<usize>ns << 2), code);
                  ns++;
                }
              } else if (!(bitSet(LONG_BITS_PTR, <u32>code) && longStop(bytes + <usize>wordBytes, len, code))) {
                store<i32>(stems + (<usize>ns << 2), code);
                ns++;
              }
            } else {
              // A word with a letter past ASCII: its stem is a number when its first five are ASCII.
              if (nonAscii) return -1;
              if (headAscii) {
                store<i32>(stems + (<usize>ns << 2), code);
                ns++;
              } else ns = -1;
            }
          }
        }
      }
      run++;
      continue;
    }
    if (run > 0) {
      if (nb > 0) {
        store<u8>(bytes + <usize>nb, 32);
        nb++;
      }
      run = 0;
    }
    if (!inToken) {
      code = 0;
      ascii = true;
      headAscii = true;
      first = raw;
      second = -1;
      digitsOnly = true;
      len = 0;
      wordBytes = nb;
    }
    if (len == 1) second = raw;
    if (raw > 57) digitsOnly = false;
    if (ns >= 0) {
      if (c >= 0x80) {
        ascii = false;
        if (len < 5) headAscii = false;
      } else if (len < 5) code = code * 64 + sixBits(c);
    }
    len++;
    h = (h ^ <u32>c) * FNV_PRIME;
    inToken = true;
    if (c < 0x80) {
      store<u8>(bytes + <usize>nb, <u8>c);
      nb++;
    } else if (c < 0x800) {
      store<u8>(bytes + <usize>nb, <u8>(0xc0 | (c >> 6)));
      store<u8>(bytes + <usize>nb + 1, <u8>(0x80 | (c & 0x3f)));
      nb += 2;
    } else {
      store<u8>(bytes + <usize>nb, <u8>(0xe0 | (c >> 12)));
      store<u8>(bytes + <usize>nb + 1, <u8>(0x80 | ((c >> 6) & 0x3f)));
      store<u8>(bytes + <usize>nb + 2, <u8>(0x80 | (c & 0x3f)));
      nb += 3;
    }
  }
  outStems = ns;
  if (wordy) {
    outSkeleton = finishWording(sk);
    outWords = finishWording(wd);
  } else {
    outSkeleton = 0;
    outWords = 0;
  }
  const fp = xxh64(bytes, nb);
  outHi = <u32>(fp >> 32);
  outLo = <u32>fp;
  store<i32>(OUT_PTR, outStems);
  store<u32>(OUT_PTR + 4, outSkeleton);
  store<u32>(OUT_PTR + 8, outWords);
  store<u32>(OUT_PTR + 12, outHi);
  store<u32>(OUT_PTR + 16, outLo);
  return count;
}

const SHINGLE_BASE: u32 = 0x9e3779b1;

@inline function argminRight(h: usize, a: i32, b: i32): i32 {
  let p = a;
  for (let j = a + 1; j < b; j++) if (load<u32>(h + (<usize>j << 2)) <= load<u32>(h + (<usize>p << 2))) p = j;
  return p;
}

/**
 * shingleHashes then winnow of shingles.ts over the `count` token hashes at `tokens` (those the
 * last hash() wrote): the hashes of every `n` consecutive tokens at `shingles`, then the minimum
 * of every window of `w` of them (the rightmost on ties), each position once, its position at
 * `outPos` (i32) and its hash at `outHash` (u32). Returns how many were picked.
 */
export function sample(tokens: usize, count: i32, n: i32, w: i32, shingles: usize, outPos: usize, outHash: usize): i32 {
  if (count < n) return 0;
  let pow: u32 = 1;
  for (let k = 1; k < n; k++) pow *= SHINGLE_BASE;
  let h: u32 = 0;
  for (let k = 0; k < n; k++) h = h * SHINGLE_BASE + load<u32>(tokens + (<usize>k << 2));
  store<u32>(shingles, fmix32(h));
  const m = count - n + 1;
  for (let j = 1; j < m; j++) {
    h = (h - load<u32>(tokens + (<usize>(j - 1) << 2)) * pow) * SHINGLE_BASE + load<u32>(tokens + (<usize>(j + n - 1) << 2));
    store<u32>(shingles + (<usize>j << 2), fmix32(h));
  }
  if (w <= 1) {
    for (let j = 0; j < m; j++) {
      store<i32>(outPos + (<usize>j << 2), j);
      store<u32>(outHash + (<usize>j << 2), load<u32>(shingles + (<usize>j << 2)));
    }
    return m;
  }
  if (m <= w) {
    const p = argminRight(shingles, 0, m);
    store<i32>(outPos, p);
    store<u32>(outHash, load<u32>(shingles + (<usize>p << 2)));
    return 1;
  }
  let k = 0;
  let last = -1;
  for (let start = 0; start + w <= m; start++) {
    let p: i32;
    if (last >= start) {
      const newest = start + w - 1;
      p = load<u32>(shingles + (<usize>newest << 2)) <= load<u32>(shingles + (<usize>last << 2)) ? newest : last;
    } else p = argminRight(shingles, start, start + w);
    if (p != last) {
      store<i32>(outPos + (<usize>k << 2), p);
      store<u32>(outHash + (<usize>k << 2), load<u32>(shingles + (<usize>p << 2)));
      k++;
      last = p;
    }
  }
  return k;
}
