// The persistent index of a check of a change: each committed text's share of the dedup index and
// its line templates (core/committed-text.ts), under a key of its content (the git blob id) and the
// options that shaped it, in files under .git/winnow/. Each file carries a stamp (its format, the
// normalization version, winnow's version); one with another stamp is not read, so entries are made
// again when they change. Written whole to a temporary file, synced and renamed over the old one:
// two runs at once each leave a whole file (the last one's), and a crash leaves the old one.
//
// Laid out for lookup without decoding: after the header (the stamp and the entries' keys) come
// three sorted tables of (key, entry) postings: the records' exact keys, the shingles and the line
// templates of every entry, sorted by key (radix sort, entries in order within a key). A check
// reads the header and the tables (typed arrays over one read, no object per entry), finds the
// holders of its few keys by binary search, and reads the bodies of only the entries it imports:
// a later check of one file in a tree of 5,000 reads 6 MB of tables and a few KB of bodies, not
// the 20 MB file.
//
// Two files, so that a commit does not cost a rewrite of the whole index: index.bin, and delta.bin
// with the entries made since index.bin was written (the texts of the last commits). A save that
// adds a few entries rewrites only delta.bin; once delta.bin holds more than a sixteenth of
// index.bin's entries (at least 256), both are merged into a new index.bin, and the entries this
// run did not ask for (texts no longer in the tree) are dropped then. An entry is keyed by its
// content, so one in both files, or one no text names any more, is never wrong, only unused.
import { closeSync, fstatSync, fsyncSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from "node:fs";
import { readInto } from "./read-into.js";
import path from "node:path";
import type { CommittedText } from "../core/committed-text.js";
import { tempNameBeside } from "./temp-name.js";

const MAGIC = "winnow-index 3\n";

/** Postings of every entry, sorted by key; `*Ent` is the entry (its id) holding the key. */
export interface KeyTables {
  exHi: Uint32Array;
  exLo: Uint32Array;
  exEnt: Uint32Array;
  shKey: Uint32Array;
  shEnt: Uint32Array;
  tpHi: Uint32Array;
  tpLo: Uint32Array;
  tpEnt: Uint32Array;
}

/** Where the bodies of the entries are: in the file (read on demand through `fd`), or in memory after a save. */
type Bodies = { kind: "file"; fd: number; start: number; off: Uint32Array; len: Uint32Array } | { kind: "memory"; words: Uint32Array[] };

/** One file's entries: ids from `base` on in the store. */
interface Part {
  keys: string[];
  bodies: Bodies;
  tables: KeyTables;
  base: number;
  used: Uint8Array;
  read: Map<number, Uint32Array>;
}

export class ReferenceStore {
  private readonly added = new Map<string, Uint32Array>();
  private main: Part;
  private delta: Part;
  private ids = new Map<string, number>();

  private constructor(
    readonly file: string,
    private readonly deltaFile: string,
    private readonly stamp: string,
  ) {
    this.main = part(load(file, stamp), 0);
    this.delta = part(load(deltaFile, stamp), this.main.keys.length);
    this.index();
  }

  /** The index in `dir` made under `stamp`; an empty one when there is none, it has another stamp or cannot be read. */
  static open(dir: string, stamp: string): ReferenceStore {
    return new ReferenceStore(path.join(dir, "index.bin"), path.join(dir, "delta.bin"), stamp);
  }

  private index(): void {
    this.ids = new Map();
    for (const p of [this.main, this.delta]) p.keys.forEach((k, i) => {
      if (!this.ids.has(k)) this.ids.set(k, p.base + i);
    });
  }

  /** Entries in the index (read from its files; after a save that wrote, those written). */
  get size(): number {
    return this.main.keys.length + this.delta.keys.length;
  }

  /** Entries made in this run and not saved yet. */
  get made(): number {
    return this.added.size;
  }

  /** True when the entry is there (stored, or set in this run); it is kept at the next save. */
  has(key: string): boolean {
    return this.id(key) >= 0 || this.added.has(key);
  }

  /** Keeps an entry at the next save without reading it (a checked file's committed version). */
  keep(key: string): void {
    this.has(key);
  }

  /** The entry's id in the tables, or -1 (not stored: set in this run and not saved yet, or absent). */
  id(key: string): number {
    const id = this.ids.get(key);
    if (id === undefined) return -1;
    const p = id < this.delta.base ? this.main : this.delta;
    p.used[id - p.base] = 1;
    return id;
  }

  get(key: string): CommittedText | undefined {
    const a = this.added.get(key);
    if (a) return decode(a);
    const id = this.id(key);
    return id < 0 ? undefined : decode(this.body(id));
  }

  /** The stored words of entry `id` (see encode()). */
  body(id: number): Uint32Array {
    const p = id < this.delta.base ? this.main : this.delta;
    return bodyOf(p, id - p.base);
  }

  /** Calls `visit` with each entry that holds the exact key (hi, lo). */
  forExact(hi: number, lo: number, visit: (entry: number) => void): void {
    for (const p of [this.main, this.delta]) forExact(p.tables, hi, lo, (e) => visit(p.base + e));
  }

  /** Calls `visit` with each entry that holds the shingle `key`. */
  forShingle(key: number, visit: (entry: number) => void): void {
    for (const p of [this.main, this.delta]) forShingle(p.tables, key, (e) => visit(p.base + e));
  }

  /** Calls `visit` with each entry that holds the template (hi, lo), once per entry. */
  forTemplate(hi: number, lo: number, visit: (entry: number) => void): void {
    for (const p of [this.main, this.delta]) forTemplate(p.tables, hi, lo, (e) => visit(p.base + e));
  }

  set(key: string, t: CommittedText): void {
    this.added.set(key, encode(t));
  }

  /**
   * Writes the entries made in this run, when there are any: to delta.bin with the entries of the
   * old one this run asked for, or, when that would hold too many, everything asked for (old and
   * new) to a new index.bin, and delta.bin goes. The store then holds what it wrote (ids change).
   * A failure to write (a read-only repository) only costs the next run time.
   */
  save(): void {
    if (this.added.size === 0) return;
    const take = (p: Part, into: Map<string, Uint32Array>): void => {
      p.keys.forEach((k, i) => {
        if (p.used[i] === 1 && !into.has(k) && !this.added.has(k)) into.set(k, bodyOf(p, i));
      });
    };
    const delta = new Map<string, Uint32Array>();
    take(this.delta, delta);
    for (const [k, w] of this.added) delta.set(k, w);
    const n = this.main.keys.length;
    if (n > 0 && delta.size <= Math.max(256, n >> 4)) {
      const written = writePart(this.deltaFile, this.stamp, delta, n);
      close(this.delta);
      this.delta = written;
    } else {
      const all = new Map<string, Uint32Array>();
      take(this.main, all);
      for (const [k, w] of delta) all.set(k, w);
      const written = writePart(this.file, this.stamp, all, 0);
      // After the new index.bin: a crash between the two leaves entries in both, which is no error.
      try {
        rmSync(this.deltaFile, { force: true });
      } catch {
        // an unused delta.bin only costs reading it
      }
      this.close();
      this.main = written;
      this.delta = part(EMPTY, written.keys.length);
    }
    this.added.clear();
    this.index();
  }

  /** Lets go of the files (a store read from them keeps them open, so that its bodies are those of the tables read). */
  close(): void {
    close(this.main);
    close(this.delta);
  }
}

function part(l: Loaded, base: number): Part {
  return { keys: l.keys, bodies: l.bodies, tables: l.tables, base, used: new Uint8Array(l.keys.length), read: new Map() };
}

function close(p: Part): void {
  if (p.bodies.kind === "file" && p.bodies.fd >= 0) {
    try {
      closeSync(p.bodies.fd);
    } catch {
      // closed already
    }
    p.bodies = { ...p.bodies, fd: -1 };
  }
}

function bodyOf(p: Part, i: number): Uint32Array {
  const b = p.bodies;
  if (b.kind === "memory") return b.words[i] ?? new Uint32Array(5);
  let w = p.read.get(i);
  if (!w) {
    w = new Uint32Array(b.len[i] ?? 0);
    readFully(b.fd, new Uint8Array(w.buffer), b.start + 4 * (b.off[i] ?? 0));
    p.read.set(i, w);
  }
  return w;
}

/** Writes `entries` (sorted by key) with their tables to `file`; the part as written, in memory, ids from `base`. */
function writePart(file: string, stamp: string, entries: Map<string, Uint32Array>, base: number): Part {
  const keys = [...entries.keys()].sort();
  const words = keys.map((k) => entries.get(k) ?? new Uint32Array(5));
  const tables = buildTables(words);
  try {
    write(file, stamp, keys, words, tables);
  } catch {
    // The index only saves time.
  }
  return part({ keys, bodies: { kind: "memory", words }, tables }, base);
}

/** Calls `visit` with the entry of each posting of the exact key (hi, lo). */
export function forExact(t: KeyTables, hi: number, lo: number, visit: (entry: number) => void): void {
  forPair(t.exHi, t.exLo, t.exEnt, hi, lo, visit);
}

/** Calls `visit` with the entry of each posting of the shingle `key`. */
export function forShingle(t: KeyTables, key: number, visit: (entry: number) => void): void {
  const n = t.shKey.length;
  let a = 0;
  let b = n;
  while (a < b) {
    const m = (a + b) >>> 1;
    if ((t.shKey[m] ?? 0) < key) a = m + 1;
    else b = m;
  }
  for (let i = a; i < n && t.shKey[i] === key; i++) visit(t.shEnt[i] ?? 0);
}

/** Calls `visit` with the entry of each posting of the template (hi, lo). */
export function forTemplate(t: KeyTables, hi: number, lo: number, visit: (entry: number) => void): void {
  forPair(t.tpHi, t.tpLo, t.tpEnt, hi, lo, visit);
}

/** The postings of the 64-bit key (hi, lo) in a table sorted by (hi, lo): binary search, then the run. */
function forPair(his: ArrayLike<number>, los: ArrayLike<number>, ents: ArrayLike<number>, hi: number, lo: number, visit: (entry: number) => void): void {
  const n = his.length;
  let a = 0;
  let b = n;
  while (a < b) {
    const m = (a + b) >>> 1;
    const h = his[m] ?? 0;
    if (h < hi || (h === hi && (los[m] ?? 0) < lo)) a = m + 1;
    else b = m;
  }
  for (let i = a; i < n && his[i] === hi && los[i] === lo; i++) visit(ents[i] ?? 0);
}

/** Units in a stored entry. */
export function unitsOf(w: Uint32Array): number {
  return w[0] ?? 0;
}

export function decodeEntry(w: Uint32Array): CommittedText {
  return decode(w);
}

interface Loaded {
  keys: string[];
  bodies: Bodies;
  tables: KeyTables;
}

const EMPTY_TABLES: KeyTables = {
  exHi: new Uint32Array(0),
  exLo: new Uint32Array(0),
  exEnt: new Uint32Array(0),
  shKey: new Uint32Array(0),
  shEnt: new Uint32Array(0),
  tpHi: new Uint32Array(0),
  tpLo: new Uint32Array(0),
  tpEnt: new Uint32Array(0),
};

const EMPTY: Loaded = { keys: [], bodies: { kind: "memory", words: [] }, tables: EMPTY_TABLES };

interface Header {
  stamp?: unknown;
  keys?: unknown;
  /** Postings in each table, and words of all bodies. */
  ex?: unknown;
  sh?: unknown;
  tp?: unknown;
  body?: unknown;
}

const count = (x: unknown): number => (typeof x === "number" && Number.isInteger(x) && x >= 0 ? x : -1);

/** The header and the tables of the file (the bodies stay in it); empty when there is none, it has another stamp, or is damaged. */
function load(file: string, stamp: string): Loaded {
  const empty = EMPTY;
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch {
    return empty;
  }
  try {
    const size = fstatSync(fd).size;
    const lead = new Uint8Array(4);
    if (size < 4 || readSync(fd, lead, 0, 4, 0) !== 4) throw new Error("short");
    const headerLength = Buffer.from(lead).readUInt32LE(0);
    if (headerLength > size - 4) throw new Error("short");
    const head = new Uint8Array(headerLength);
    readFully(fd, head, 4);
    const text = Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString("utf8");
    if (!text.startsWith(MAGIC)) throw new Error("not an index");
    const h = JSON.parse(text.slice(MAGIC.length)) as Header;
    if (h.stamp !== stamp || !Array.isArray(h.keys) || !h.keys.every((k) => typeof k === "string")) throw new Error("another index");
    const keys = h.keys as string[];
    const [ex, sh, tp, body] = [count(h.ex), count(h.sh), count(h.tp), count(h.body)];
    if (ex < 0 || sh < 0 || tp < 0 || body < 0) throw new Error("bad header");
    const n = keys.length;
    const tableWords = 2 * n + 3 * ex + 2 * sh + 3 * tp;
    const start = 4 + headerLength;
    if (size !== start + 4 * (tableWords + body)) throw new Error("short");
    const all = new Uint32Array(tableWords);
    readFully(fd, new Uint8Array(all.buffer), start);
    let at = 0;
    const take = (k: number): Uint32Array => all.subarray(at, (at += k));
    const off = take(n);
    const len = take(n);
    const tables: KeyTables = { exHi: take(ex), exLo: take(ex), exEnt: take(ex), shKey: take(sh), shEnt: take(sh), tpHi: take(tp), tpLo: take(tp), tpEnt: take(tp) };
    for (let i = 0; i < n; i++) if ((off[i] ?? 0) + (len[i] ?? 0) > body) throw new Error("bad entry");
    return { keys, bodies: { kind: "file", fd, start: start + 4 * tableWords, off, len }, tables };
  } catch {
    closeSync(fd);
    return empty;
  }
}

function readFully(fd: number, into: Uint8Array, position: number): void {
  if (readInto(fd, into, into.length, position) < into.length) throw new Error("short read");
}

function write(file: string, stamp: string, keys: readonly string[], words: readonly Uint32Array[], t: KeyTables): void {
  const off = new Uint32Array(words.length);
  const len = new Uint32Array(words.length);
  let body = 0;
  words.forEach((w, i) => {
    off[i] = body;
    len[i] = w.length;
    body += w.length;
  });
  let header = Buffer.from(MAGIC + JSON.stringify({ stamp, ex: t.exHi.length, sh: t.shKey.length, tp: t.tpHi.length, body, keys }) + "\n");
  // The tables start on a 4-byte boundary of the file.
  header = Buffer.concat([header, Buffer.alloc((4 - (header.length % 4)) % 4, 0x20)]);
  const lead = Buffer.alloc(4);
  lead.writeUInt32LE(header.length);
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = tempNameBeside(file);
  const fd = openSync(tmp, "wx", 0o644);
  try {
    const put = (a: Uint8Array | Uint32Array): void => {
      const bytes = a instanceof Uint32Array ? new Uint8Array(a.buffer, a.byteOffset, a.byteLength) : a;
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
    };
    put(lead);
    put(header);
    for (const a of [off, len, t.exHi, t.exLo, t.exEnt, t.shKey, t.shEnt, t.tpHi, t.tpLo, t.tpEnt]) put(a);
    // Bodies gathered a few MB at a time: one write each would be thousands of calls.
    let chunk: Uint32Array[] = [];
    let chunkWords = 0;
    const flush = (): void => {
      const joined = new Uint32Array(chunkWords);
      let at = 0;
      for (const c of chunk) {
        joined.set(c, at);
        at += c.length;
      }
      put(joined);
      chunk = [];
      chunkWords = 0;
    };
    for (const w of words) {
      chunk.push(w);
      chunkWords += w.length;
      if (chunkWords >= 1 << 20) flush();
    }
    flush();
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw e;
  }
  closeSync(fd);
  try {
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** The postings of every entry, sorted by key and then by entry (an LSD radix sort is stable, and entries are added in order). */
function buildTables(words: readonly Uint32Array[]): KeyTables {
  let ex = 0;
  let sh = 0;
  let tp = 0;
  for (const w of words) {
    const [nU = 0, nR = 0, nS = 0, nT = 0] = w;
    const base = 5 + 5 * nU + nR;
    for (let r = 0; r < nR; r++) if ((w[base + r] ?? 0) !== 0 || (w[base + nR + r] ?? 0) !== 0) ex++;
    sh += nS;
    tp += nT >>> 1;
  }
  const exHi = new Uint32Array(ex);
  const exLo = new Uint32Array(ex);
  const exEnt = new Uint32Array(ex);
  const shKey = new Uint32Array(sh);
  const shEnt = new Uint32Array(sh);
  const tpHi = new Uint32Array(tp);
  const tpLo = new Uint32Array(tp);
  const tpEnt = new Uint32Array(tp);
  let e = 0;
  let s = 0;
  let p = 0;
  words.forEach((w, id) => {
    const [nU = 0, nR = 0, nS = 0, nT = 0] = w;
    const base = 5 + 5 * nU + nR;
    for (let r = 0; r < nR; r++) {
      const hi = w[base + r] ?? 0;
      const lo = w[base + nR + r] ?? 0;
      if (hi === 0 && lo === 0) continue;
      exHi[e] = hi;
      exLo[e] = lo;
      exEnt[e++] = id;
    }
    const sAt = 5 + 5 * nU + 5 * nR;
    for (let i = 0; i < nS; i++) {
      shKey[s] = w[sAt + i] ?? 0;
      shEnt[s++] = id;
    }
    const tAt = sAt + nS;
    for (let i = 0; i + 1 < nT; i += 2) {
      tpHi[p] = w[tAt + i] ?? 0;
      tpLo[p] = w[tAt + i + 1] ?? 0;
      tpEnt[p++] = id;
    }
  });
  // A key held twice by one entry is one posting (templates are distinct per text already).
  const [eHi, eLo, eEnt] = sorted(ex, [exLo, exHi], [exHi, exLo, exEnt], true);
  const [sKey, sEnt] = sorted(sh, [shKey], [shKey, shEnt], true);
  const [pHi, pLo, pEnt] = sorted(tp, [tpLo, tpHi], [tpHi, tpLo, tpEnt], false);
  return { exHi: eHi!, exLo: eLo!, exEnt: eEnt!, shKey: sKey!, shEnt: sEnt!, tpHi: pHi!, tpLo: pLo!, tpEnt: pEnt! };
}

/**
 * `columns` reordered by `keys` (least significant first), stable; with `unique`, a row equal to
 * the one before it in every column is dropped.
 */
function sorted(n: number, keys: readonly Uint32Array[], columns: readonly Uint32Array[], unique: boolean): Uint32Array[] {
  let perm = new Uint32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  let tmp = new Uint32Array(n);
  // A few postings (delta.bin's): a comparison sort, not passes over 65,536 buckets each.
  const small = n < 4096;
  if (small) {
    const byKey = (a: number, b: number): number => {
      for (let j = keys.length - 1; j >= 0; j--) {
        const x = keys[j]?.[a] ?? 0;
        const y = keys[j]?.[b] ?? 0;
        if (x !== y) return x < y ? -1 : 1;
      }
      return a - b;
    };
    perm = Uint32Array.from([...perm].sort(byKey));
  }
  const bucket = new Uint32Array(small ? 0 : 1 << 16);
  for (const k of small ? [] : keys) {
    for (const shift of [0, 16]) {
      bucket.fill(0);
      for (let i = 0; i < n; i++) {
        const b = ((k[perm[i] ?? 0] ?? 0) >>> shift) & 0xffff;
        bucket[b] = (bucket[b] ?? 0) + 1;
      }
      let sum = 0;
      for (let b = 0; b < bucket.length; b++) {
        const c = bucket[b] ?? 0;
        bucket[b] = sum;
        sum += c;
      }
      for (let i = 0; i < n; i++) {
        const q = perm[i] ?? 0;
        const b = ((k[q] ?? 0) >>> shift) & 0xffff;
        tmp[bucket[b] ?? 0] = q;
        bucket[b] = (bucket[b] ?? 0) + 1;
      }
      [perm, tmp] = [tmp, perm];
    }
  }
  const out = columns.map(() => new Uint32Array(n));
  let m = 0;
  for (let i = 0; i < n; i++) {
    const q = perm[i] ?? 0;
    if (unique && m > 0 && columns.every((c, j) => (out[j]?.[m - 1] ?? 0) === (c[q] ?? 0))) continue;
    columns.forEach((c, j) => {
      const o = out[j];
      if (o) o[m] = c[q] ?? 0;
    });
    m++;
  }
  return out.map((o) => (m === n ? o : o.slice(0, m)));
}

const encoder = new TextEncoder();
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
  // Buffer's UTF-8 decoding: TextDecoder costs more for a few hundred short texts.
  const bytes = Buffer.from(w.buffer, at, nB);
  const recText: (string | undefined)[] = [];
  for (let r = 0, b = 0; r < nR; r++) {
    const len = lengths[r] ?? NO_TEXT;
    if (len === NO_TEXT) {
      recText.push(undefined);
      continue;
    }
    recText.push(bytes.toString("utf8", b, b + len));
    b += len;
  }
  return { indexed: { fpHi, fpLo, first, last, raw, recText, recUnit, recHi, recLo, recShingles }, templates };
}
