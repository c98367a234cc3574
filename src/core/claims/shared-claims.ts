// The order-free engine's claims and records for one process, where the threads that clean the
// files keep them themselves (docs/engine.md): each thread writes its own partial table into shared
// memory in phase one, with no lock and no message to another thread; after the barrier every thread
// reads all of them. A key's first copy is the minimum over the partial tables (claims commute), so
// which thread claimed what changes nothing. Records are one blob a file (its name, unit table and
// the texts and places of its claiming units), found by the file's place in the run.

import { roomyBuffer } from "../roomy.js";

/**
 * Claims of one kind of key under one salt: open addressing with linear probing, each slot the key's
 * words then id + 1 (0: free), where an id names a claiming unit (ClaimIds). The table is 256
 * parts, one by the low byte of the key's mixed hash, each grown on its own: a part holds at most
 * 4/5 of its slots and grows by a quarter, so the tables stay 64-80 % full and a part's growth
 * leaves at most 1/256 of the table to the collector. (One table of file + 1, unit and the key,
 * doubled at 3/4, was 12 bytes a slot and 38-75 % full: 192 MB for the 10.3 M shingles of the
 * 213 MB bench tree, with the 96 MB it had outgrown still waiting for collection at the barrier.)
 */
class PartTable {
  readonly parts: Int32Array[] = [];
  readonly sizes = new Int32Array(PARTS);

  constructor(
    private readonly stride: number,
    capacity: number,
  ) {
    for (let p = 0; p < PARTS; p++) this.parts.push(slotsOf(stride, capacity));
  }

  /** The part of mixed hash `m`, grown first when it is full. */
  part(m: number): Int32Array {
    const p = m & (PARTS - 1);
    const slots = this.parts[p] as Int32Array;
    const S = this.stride;
    const cap = slots.length / S;
    if (5 * ((this.sizes[p] ?? 0) + 1) <= 4 * cap) return slots;
    const grown = slotsOf(S, Math.ceil(cap * 1.25) + 1);
    const gcap = grown.length / S;
    for (let j = 0; j < slots.length; j += S) {
      if (slots[j + S - 1] === 0) continue;
      let i = home(S === 2 ? mixShingle(slots[j] ?? 0) : mixExact(slots[j] ?? 0, slots[j + 1] ?? 0), gcap);
      while (grown[S * i + S - 1] !== 0) i = i + 1 === gcap ? 0 : i + 1;
      for (let f = 0; f < S; f++) grown[S * i + f] = slots[j + f] ?? 0;
    }
    this.parts[p] = grown;
    releaseNow(slots.buffer);
    return grown;
  }

  get size(): number {
    return this.sizes.reduce((n, x) => n + x, 0);
  }

  get bytes(): number {
    return this.parts.reduce((n, x) => n + x.byteLength, 0);
  }
}

const PARTS = 256;

/**
 * Plain memory while a thread claims: V8 (Node 20) counts no SharedArrayBuffer towards the external
 * memory that starts a collection, so the parts a table outgrew stayed allocated (380 MB of them at
 * the barrier on the 213 MB bench tree) where outgrown ArrayBuffers are collected as they pile up.
 * publish() copies them to shared memory when other threads are to read them.
 */
function slotsOf(stride: number, capacity: number): Int32Array {
  return new Int32Array(stride * Math.max(4, capacity));
}

/**
 * Frees a plain buffer no one reads any more at the next minor collection: moved into a new buffer
 * that dies young. Left as it is, a buffer grown old (an outgrown part, phase one's filter) stood
 * until a full collection, which V8 starts only once 64 MB more of such memory is held.
 * Shared memory, which other threads may hold, stays as it is.
 */
export function releaseNow(buffer: ArrayBufferLike): void {
  if (buffer instanceof ArrayBuffer) structuredClone(buffer, { transfer: [buffer] });
}

/** murmur3's finalizer: every bit of the key moves the part and the home slot. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function mixExact(hi: number, lo: number): number {
  return fmix(lo ^ Math.imul(hi, 0x9e3779b1));
}

/** Shingles are winnowed minima (small values are common): mixed before their bits are used. */
function mixShingle(hash: number): number {
  return fmix(hash);
}

/** The home slot of mixed hash `m` (its low byte chose the part) in a part of `cap` slots. */
function home(m: number, cap: number): number {
  return Math.floor(((m >>> 8) * cap) / 16777216);
}

/** Where shingle `hash` (mixed: `m`) stands in a part of (hash, claimer) slots; -1 when it is not there. */
function shingleSlot(slots: Int32Array, m: number, hash: number): number {
  const cap = slots.length / 2;
  for (let i = home(m, cap); ; i = i + 1 === cap ? 0 : i + 1) {
    const s = 2 * i;
    if ((slots[s + 1] ?? 0) === 0) return -1;
    if (slots[s] === (hash | 0)) return s;
  }
}

/**
 * The claiming units of one thread, by id: [file, unit] in chunks of shared memory. A table slot
 * names its claimer by id (4 bytes) rather than by file and unit (8).
 */
class ClaimIds {
  readonly chunks: Int32Array[] = [];
  count = 0;
  private lastFile = -1;
  private lastUnit = -1;

  /** The id of unit `unit` of file `file`: a new one unless it is the unit of the last call. */
  idOf(file: number, unit: number): number {
    if (file === this.lastFile && unit === this.lastUnit) return this.count - 1;
    const id = this.count++;
    if ((id & (ID_CHUNK - 1)) === 0) this.chunks.push(new Int32Array(new SharedArrayBuffer(8 * ID_CHUNK)));
    const c = this.chunks[this.chunks.length - 1] as Int32Array;
    c[2 * (id & (ID_CHUNK - 1))] = file;
    c[2 * (id & (ID_CHUNK - 1)) + 1] = unit;
    this.lastFile = file;
    this.lastUnit = unit;
    return id;
  }
}

const ID_CHUNK = 1 << 15;

/** Whether claimer `a` of `ids` ranks before claimer `b`. */
function rankBefore(ids: readonly Int32Array[], a: number, b: number): boolean {
  return rankOfId(ids, a) < rankOfId(ids, b);
}

/** Whether claimer `id` of `ids` (its chunks) ranks after (file, unit). */
function ranksAfter(ids: readonly Int32Array[], id: number, file: number, unit: number): boolean {
  const c = ids[id >>> 15] as Int32Array;
  const f = c[2 * (id & (ID_CHUNK - 1))] ?? 0;
  return file < f || (file === f && unit < (c[2 * (id & (ID_CHUNK - 1)) + 1] ?? 0));
}

/**
 * Which shingles some file of the run has held so far: a Bloom filter of 4 bits a key, all in one
 * 32-bit word, set with one atomic OR, so that whichever thread sets a key's bits first, every
 * later holder (any thread) sees them all. Made by the caller (seenFilter) and shared by the threads
 * of phase one.
 */
export function seenFilter(bytes: number, shared: boolean): Int32Array {
  // About 10 bits a key on the bench tree (a key in 21 bytes of text): 2 % of keys seen too early.
  const words = Math.max(1024, Math.ceil(bytes / 64));
  // Freed at the barrier: made roomy (roomy.ts), so that freeing it leaves malloc's arenas as they were.
  return new Int32Array(roomyBuffer(4 * words, shared), 0, words);
}

/**
 * Sets shingle `hash` (under `salt`) in `seen`; whether it was there (or seemed to be) already.
 * `atomic`: other threads set bits in `seen` at the same time.
 */
function seenBefore(seen: Int32Array, atomic: boolean, salt: number, hash: number): boolean {
  const m = fmix(hash ^ Math.imul(salt, 0x27d4eb2d));
  const w = Math.floor((m * seen.length) / 4294967296);
  const b = fmix(m ^ 0x5bd1e995);
  const mask = (1 << (b & 31)) | (1 << ((b >>> 5) & 31)) | (1 << ((b >>> 10) & 31)) | (1 << ((b >>> 15) & 31));
  // One thread alone needs no atomic operation. (Reading first and skipping the atomic OR for keys
  // already set gained nothing measurable: most claims are first sightings, docs/engine.md.)
  if (atomic) return (Atomics.or(seen, w, mask) & mask) === mask;
  const old = seen[w] ?? 0;
  seen[w] = old | mask;
  return (old & mask) === mask;
}

/**
 * Which keys every thread's shingle table of one salt holds, made at the barrier: a Bloom filter
 * of 4 bits a key in one 32-bit word, about 8 bits a key, each table's bits in a lane of its own and
 * a key's lanes side by side (one cache line). After the barrier most lookups are of keys no table
 * holds (a shingle one file alone holds; 4 in 5 on the bench tree), and each was a probe at a random
 * place of every thread's table (a cache miss a table); the filter answers most of them from a few
 * MB, and a lookup probes only the tables whose lane may hold the key.
 */
function lanesOf(tables: readonly ShingleTable[]): { present: Int32Array; words: number } {
  // A lane has room for the keys of the biggest table.
  let most = 0;
  for (const t of tables) {
    let keys = 0;
    for (const slots of t.parts) for (let j = 1; j < slots.length; j += 2) if (slots[j] !== 0) keys++;
    most = Math.max(most, keys);
  }
  const lanes = tables.length;
  const words = Math.max(16, Math.ceil(most / 4));
  const present = new Int32Array(lanes * words);
  tables.forEach((t, lane) => {
    for (const slots of t.parts) {
      for (let j = 0; j < slots.length; j += 2) {
        if (slots[j + 1] === 0) continue;
        const m = mixShingle(slots[j] ?? 0);
        const w = presenceAt(m, words, lanes) + lane;
        present[w] = (present[w] ?? 0) | presenceMask(m);
      }
    }
  });
  return { present, words };
}

/** Where the lanes of the key of mixed hash `m` begin in a filter of `words` words a lane. */
function presenceAt(m: number, words: number, lanes: number): number {
  return Math.floor(((Math.imul(m, 0x9e3779b1) >>> 0) * words) / 4294967296) * lanes;
}

function presenceMask(m: number): number {
  const b = fmix(m ^ 0x5bd1e995);
  return (1 << (b & 31)) | (1 << ((b >>> 5) & 31)) | (1 << ((b >>> 10) & 31)) | (1 << ((b >>> 15) & 31));
}

/**
 * Where a thread's first sightings go (PartialClaims): [hash, claimer] pairs; a pair [salt, 0]
 * sets the salt of the pairs after it. Written once in phase one, read once by every thread at
 * the barrier (SharedClaims). `write` says whether all of `pairs` was written.
 */
export interface SpillWriter {
  write(pairs: Int32Array): boolean;
}

/** The first `bytes` bytes of what thread `thread` spilled, in the order written. */
export type SpillReader = (thread: number, bytes: number) => Iterable<Int32Array>;

/** What a thread of phase one shares with the others when shingles held once are spilled. */
export interface SeenSetting {
  seen: Int32Array;
  /** How many threads claim (claimer values are id × threads + thread + 1). */
  threads: number;
  spill: SpillWriter;
}

const NO_CLAIMER = -1;
const SPILL_PAIRS = 1 << 16;
/** A spill block's header is [pairs that follow, SPILL_BLOCK - part class] (PartialClaims.spill). */
const SPILL_BLOCK = -2;

/** A partial table as it crosses threads: per salt, the parts of its exact and shingle keys. */
export interface PublishedClaims {
  salts: number[];
  /** Shared memory when other threads read them; plain when only this thread does. */
  exact: ArrayBufferLike[][];
  shingle: ArrayBufferLike[][];
  /** The claimers the tables name (ClaimIds). */
  ids: SharedArrayBuffer[];
  /** This thread's record chunks (RecordIndex names them by their place here). */
  chunks: SharedArrayBuffer[];
  thread: number;
  /** Shingle claimers are id × threads + thread + 1 (NO_CLAIMER: a key held, claimed by no unit a table has seen). */
  threads: number;
  /** Whether first sightings of shingles were spilled (PartialClaims, seen). */
  spilled: boolean;
  /** How many bytes of the spill hold them (what follows, if anything, could not be written whole). */
  spillBytes: number;
}

const CHUNK = 1 << 22;

/**
 * Where each file's record blob stands: [thread + 1, chunk, offset, length] a file, in one shared
 * array made for the run; each file's entry is written by the one thread that claimed for it.
 */
export function recordIndex(files: number): SharedArrayBuffer {
  return new SharedArrayBuffer(16 * Math.max(1, files));
}

/** One thread's claims and records in phase one. */
export class PartialClaims {
  private readonly exact = new Map<number, PartTable>();
  private readonly shingle = new Map<number, PartTable>();
  private readonly ids = new ClaimIds();
  private readonly chunks: Uint8Array[] = [];
  private used = CHUNK;
  private readonly at: Int32Array;
  private readonly shingleStart: number;
  private readonly threads: number;
  /** Per part class, its spill block being filled (flushSpill) and how far. */
  private readonly spilled: Int32Array[];
  private readonly spillAt: number[];
  private readonly spillSalt: number[];
  private readonly atomic: boolean;

  /**
   * `bytes`: about how much text this thread will claim for, to size its first tables (0: small).
   * With `seen`, a shingle enters the table only once some file held it before (seenBefore); its
   * first sighting is spilled, and SharedClaims puts the first claimer back of the keys the tables
   * hold. On the bench tree 4 in 5 shingles are held by one file alone, and a key no other file
   * holds is never a first copy for another file: the table is a fifth of the size.
   */
  constructor(
    private readonly thread: number,
    index: SharedArrayBuffer,
    bytes = 0,
    private readonly seen: SeenSetting | null = null,
  ) {
    this.at = new Int32Array(index);
    this.threads = seen?.threads ?? 1;
    this.atomic = seen?.seen.buffer instanceof SharedArrayBuffer;
    const classes = seen ? this.threads : 0;
    this.spilled = Array.from({ length: classes }, () => new Int32Array(2 * Math.ceil(SPILL_PAIRS / classes)));
    this.spillAt = Array.from({ length: classes }, () => 2);
    this.spillSalt = Array.from({ length: classes }, () => 0);
    // A 10 KB file of the bench tree claims about 500 distinct shingles (1 in 21 bytes); begin at
    // a third of that, so that text with fewer distinct shingles is not given room it never fills.
    // With `seen`, about one in five of them is held by a second file.
    this.shingleStart = Math.ceil(bytes / 64 / PARTS / 0.8 / (seen ? 5 : 1));
  }

  /** The table value of unit `unit` of file `file`: its claimer id in this thread, numbered across threads. */
  private claimer(file: number, unit: number): number {
    return this.seen ? this.ids.idOf(file, unit) * this.threads + this.thread + 1 : this.ids.idOf(file, unit) + 1;
  }

  /** The id in this thread of claimer value `v` (claimer()). */
  private idOfValue(v: number): number {
    return this.seen ? ((v >>> 0) - 1 - this.thread) / this.threads : v - 1;
  }

  /**
   * Spills a first sighting. Each part class (the parts one thread replays at the barrier, mod
   * `threads`) has a buffer of its own, written as a block with a header [pairs, SPILL_BLOCK - class],
   * so that each thread's share of the replay skips other classes' blocks whole: it read and
   * tested every pair of every spill, and the threads' shares took as long as one thread's replay.
   */
  private spill(salt: number, hash: number, value: number): void {
    const c = this.threads === 1 ? 0 : (mixShingle(hash) & (PARTS - 1)) % this.threads;
    const out = this.spilled[c] as Int32Array;
    if ((this.spillAt[c] ?? 0) + 4 > out.length) this.flushSpill(c);
    let at = this.spillAt[c] ?? 0;
    if (at === 2 || salt !== this.spillSalt[c]) {
      out[at++] = salt;
      out[at++] = 0;
      this.spillSalt[c] = salt;
    }
    out[at++] = hash;
    out[at++] = value;
    this.spillAt[c] = at;
  }

  /** Writes the block of class `c` (every class when omitted). */
  private flushSpill(c?: number): void {
    if (c === undefined) {
      for (let k = 0; k < this.spilled.length; k++) this.flushSpill(k);
      return;
    }
    const block = this.spilled[c]?.subarray(0, this.spillAt[c]);
    this.spillAt[c] = 2;
    if (!block || block.length <= 2) return;
    block[0] = (block.length - 2) / 2;
    block[1] = SPILL_BLOCK - c;
    if (!this.spillFailed && this.seen?.spill.write(block)) {
      this.spillBytes += block.byteLength;
      return;
    }
    // The spill cannot be written (no room, a file-size limit): these first sightings, and every
    // one after them, go into the tables, as when nothing is spilled.
    this.spillFailed = true;
    let salt = 0;
    for (let j = 2; j + 1 < block.length; j += 2) {
      // A salt is an unsigned 32-bit number; the spill holds it as a signed one (spill()).
      if (block[j + 1] === 0) salt = (block[j] ?? 0) >>> 0;
      else this.insertShingle(salt, block[j] ?? 0, block[j + 1] ?? 0);
    }
  }

  private spillFailed = false;
  private spillBytes = 0;

  /** A unit of file `file` that claims nothing holds shingle `hash`: when another file held it before, the table must know the key. */
  touchShingle(salt: number, hash: number): void {
    if (this.seen && seenBefore(this.seen.seen, this.atomic, salt, hash)) this.insertShingle(salt, hash, NO_CLAIMER);
  }

  private shingleTable(salt: number): PartTable {
    let t = this.shingle.get(salt);
    if (!t) this.shingle.set(salt, (t = new PartTable(2, Math.max(64, this.shingleStart))));
    return t;
  }

  /** Unit `unit` of file `file` holds exact key hi:lo under `salt`: the lower (file, unit) stays. */
  claimExact(salt: number, hi: number, lo: number, file: number, unit: number): void {
    let t = this.exact.get(salt);
    if (!t) this.exact.set(salt, (t = new PartTable(3, Math.max(16, this.shingleStart >> 5))));
    const m = mixExact(hi, lo);
    const slots = t.part(m);
    const cap = slots.length / 3;
    let i = home(m, cap);
    for (;;) {
      const s = 3 * i;
      const id = slots[s + 2] ?? 0;
      if (id === 0) {
        slots[s] = hi;
        slots[s + 1] = lo;
        slots[s + 2] = this.ids.idOf(file, unit) + 1;
        (t.sizes[m & (PARTS - 1)] as number)++;
        return;
      }
      if (slots[s] === (hi | 0) && slots[s + 1] === (lo | 0)) {
        if (ranksAfter(this.ids.chunks, id - 1, file, unit)) slots[s + 2] = this.ids.idOf(file, unit) + 1;
        return;
      }
      i = i + 1 === cap ? 0 : i + 1;
    }
  }

  /** Unit `unit` of file `file` holds shingle `hash` under `salt`. */
  claimShingle(salt: number, hash: number, file: number, unit: number): void {
    if (this.seen && !seenBefore(this.seen.seen, this.atomic, salt, hash)) {
      if (this.spillFailed) this.insertShingle(salt, hash, this.claimer(file, unit));
      else this.spill(salt, hash, this.claimer(file, unit));
      return;
    }
    this.insertShingle(salt, hash, this.claimer(file, unit));
  }

  /** Shingle `hash` claimed by claimer value `value` (of this thread; NO_CLAIMER: only held): the lower rank stays. */
  private insertShingle(salt: number, hash: number, value: number): void {
    const t = this.shingleTable(salt);
    const m = mixShingle(hash);
    const slots = t.part(m);
    const cap = slots.length / 2;
    let i = home(m, cap);
    for (;;) {
      const s = 2 * i;
      const v = slots[s + 1] ?? 0;
      if (v === 0) {
        slots[s] = hash;
        slots[s + 1] = value;
        (t.sizes[m & (PARTS - 1)] as number)++;
        return;
      }
      if (slots[s] === (hash | 0)) {
        // In phase one a table names this thread's claimers only.
        if (value !== NO_CLAIMER && (v === NO_CLAIMER || rankBefore(this.ids.chunks, this.idOfValue(value), this.idOfValue(v)))) slots[s + 1] = value;
        return;
      }
      i = i + 1 === cap ? 0 : i + 1;
    }
  }

  /** File `file`'s record blob (fileBlob), copied into this thread's chunks. */
  putFile(file: number, blob: Uint8Array): void {
    const len = blob.length;
    const room = (len + 7) & ~7;
    if (this.used + room > CHUNK || this.chunks.length === 0) {
      // A blob bigger than a chunk gets a chunk of its own.
      this.chunks.push(new Uint8Array(new SharedArrayBuffer(Math.max(CHUNK, room))));
      this.used = 0;
    }
    const c = this.chunks.length - 1;
    this.chunks[c]?.set(blob, this.used);
    this.at[4 * file] = this.thread + 1;
    this.at[4 * file + 1] = c;
    this.at[4 * file + 2] = this.used;
    this.at[4 * file + 3] = len;
    this.used += room;
    if (room > CHUNK) this.used = CHUNK;
  }

  /** What this thread's tables and chunks hold and take (bytes), for a memory breakdown. */
  stats(): { exactKeys: number; exactBytes: number; shingleKeys: number; shingleBytes: number; salts: number; claimers: number; claimerBytes: number; recordBytes: number; chunkBytes: number } {
    let exactKeys = 0;
    let exactBytes = 0;
    let shingleKeys = 0;
    let shingleBytes = 0;
    for (const t of this.exact.values()) {
      exactKeys += t.size;
      exactBytes += t.bytes;
    }
    for (const t of this.shingle.values()) {
      shingleKeys += t.size;
      shingleBytes += t.bytes;
    }
    const chunkBytes = this.chunks.reduce((n, c) => n + c.byteLength, 0);
    const recordBytes = this.chunks.length === 0 ? 0 : chunkBytes - (this.chunks[this.chunks.length - 1]?.byteLength ?? 0) + this.used;
    const claimerBytes = this.ids.chunks.reduce((n, c) => n + c.byteLength, 0);
    return { exactKeys, exactBytes, shingleKeys, shingleBytes, salts: new Set([...this.exact.keys(), ...this.shingle.keys()]).size, claimers: this.ids.count, claimerBytes, recordBytes, chunkBytes };
  }

  /** This thread's tables for every thread to read; `shared`: copied to shared memory for other threads (each part dropped once copied). */
  publish(shared = true): PublishedClaims {
    this.flushSpill();
    const salts = [...new Set([...this.exact.keys(), ...this.shingle.keys()])].sort((a, b) => a - b);
    const bufs = (t: PartTable | undefined): ArrayBufferLike[] =>
      t
        ? t.parts.map((x, p) => {
            if (!shared) return x.buffer;
            const copy = new Int32Array(new SharedArrayBuffer(x.byteLength));
            copy.set(x);
            t.parts[p] = copy;
            return copy.buffer;
          })
        : [];
    return {
      salts,
      exact: salts.map((s) => bufs(this.exact.get(s))),
      shingle: salts.map((s) => bufs(this.shingle.get(s))),
      ids: this.ids.chunks.map((c) => c.buffer as SharedArrayBuffer),
      chunks: this.chunks.map((c) => c.buffer as SharedArrayBuffer),
      thread: this.thread,
      threads: this.threads,
      spilled: this.seen !== null,
      spillBytes: this.spillBytes,
    };
  }
}

/** One thread's shingle table of one salt after the barrier; `own`: its claimers, when its values are ids + 1 (nothing spilled), else null. */
interface ShingleTable {
  parts: Int32Array[];
  own: Int32Array[] | null;
}

/** Every thread's shingle table of one salt after the barrier, and the filter of their keys (lanesOf). */
interface ShingleTables {
  tables: ShingleTable[];
  present: Int32Array;
  /** Words a lane (the filter is lanes × words). */
  words: number;
}

/** One thread's table of one kind and salt after the barrier: its parts, and the claimers they name. */
interface ReadTable {
  parts: Int32Array[];
  ids: Int32Array[];
}

/** The tables of every thread after the barrier, read only (but for what `replay` puts back first). */
export class SharedClaims {
  private readonly exact = new Map<number, ReadTable[]>();
  private readonly shingle = new Map<number, ShingleTables>();
  /** Per thread, its claimers (ClaimIds). */
  private readonly ids: Int32Array[][] = [];
  private readonly threads: number;
  private readonly chunks: Uint8Array[][];
  private readonly at: Int32Array;

  /**
   * `replay`: when the threads spilled their first sightings (PartialClaims, seen), every table's
   * keys of parts `part` (mod `of`: this thread's share, no other thread writes them) get back
   * their first claimer from every thread's spill; no thread may look a key up before every
   * thread's share is done.
   */
  constructor(parts: readonly PublishedClaims[], index: SharedArrayBuffer, replay?: { part: number; of: number; read: SpillReader }) {
    this.threads = Math.max(1, ...parts.map((p) => p.threads));
    for (const p of parts) {
      const ids = p.ids.map((b) => new Int32Array(b));
      this.ids[p.thread] = ids;
      p.salts.forEach((salt, k) => {
        const e = p.exact[k] ?? [];
        const s = p.shingle[k] ?? [];
        if (e.length > 0) push(this.exact, salt, { parts: e.map((b) => new Int32Array(b)), ids });
        if (s.length === 0) return;
        const t = { parts: s.map((b) => new Int32Array(b)), own: p.spilled ? null : ids };
        const all = this.shingle.get(salt);
        if (all) all.tables.push(t);
        else this.shingle.set(salt, { tables: [t], present: new Int32Array(0), words: 0 });
      });
    }
    for (const all of this.shingle.values()) Object.assign(all, lanesOf(all.tables));
    this.chunks = parts.map((p) => p.chunks.map((c) => new Uint8Array(c)));
    this.at = new Int32Array(index);
    if (replay) this.replay(parts, replay.read, replay.part, replay.of);
  }

  /**
   * Puts back into every thread's shingle tables the first claimer of each key they hold, from every
   * thread's spill, for the keys of parts `part` (mod `of`) only: the threads share the replay by
   * parts (no two write one slot), where each used to replay every spill into its own tables.
   */
  private replay(parts: readonly PublishedClaims[], read: SpillReader, part: number, of: number): void {
    for (const p of parts) {
      if (!p.spilled) continue;
      let all: ShingleTables | undefined;
      // Pairs of a block of another class still to pass over (they may run into the next chunk).
      let skip = 0;
      for (const pairs of read(p.thread, p.spillBytes)) {
        for (let j = 0; j + 1 < pairs.length; j += 2) {
          if (skip > 0) {
            const n = Math.min(skip, (pairs.length - j) >> 1);
            skip -= n;
            j += 2 * n - 2;
            continue;
          }
          const hash = pairs[j] ?? 0;
          const v = pairs[j + 1] ?? 0;
          if (v <= SPILL_BLOCK) {
            if (SPILL_BLOCK - v !== part % of) skip = hash;
            all = undefined;
            continue;
          }
          if (v === 0) {
            // The salt, written signed into the spill's Int32Array: the tables know it unsigned
            // (localeSalt). Read as it was written, the first sightings of every locale whose salt
            // is 2^31 or more were dropped, and which unit a shingle named first hung on the name
            // of the folder above the locale folders.
            all = this.shingle.get(hash >>> 0);
            continue;
          }
          if (!all) continue;
          const m = mixShingle(hash);
          const { tables, present } = all;
          const mask = presenceMask(m);
          const at = presenceAt(m, all.words, tables.length);
          for (let lane = 0; lane < tables.length; lane++) {
            const t = tables[lane] as ShingleTable;
            if (t.own || ((present[at + lane] ?? 0) & mask) !== mask) continue;
            const slots = t.parts[m & (PARTS - 1)] as Int32Array;
            const s = shingleSlot(slots, m, hash);
            if (s < 0) continue;
            const cur = slots[s + 1] ?? 0;
            if (cur === NO_CLAIMER || this.rankOf(v) < this.rankOf(cur)) slots[s + 1] = v;
          }
        }
      }
    }
  }

  /** The rank of shingle claimer value `v` (id × threads + thread + 1). */
  private rankOf(v: number): number {
    const x = (v >>> 0) - 1;
    const t = x % this.threads;
    return rankOfId(this.ids[t] ?? [], (x - t) / this.threads);
  }

  /** The lowest rank (file * 2^21 + unit) holding exact key hi:lo under `salt`; NaN when none. */
  exactMin(salt: number, hi: number, lo: number): number {
    let best = NaN;
    const m = mixExact(hi, lo);
    for (const t of this.exact.get(salt) ?? []) {
      const slots = t.parts[m & (PARTS - 1)] as Int32Array;
      const cap = slots.length / 3;
      let i = home(m, cap);
      for (;;) {
        const s = 3 * i;
        const id = slots[s + 2] ?? 0;
        if (id === 0) break;
        if (slots[s] === (hi | 0) && slots[s + 1] === (lo | 0)) {
          const r = rankOfId(t.ids, id - 1);
          if (!(r >= best)) best = r;
          break;
        }
        i = i + 1 === cap ? 0 : i + 1;
      }
    }
    return best;
  }

  /** The lowest rank holding shingle `hash` under `salt`; NaN when none. */
  shingleMin(salt: number, hash: number): number {
    let best = NaN;
    const m = mixShingle(hash);
    const all = this.shingle.get(salt);
    if (!all) return best;
    const { tables, present } = all;
    const mask = presenceMask(m);
    const at = presenceAt(m, all.words, tables.length);
    for (let lane = 0; lane < tables.length; lane++) {
      if (((present[at + lane] ?? 0) & mask) !== mask) continue;
      const t = tables[lane] as ShingleTable;
      const slots = t.parts[m & (PARTS - 1)] as Int32Array;
      const s = shingleSlot(slots, m, hash);
      const v = s < 0 ? NO_CLAIMER : (slots[s + 1] ?? 0);
      if (v !== NO_CLAIMER) {
        const r = t.own ? rankOfId(t.own, v - 1) : this.rankOf(v);
        if (!(r >= best)) best = r;
      }
    }
    return best;
  }

  /** File `file`'s record blob, a view into shared memory; null when it has none. */
  fileBlob(file: number): Uint8Array | null {
    const t = this.at[4 * file] ?? 0;
    if (t === 0) return null;
    const chunk = this.chunks[t - 1]?.[this.at[4 * file + 1] ?? 0];
    const from = this.at[4 * file + 2] ?? 0;
    return chunk ? chunk.subarray(from, from + (this.at[4 * file + 3] ?? 0)) : null;
  }
}

function rankOfId(ids: readonly Int32Array[], id: number): number {
  const c = ids[id >>> 15] as Int32Array;
  return (c[2 * (id & (ID_CHUNK - 1))] ?? 0) * 2 ** 21 + (c[2 * (id & (ID_CHUNK - 1)) + 1] ?? 0);
}

function push<T>(m: Map<number, T[]>, k: number, v: T): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
