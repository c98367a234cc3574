// Open-addressing hash maps over one typed array each: key and value side by side, so that a probe
// touches one cache line; no per-entry objects. Filled up to 3/4 before doubling (3/8 after), so a
// stored key costs 10.7 to 21.3 bytes (U32Map, the shingles) or 16 to 32 (U64Map, whole units).

const EMPTY = 0;
/** Grow when size + 1 would pass LOAD_NUM / LOAD_DEN of the slots. */
const LOAD_NUM = 3;
const LOAD_DEN = 4;

/** 32-bit key to non-negative int value; the first value stored for a key is kept. */
export class U32Map {
  // slots[2i] key, slots[2i + 1] value + 1 (0 marks an empty slot)
  private slots: Int32Array;
  private mask: number;
  size = 0;

  constructor(expected = 1024) {
    const cap = capacityFor(expected);
    this.slots = new Int32Array(2 * cap);
    this.mask = cap - 1;
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

  /** Bytes held by the table. */
  get byteLength(): number {
    return this.slots.byteLength;
  }

  private grow(): void {
    const old = this.slots;
    const cap = old.length; // twice the slots: the array holds two numbers a slot
    const slots = new Int32Array(2 * cap);
    const mask = cap - 1;
    for (let j = 0; j < old.length; j += 2) {
      const v = old[j + 1] ?? EMPTY;
      if (v === EMPTY) continue;
      const k = old[j] ?? 0;
      let i = k & mask;
      while ((slots[2 * i + 1] ?? EMPTY) !== EMPTY) i = (i + 1) & mask;
      slots[2 * i] = k;
      slots[2 * i + 1] = v;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/** 64-bit key given as two 32-bit halves; otherwise like U32Map. */
export class U64Map {
  // slots[3i] high half, slots[3i + 1] low half, slots[3i + 2] value + 1 (0: empty)
  private slots: Int32Array;
  private mask: number;
  size = 0;

  constructor(expected = 1024) {
    const cap = capacityFor(expected);
    this.slots = new Int32Array(3 * cap);
    this.mask = cap - 1;
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

  get byteLength(): number {
    return this.slots.byteLength;
  }

  private grow(): void {
    const old = this.slots;
    const cap = 2 * (this.mask + 1);
    const slots = new Int32Array(3 * cap);
    const mask = cap - 1;
    for (let j = 0; j < old.length; j += 3) {
      const v = old[j + 2] ?? EMPTY;
      if (v === EMPTY) continue;
      const h = old[j] ?? 0;
      const l = old[j + 1] ?? 0;
      let i = (l ^ Math.imul(h, 0x9e3779b1)) & mask;
      while ((slots[3 * i + 2] ?? EMPTY) !== EMPTY) i = (i + 1) & mask;
      slots[3 * i] = h;
      slots[3 * i + 1] = l;
      slots[3 * i + 2] = v;
    }
    this.slots = slots;
    this.mask = mask;
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
