// The persistent index of a check of a change: each committed text's share of the dedup index and
// its line templates (core/committed-text.ts), under a key of its content (the git blob id) and the
// options that shaped it, in one file under .git/winnow/. The file carries a stamp (its format,
// the normalization version, winnow's version); one with another stamp is not read, so entries are
// made again when they change. Written whole to a temporary file, synced and renamed over the old
// one: two runs at once each leave a whole index (the last one's), and a crash leaves the old one.
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import path from "node:path";
import type { CommittedText } from "../core/committed-text.js";
import type { U32Map, U64Map } from "../core/hash-table.js";
import { tempNameBeside } from "./temp-name.js";

const MAGIC = "winnow-index\n";

export class ReferenceStore {
  private readonly added = new Map<string, Uint32Array>();
  private readonly used = new Set<string>();

  private constructor(
    readonly file: string,
    private readonly stamp: string,
    private readonly entries: Map<string, Uint32Array>,
  ) {}

  /** The index in `dir` made under `stamp`; an empty one when there is none, it has another stamp or cannot be read. */
  static open(dir: string, stamp: string): ReferenceStore {
    const file = path.join(dir, "index.bin");
    return new ReferenceStore(file, stamp, readEntries(file, stamp));
  }

  /** Entries read from the file. */
  get size(): number {
    return this.entries.size;
  }

  /** Entries made in this run. */
  get made(): number {
    return this.added.size;
  }

  get(key: string): CommittedText | undefined {
    const words = this.raw(key);
    return words ? decode(words) : undefined;
  }

  /** The entry as stored, for the scans below (no typed array made per part). */
  raw(key: string): Uint32Array | undefined {
    this.used.add(key);
    return this.entries.get(key) ?? this.added.get(key);
  }

  /** Keeps an entry at the next save without reading it (a checked file's committed version). */
  keep(key: string): void {
    this.used.add(key);
  }

  set(key: string, t: CommittedText): void {
    this.used.add(key);
    this.added.set(key, encode(t));
  }

  /**
   * Writes the entries asked for in this run (others belong to texts no longer in the tree) when
   * any is new or any was left out. A failure (a read-only repository) only costs the next run time.
   */
  save(): void {
    const keys = [...this.used].filter((k) => this.added.has(k) || this.entries.has(k)).sort();
    if (this.added.size === 0 && keys.length === this.entries.size) return;
    const parts: Uint32Array[] = [];
    const table: [string, number, number][] = [];
    let offset = 0;
    for (const k of keys) {
      const words = this.added.get(k) ?? this.entries.get(k);
      if (!words) continue;
      table.push([k, offset, words.length]);
      parts.push(words);
      offset += words.length;
    }
    let header = Buffer.from(MAGIC + JSON.stringify({ stamp: this.stamp, entries: table }) + "\n");
    // The body starts on a 4-byte boundary, so that it is read as a Uint32Array without a copy.
    header = Buffer.concat([header, Buffer.alloc((4 - ((header.length + 4) % 4)) % 4, 0x20)]);
    const length = Buffer.alloc(4);
    length.writeUInt32LE(header.length);
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const tmp = tempNameBeside(this.file);
      const fd = openSync(tmp, "wx", 0o644);
      try {
        writeSync(fd, length);
        writeSync(fd, header);
        for (const p of parts) writeSync(fd, new Uint8Array(p.buffer, p.byteOffset, p.byteLength));
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      try {
        renameSync(tmp, this.file);
      } catch (e) {
        rmSync(tmp, { force: true });
        throw e;
      }
    } catch {
      // The index only saves time.
    }
  }
}

/** Keys looked for in the stored entries, with a bit per low 16 bits of a key to pass most words over fast. */
export class WantedKeys {
  readonly exactBits = new Uint8Array(1 << 16);
  readonly shingleBits = new Uint8Array(1 << 16);

  constructor(
    readonly exact: U64Map,
    readonly shingles: U32Map,
  ) {}

  addExact(hi: number, lo: number): void {
    if (this.exact.setIfAbsent(hi, lo, 0)) this.exactBits[lo & 0xffff] = 1;
  }

  addShingle(h: number): void {
    if (this.shingles.setIfAbsent(h, 0)) this.shingleBits[h & 0xffff] = 1;
  }

  get size(): number {
    return this.exact.size + this.shingles.size;
  }
}

/**
 * Takes out of `keys` the keys a stored entry holds (an exact key of one of its records, or a
 * shingle): true when it held any. Called over the entries in path order, each key goes to its
 * first holder, as in an index they were all added to.
 */
export function claimKeys(w: Uint32Array, keys: WantedKeys): boolean {
  const nU = w[0] ?? 0;
  const nR = w[1] ?? 0;
  const nS = w[2] ?? 0;
  let held = false;
  const hi = 5 + 5 * nU + nR;
  const eb = keys.exactBits;
  for (let r = 0; r < nR; r++) {
    const l = w[hi + nR + r] ?? 0;
    if (eb[l & 0xffff] === 0) continue;
    const h = w[hi + r] ?? 0;
    if ((h !== 0 || l !== 0) && keys.exact.delete(h, l)) held = true;
  }
  const sb = keys.shingleBits;
  const sh = 5 + 5 * nU + 5 * nR;
  for (let i = sh; i < sh + nS; i++) {
    const x = w[i] ?? 0;
    if (sb[x & 0xffff] !== 0 && keys.shingles.delete(x)) held = true;
  }
  return held;
}

/** A stored entry's template hashes, [hi, lo] pairs (a view, no copy). */
export function templatesOf(w: Uint32Array): Uint32Array {
  const nU = w[0] ?? 0;
  const nR = w[1] ?? 0;
  const nS = w[2] ?? 0;
  const at = 5 + 5 * nU + 5 * nR + nS;
  return w.subarray(at, at + (w[3] ?? 0));
}

/** Units in a stored entry. */
export function unitsOf(w: Uint32Array): number {
  return w[0] ?? 0;
}

export function decodeEntry(w: Uint32Array): CommittedText {
  return decode(w);
}

function readEntries(file: string, stamp: string): Map<string, Uint32Array> {
  const entries = new Map<string, Uint32Array>();
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch {
    return entries;
  }
  try {
    const headerLength = data.readUInt32LE(0);
    const header = data.toString("utf8", 4, 4 + headerLength);
    if (!header.startsWith(MAGIC)) return entries;
    const h = JSON.parse(header.slice(MAGIC.length)) as { stamp?: string; entries?: [string, number, number][] };
    if (h.stamp !== stamp || !Array.isArray(h.entries)) return entries;
    const start = 4 + headerLength;
    // readFileSync's buffer may not start on a 4-byte boundary of its ArrayBuffer: copy when not.
    const aligned = (data.byteOffset + start) % 4 === 0 ? data : Buffer.from(data);
    const body = new Uint32Array(aligned.buffer, aligned.byteOffset + start, Math.floor((data.length - start) / 4));
    for (const [k, off, len] of h.entries) {
      if (off + len > body.length) return new Map(); // a short file: start afresh
      entries.set(k, body.subarray(off, off + len));
    }
  } catch {
    return new Map();
  }
  return entries;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const NO_TEXT = 0xffffffff;

/**
 * [units, records, shingles, templates, text bytes, fpHi, fpLo, first, last, raw, recUnit, recHi,
 * recLo, shingle counts, text lengths (NO_TEXT: none), shingles, templates, texts as UTF-8].
 */
function encode(t: CommittedText): Uint32Array {
  const x = t.indexed;
  const nU = x.fpHi.length;
  const nR = x.recUnit.length;
  let nS = 0;
  for (const s of x.recShingles) nS += s.length;
  const texts = x.recText.map((s) => (s === undefined ? null : encoder.encode(s)));
  const nB = texts.reduce((n, b) => n + (b?.length ?? 0), 0);
  const out = new Uint32Array(5 + 5 * nU + 5 * nR + nS + t.templates.length + Math.ceil(nB / 4));
  out.set([nU, nR, nS, t.templates.length, nB]);
  let at = 5;
  const put = (a: ArrayLike<number>): void => {
    out.set(a, at);
    at += a.length;
  };
  put(x.fpHi);
  put(x.fpLo);
  put(new Uint32Array(x.first.buffer, x.first.byteOffset, nU));
  put(new Uint32Array(x.last.buffer, x.last.byteOffset, nU));
  put(x.raw);
  put(new Uint32Array(x.recUnit.buffer, x.recUnit.byteOffset, nR));
  put(x.recHi);
  put(x.recLo);
  put(x.recShingles.map((s) => s.length));
  put(texts.map((b) => (b === null ? NO_TEXT : b.length)));
  for (const s of x.recShingles) put(s);
  put(t.templates);
  const bytes = new Uint8Array(out.buffer, out.byteOffset + 4 * at, nB);
  let b = 0;
  for (const tb of texts) if (tb) {
    bytes.set(tb, b);
    b += tb.length;
  }
  return out;
}

function decode(w: Uint32Array): CommittedText {
  const [nU = 0, nR = 0, nS = 0, nT = 0, nB = 0] = w;
  let at = w.byteOffset + 20;
  const u32 = (n: number): Uint32Array => {
    const a = new Uint32Array(w.buffer, at, n);
    at += 4 * n;
    return a;
  };
  const i32 = (n: number): Int32Array => {
    const a = new Int32Array(w.buffer, at, n);
    at += 4 * n;
    return a;
  };
  const fpHi = u32(nU);
  const fpLo = u32(nU);
  const first = i32(nU);
  const last = i32(nU);
  const raw = u32(nU);
  const recUnit = i32(nR);
  const recHi = u32(nR);
  const recLo = u32(nR);
  const counts = u32(nR);
  const lengths = u32(nR);
  const all = u32(nS);
  const recShingles: Uint32Array[] = [];
  for (let r = 0, s = 0; r < nR; r++) {
    const c = counts[r] ?? 0;
    recShingles.push(all.subarray(s, s + c));
    s += c;
  }
  const templates = u32(nT);
  const bytes = new Uint8Array(w.buffer, at, nB);
  const recText: (string | undefined)[] = [];
  for (let r = 0, b = 0; r < nR; r++) {
    const len = lengths[r] ?? NO_TEXT;
    if (len === NO_TEXT) {
      recText.push(undefined);
      continue;
    }
    recText.push(decoder.decode(bytes.subarray(b, b + len)));
    b += len;
  }
  return { indexed: { fpHi, fpLo, first, last, raw, recText, recUnit, recHi, recLo, recShingles }, templates };
}
