// The order-free engine's claims and records for one process, where the threads that clean the
// files keep them themselves (docs/engine.md): each thread writes its own partial table into shared
// memory in phase one, with no lock and no message to another thread; after the barrier every thread
// reads all of them. A key's first copy is the minimum over the partial tables (claims commute), so
// which thread claimed what changes nothing. Records are one blob a file (its name, unit table and
// the texts and places of its claiming units), found by the file's place in the run.

/** Claims of one kind of key under one salt: open addressing, key words then file + 1 and unit. */
class SlotTable {
  slots: Int32Array;
  mask: number;
  size = 0;

  constructor(
    private readonly stride: number,
    capacity: number,
  ) {
    this.slots = new Int32Array(new SharedArrayBuffer(4 * stride * capacity));
    this.mask = capacity - 1;
  }

  /** Grows by doubling when a quarter of the slots or fewer would stay free. */
  reserve(): void {
    if (4 * (this.size + 1) <= 3 * (this.mask + 1)) return;
    const S = this.stride;
    const old = this.slots;
    const cap = 2 * (this.mask + 1);
    const slots = new Int32Array(new SharedArrayBuffer(4 * S * cap));
    const mask = cap - 1;
    for (let j = 0; j < old.length; j += S) {
      if (old[j + S - 2] === 0) continue;
      let i = (S === 4 ? homeExact(old[j] ?? 0, old[j + 1] ?? 0) : homeShingle(old[j] ?? 0)) & mask;
      while (slots[S * i + S - 2] !== 0) i = (i + 1) & mask;
      for (let f = 0; f < S; f++) slots[S * i + f] = old[j + f] ?? 0;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

function homeExact(hi: number, lo: number): number {
  const h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
  return h ^ (h >>> 15);
}

function homeShingle(hash: number): number {
  const h = Math.imul(hash, 0x9e3779b1);
  return h ^ (h >>> 15);
}

/** A partial table as it crosses threads: per salt, the slots of its exact and shingle keys. */
export interface PublishedClaims {
  salts: number[];
  exact: SharedArrayBuffer[];
  shingle: SharedArrayBuffer[];
  /** This thread's record chunks (RecordIndex names them by their place here). */
  chunks: SharedArrayBuffer[];
}

const EXACT_STRIDE = 4; // hi, lo, file + 1, unit
const SHINGLE_STRIDE = 3; // hash, file + 1, unit
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
  private readonly exact = new Map<number, SlotTable>();
  private readonly shingle = new Map<number, SlotTable>();
  private readonly chunks: Uint8Array[] = [];
  private used = CHUNK;
  private readonly at: Int32Array;

  constructor(
    private readonly thread: number,
    index: SharedArrayBuffer,
  ) {
    this.at = new Int32Array(index);
  }

  /** Unit `unit` of file `file` holds exact key hi:lo under `salt`: the lower (file, unit) stays. */
  claimExact(salt: number, hi: number, lo: number, file: number, unit: number): void {
    let t = this.exact.get(salt);
    if (!t) this.exact.set(salt, (t = new SlotTable(EXACT_STRIDE, 1 << 12)));
    t.reserve();
    const { slots, mask } = t;
    let i = homeExact(hi, lo) & mask;
    for (;;) {
      const s = EXACT_STRIDE * i;
      const f = slots[s + 2] ?? 0;
      if (f === 0) {
        slots[s] = hi;
        slots[s + 1] = lo;
        slots[s + 2] = file + 1;
        slots[s + 3] = unit;
        t.size++;
        return;
      }
      if (slots[s] === (hi | 0) && slots[s + 1] === (lo | 0)) {
        if (file + 1 < f || (file + 1 === f && unit < (slots[s + 3] ?? 0))) {
          slots[s + 2] = file + 1;
          slots[s + 3] = unit;
        }
        return;
      }
      i = (i + 1) & mask;
    }
  }

  /** Unit `unit` of file `file` holds shingle `hash` under `salt`. */
  claimShingle(salt: number, hash: number, file: number, unit: number): void {
    let t = this.shingle.get(salt);
    if (!t) this.shingle.set(salt, (t = new SlotTable(SHINGLE_STRIDE, 1 << 14)));
    t.reserve();
    const { slots, mask } = t;
    let i = homeShingle(hash) & mask;
    for (;;) {
      const s = SHINGLE_STRIDE * i;
      const f = slots[s + 1] ?? 0;
      if (f === 0) {
        slots[s] = hash;
        slots[s + 1] = file + 1;
        slots[s + 2] = unit;
        t.size++;
        return;
      }
      if (slots[s] === (hash | 0)) {
        if (file + 1 < f || (file + 1 === f && unit < (slots[s + 2] ?? 0))) {
          slots[s + 1] = file + 1;
          slots[s + 2] = unit;
        }
        return;
      }
      i = (i + 1) & mask;
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
  stats(): { exactKeys: number; exactBytes: number; shingleKeys: number; shingleBytes: number; salts: number; recordBytes: number; chunkBytes: number } {
    let exactKeys = 0;
    let exactBytes = 0;
    let shingleKeys = 0;
    let shingleBytes = 0;
    for (const t of this.exact.values()) {
      exactKeys += t.size;
      exactBytes += t.slots.byteLength;
    }
    for (const t of this.shingle.values()) {
      shingleKeys += t.size;
      shingleBytes += t.slots.byteLength;
    }
    const chunkBytes = this.chunks.reduce((n, c) => n + c.byteLength, 0);
    const recordBytes = this.chunks.length === 0 ? 0 : chunkBytes - (this.chunks[this.chunks.length - 1]?.byteLength ?? 0) + this.used;
    return { exactKeys, exactBytes, shingleKeys, shingleBytes, salts: new Set([...this.exact.keys(), ...this.shingle.keys()]).size, recordBytes, chunkBytes };
  }

  publish(): PublishedClaims {
    const salts = [...new Set([...this.exact.keys(), ...this.shingle.keys()])].sort((a, b) => a - b);
    const buf = (t: SlotTable | undefined): SharedArrayBuffer => (t ? (t.slots.buffer as SharedArrayBuffer) : new SharedArrayBuffer(0));
    return {
      salts,
      exact: salts.map((s) => buf(this.exact.get(s))),
      shingle: salts.map((s) => buf(this.shingle.get(s))),
      chunks: this.chunks.map((c) => c.buffer as SharedArrayBuffer),
    };
  }
}

/** The tables of every thread after the barrier, read only. */
export class SharedClaims {
  private readonly exact = new Map<number, Int32Array[]>();
  private readonly shingle = new Map<number, Int32Array[]>();
  private readonly chunks: Uint8Array[][];
  private readonly at: Int32Array;

  constructor(parts: readonly PublishedClaims[], index: SharedArrayBuffer) {
    for (const p of parts) {
      p.salts.forEach((salt, k) => {
        const e = p.exact[k];
        const s = p.shingle[k];
        if (e && e.byteLength > 0) push(this.exact, salt, new Int32Array(e));
        if (s && s.byteLength > 0) push(this.shingle, salt, new Int32Array(s));
      });
    }
    this.chunks = parts.map((p) => p.chunks.map((c) => new Uint8Array(c)));
    this.at = new Int32Array(index);
  }

  /** The lowest rank (file * 2^21 + unit) holding exact key hi:lo under `salt`; NaN when none. */
  exactMin(salt: number, hi: number, lo: number): number {
    let bf = 0;
    let bu = 0;
    for (const slots of this.exact.get(salt) ?? []) {
      const mask = slots.length / EXACT_STRIDE - 1;
      let i = homeExact(hi, lo) & mask;
      for (;;) {
        const s = EXACT_STRIDE * i;
        const f = slots[s + 2] ?? 0;
        if (f === 0) break;
        if (slots[s] === (hi | 0) && slots[s + 1] === (lo | 0)) {
          const u = slots[s + 3] ?? 0;
          if (bf === 0 || f < bf || (f === bf && u < bu)) [bf, bu] = [f, u];
          break;
        }
        i = (i + 1) & mask;
      }
    }
    return bf === 0 ? NaN : (bf - 1) * 2 ** 21 + bu;
  }

  /** The lowest rank holding shingle `hash` under `salt`; NaN when none. */
  shingleMin(salt: number, hash: number): number {
    let bf = 0;
    let bu = 0;
    for (const slots of this.shingle.get(salt) ?? []) {
      const mask = slots.length / SHINGLE_STRIDE - 1;
      let i = homeShingle(hash) & mask;
      for (;;) {
        const s = SHINGLE_STRIDE * i;
        const f = slots[s + 1] ?? 0;
        if (f === 0) break;
        if (slots[s] === (hash | 0)) {
          const u = slots[s + 2] ?? 0;
          if (bf === 0 || f < bf || (f === bf && u < bu)) [bf, bu] = [f, u];
          break;
        }
        i = (i + 1) & mask;
      }
    }
    return bf === 0 ? NaN : (bf - 1) * 2 ** 21 + bu;
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

function push<T>(m: Map<number, T[]>, k: number, v: T): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
