// Open-addressing hash maps over one typed array each: key and value side by side, so that a probe
// touches one cache line; no per-entry objects. Filled up to 3/4 before doubling (3/8 after), so a
// stored key costs 10.7 to 21.3 bytes (U32Map, the shingles) or 16 to 32 (U64Map, whole units).
// A big table lives in WebAssembly memory, which grows in place: doubling it then rehashes within
// the one array instead of copying into a new one twice the size, which held both (3 x the old
// size, 192 MB when the shingles of a 200 MB run went from 64 to 128 MB) until a full GC freed
// the old one.

import { roomyInt32 } from "./roomy.js";

const EMPTY = 0;
/** Grow when size + 1 would pass LOAD_NUM / LOAD_DEN of the slots. */
const LOAD_NUM = 3;
const LOAD_DEN = 4;
/** Tables of at least this many bytes grow in place (when WebAssembly memory is there). */
const IN_PLACE_BYTES = 4 << 20;
const PAGE = 65536;

interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
type WasmMemoryCtor = new (d: { initial: number }) => WasmMemory;
// Not in the ES library types; missing under --jitless.
const WasmMemory = (globalThis as { WebAssembly?: { Memory?: WasmMemoryCtor } }).WebAssembly?.Memory;

/** The slots of one open-addressing table: `stride` numbers a slot, the last one value + 1 (0: empty). */
abstract class Table {
  protected slots: Int32Array;
  protected mask: number;
  private memory: WasmMemory | null = null;
  size = 0;

  /** `inPlaceBytes`: from what size the table grows in place (tests set it low). */
  constructor(
    private readonly stride: number,
    expected: number,
    private readonly inPlaceBytes: number,
  ) {
    const cap = capacityFor(expected);
    this.slots = roomyInt32(stride * cap);
    this.mask = cap - 1;
  }

  /** The slot a key stored at `slots[at..]` probes from, with `mask`. */
  protected abstract homeAt(slots: Int32Array, at: number, mask: number): number;

  /** Bytes held by the table. */
  get byteLength(): number {
    return this.slots.byteLength;
  }

  protected grow(): void {
    const S = this.stride;
    const cap = 2 * (this.mask + 1);
    const bytes = S * cap * 4;
    if (this.memory && this.growMemory(bytes)) {
      this.rehashInPlace(this.slots, S, this.mask + 1, cap - 1);
      this.mask = cap - 1;
      return;
    }
    const old = this.slots;
    let slots: Int32Array | null = null;
    this.memory = null;
    if (bytes >= this.inPlaceBytes && WasmMemory) {
      try {
        this.memory = new WasmMemory({ initial: Math.ceil(bytes / PAGE) });
        slots = new Int32Array(this.memory.buffer);
      } catch {
        this.memory = null; // no memory to reserve: a plain array
      }
    }
    slots ??= roomyInt32(S * cap);
    const mask = cap - 1;
    const V = S - 1;
    for (let j = 0; j < old.length; j += S) {
      if ((old[j + V] ?? EMPTY) === EMPTY) continue;
      let i = this.homeAt(old, j, mask);
      while ((slots[S * i + V] ?? EMPTY) !== EMPTY) i = (i + 1) & mask;
      for (let f = 0; f < S; f++) slots[S * i + f] = old[j + f] ?? 0;
    }
    this.slots = slots;
    this.mask = mask;
  }

  /** Grows the memory to `bytes` and views it anew; false when it cannot grow. */
  private growMemory(bytes: number): boolean {
    const memory = this.memory;
    if (!memory) return false;
    const pages = Math.ceil(bytes / PAGE) - memory.buffer.byteLength / PAGE;
    try {
      if (pages > 0) memory.grow(pages);
    } catch {
      return false;
    }
    this.slots = new Int32Array(memory.buffer);
    return true;
  }

  /**
   * Rehashes a table doubled in place: `slots` holds the `oldCap` slots of the old table followed by
   * as many empty ones; afterwards each entry stands where a probe from its home under `mask` finds
   * it. A key's new home is its old one or that plus oldCap. The entries before the first empty slot
   * may have wrapped around the end: they are set aside first. After it, no entry has wrapped, so
   * going up from there, an entry whose home stays finds a free slot at or before its own, among
   * entries already moved; one whose home moves up lands among moved entries only, up there, before
   * the end. The entries set aside go in last, into the finished table.
   */
  private rehashInPlace(slots: Int32Array, S: number, oldCap: number, mask: number): void {
    const V = S - 1;
    let s = 0;
    while ((slots[S * s + V] ?? EMPTY) !== EMPTY) s++;
    const aside: number[] = [];
    const setAside = (p: number): void => {
      for (let f = 0; f < S; f++) {
        aside.push(slots[S * p + f] ?? 0);
        slots[S * p + f] = 0;
      }
    };
    for (let p = 0; p < s; p++) setAside(p);
    for (let p = s + 1; p < oldCap; p++) {
      if ((slots[S * p + V] ?? EMPTY) === EMPTY) continue;
      // homeAt, spelled out: a call an entry made the rehash twice as slow.
      let q = (S === 2 ? (slots[S * p] ?? 0) : (slots[S * p + 1] ?? 0) ^ Math.imul(slots[S * p] ?? 0, 0x9e3779b1)) & mask;
      if (q <= p) {
        while (q < p && (slots[S * q + V] ?? EMPTY) !== EMPTY) q++;
      } else {
        // Lands at p + oldCap at the latest: each entry moved up before it came from below p.
        while ((slots[S * q + V] ?? EMPTY) !== EMPTY) q++;
      }
      if (q === p) continue;
      for (let f = 0; f < S; f++) {
        slots[S * q + f] = slots[S * p + f] ?? 0;
        slots[S * p + f] = 0;
      }
    }
    const entries = Int32Array.from(aside);
    for (let j = 0; j < entries.length; j += S) {
      let i = this.homeAt(entries, j, mask);
      while ((slots[S * i + V] ?? EMPTY) !== EMPTY) i = (i + 1) & mask;
      for (let f = 0; f < S; f++) slots[S * i + f] = entries[j + f] ?? 0;
    }
  }
}

/** 32-bit key to non-negative int value; the first value stored for a key is kept. */
export class U32Map extends Table {
  // slots[2i] key, slots[2i + 1] value + 1 (0 marks an empty slot)
  constructor(expected = 1024, inPlaceBytes = IN_PLACE_BYTES) {
    super(2, expected, inPlaceBytes);
  }

  protected homeAt(slots: Int32Array, at: number, mask: number): number {
    return (slots[at] ?? 0) & mask;
  }

  /** The value for `key`, or -1. */
  get(key: number): number {
    const { slots, mask } = this;
    const k = key | 0;
    let i = k & mask;
    for (;;) {
      const v = slots[2 * i + 1] ?? EMPTY;
      if (v === EMPTY) return -1;
      if (slots[2 * i] === k) return v - 1;
      i = (i + 1) & mask;
    }
  }

  /** Stores `value` unless the key is present; true when it stored it. */
  setIfAbsent(key: number, value: number): boolean {
    if ((this.size + 1) * LOAD_DEN > (this.mask + 1) * LOAD_NUM) this.grow();
    const { slots, mask } = this;
    const k = key | 0;
    let i = k & mask;
    for (;;) {
      const v = slots[2 * i + 1] ?? EMPTY;
      if (v === EMPTY) {
        slots[2 * i] = k;
        slots[2 * i + 1] = value + 1;
        this.size++;
        return true;
      }
      if (slots[2 * i] === k) return false;
      i = (i + 1) & mask;
    }
  }

  /**
   * Removes `key` (to undo an insertion); true when it was there. The entries after it in its probe
   * run move back (backward-shift deletion), so no tombstone slows later lookups.
   */
  delete(key: number): boolean {
    const { slots, mask } = this;
    const k = key | 0;
    let i = k & mask;
    for (;;) {
      if ((slots[2 * i + 1] ?? EMPTY) === EMPTY) return false;
      if (slots[2 * i] === k) break;
      i = (i + 1) & mask;
    }
    this.size--;
    for (let j = (i + 1) & mask; (slots[2 * j + 1] ?? EMPTY) !== EMPTY; j = (j + 1) & mask) {
      const home = (slots[2 * j] ?? 0) & mask;
      if (movable(home, i, j)) {
        slots[2 * i] = slots[2 * j] ?? 0;
        slots[2 * i + 1] = slots[2 * j + 1] ?? EMPTY;
        i = j;
      }
    }
    slots[2 * i] = 0;
    slots[2 * i + 1] = EMPTY;
    return true;
  }

}

/** 64-bit key given as two 32-bit halves; otherwise like U32Map. */
export class U64Map extends Table {
  // slots[3i] high half, slots[3i + 1] low half, slots[3i + 2] value + 1 (0: empty)
  constructor(expected = 1024, inPlaceBytes = IN_PLACE_BYTES) {
    super(3, expected, inPlaceBytes);
  }

  protected homeAt(slots: Int32Array, at: number, mask: number): number {
    return ((slots[at + 1] ?? 0) ^ Math.imul(slots[at] ?? 0, 0x9e3779b1)) & mask;
  }

  get(hi: number, lo: number): number {
    const { slots, mask } = this;
    const h = hi | 0;
    const l = lo | 0;
    let i = (l ^ Math.imul(h, 0x9e3779b1)) & mask;
    for (;;) {
      const v = slots[3 * i + 2] ?? EMPTY;
      if (v === EMPTY) return -1;
      if (slots[3 * i + 1] === l && slots[3 * i] === h) return v - 1;
      i = (i + 1) & mask;
    }
  }

  setIfAbsent(hi: number, lo: number, value: number): boolean {
    if ((this.size + 1) * LOAD_DEN > (this.mask + 1) * LOAD_NUM) this.grow();
    const { slots, mask } = this;
    const h = hi | 0;
    const l = lo | 0;
    let i = (l ^ Math.imul(h, 0x9e3779b1)) & mask;
    for (;;) {
      const v = slots[3 * i + 2] ?? EMPTY;
      if (v === EMPTY) {
        slots[3 * i] = h;
        slots[3 * i + 1] = l;
        slots[3 * i + 2] = value + 1;
        this.size++;
        return true;
      }
      if (slots[3 * i + 1] === l && slots[3 * i] === h) return false;
      i = (i + 1) & mask;
    }
  }

  /** Removes the key hi:lo; true when it was there (backward-shift deletion, as U32Map). */
  delete(hi: number, lo: number): boolean {
    const { slots, mask } = this;
    const h = hi | 0;
    const l = lo | 0;
    let i = (l ^ Math.imul(h, 0x9e3779b1)) & mask;
    for (;;) {
      if ((slots[3 * i + 2] ?? EMPTY) === EMPTY) return false;
      if (slots[3 * i + 1] === l && slots[3 * i] === h) break;
      i = (i + 1) & mask;
    }
    this.size--;
    for (let j = (i + 1) & mask; (slots[3 * j + 2] ?? EMPTY) !== EMPTY; j = (j + 1) & mask) {
      const home = ((slots[3 * j + 1] ?? 0) ^ Math.imul(slots[3 * j] ?? 0, 0x9e3779b1)) & mask;
      if (movable(home, i, j)) {
        slots[3 * i] = slots[3 * j] ?? 0;
        slots[3 * i + 1] = slots[3 * j + 1] ?? 0;
        slots[3 * i + 2] = slots[3 * j + 2] ?? EMPTY;
        i = j;
      }
    }
    slots[3 * i] = 0;
    slots[3 * i + 1] = 0;
    slots[3 * i + 2] = EMPTY;
    return true;
  }

}

/**
 * Whether the entry at slot j, whose probe starts at `home`, may move back into the hole at slot i:
 * only when `home` does not lie cyclically in (i, j], or a lookup would no longer reach it.
 */
function movable(home: number, i: number, j: number): boolean {
  return i <= j ? home <= i || home > j : home <= i && home > j;
}

/** Slots for `expected` keys below the load limit: a power of two, at least 16. */
function capacityFor(expected: number): number {
  let cap = 16;
  while (expected * LOAD_DEN > cap * LOAD_NUM) cap *= 2;
  return cap;
}
