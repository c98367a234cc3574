// The order-free engine's claims and records for one process, where the threads that clean the
// files keep them themselves (docs/engine.md): each thread writes its own partial table into shared
// memory in phase one, with no lock and no message to another thread; after the barrier every thread
// reads all of them. A key's first copy is the minimum over the partial tables (claims commute), so
// which thread claimed what changes nothing. Records are one blob a file (its name, unit table and
// the texts and places of its claiming units), found by the file's place in the run.

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

/** Whether claimer `id` of `ids` (its chunks) ranks after (file, unit). */
function ranksAfter(ids: readonly Int32Array[], id: number, file: number, unit: number): boolean {
  const c = ids[id >>> 15] as Int32Array;
  const f = c[2 * (id & (ID_CHUNK - 1))] ?? 0;
  return file < f || (file === f && unit < (c[2 * (id & (ID_CHUNK - 1)) + 1] ?? 0));
}

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

  /** `bytes`: about how much text this thread will claim for, to size its first tables (0: small). */
  constructor(
    private readonly thread: number,
    index: SharedArrayBuffer,
    bytes = 0,
  ) {
    this.at = new Int32Array(index);
    // A 10 KB file of the bench tree claims about 500 distinct shingles (1 in 21 bytes); begin at
    // a third of that, so that text with fewer distinct shingles is not given room it never fills.
    this.shingleStart = Math.ceil(bytes / 64 / PARTS / 0.8);
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
    let t = this.shingle.get(salt);
    if (!t) this.shingle.set(salt, (t = new PartTable(2, Math.max(64, this.shingleStart))));
    const m = mixShingle(hash);
    const slots = t.part(m);
    const cap = slots.length / 2;
    let i = home(m, cap);
    for (;;) {
      const s = 2 * i;
      const id = slots[s + 1] ?? 0;
      if (id === 0) {
        slots[s] = hash;
        slots[s + 1] = this.ids.idOf(file, unit) + 1;
        (t.sizes[m & (PARTS - 1)] as number)++;
        return;
      }
      if (slots[s] === (hash | 0)) {
        if (ranksAfter(this.ids.chunks, id - 1, file, unit)) slots[s + 1] = this.ids.idOf(file, unit) + 1;
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
    };
  }
}

/** One thread's table of one kind and salt after the barrier: its parts, and the claimers they name. */
interface ReadTable {
  parts: Int32Array[];
  ids: Int32Array[];
}

/** The tables of every thread after the barrier, read only. */
export class SharedClaims {
  private readonly exact = new Map<number, ReadTable[]>();
  private readonly shingle = new Map<number, ReadTable[]>();
  private readonly chunks: Uint8Array[][];
  private readonly at: Int32Array;

  constructor(parts: readonly PublishedClaims[], index: SharedArrayBuffer) {
    for (const p of parts) {
      const ids = p.ids.map((b) => new Int32Array(b));
      p.salts.forEach((salt, k) => {
        const e = p.exact[k] ?? [];
        const s = p.shingle[k] ?? [];
        if (e.length > 0) push(this.exact, salt, { parts: e.map((b) => new Int32Array(b)), ids });
        if (s.length > 0) push(this.shingle, salt, { parts: s.map((b) => new Int32Array(b)), ids });
      });
    }
    this.chunks = parts.map((p) => p.chunks.map((c) => new Uint8Array(c)));
    this.at = new Int32Array(index);
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
    for (const t of this.shingle.get(salt) ?? []) {
      const slots = t.parts[m & (PARTS - 1)] as Int32Array;
      const cap = slots.length / 2;
      let i = home(m, cap);
      for (;;) {
        const s = 2 * i;
        const id = slots[s + 1] ?? 0;
        if (id === 0) break;
        if (slots[s] === (hash | 0)) {
          const r = rankOfId(t.ids, id - 1);
          if (!(r >= best)) best = r;
          break;
        }
        i = i + 1 === cap ? 0 : i + 1;
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
