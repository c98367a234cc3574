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

  /** Stores `value` unless the key is present. */
  setIfAbsent(key: number, value: number): void {
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
        return;
      }
      if (slots[2 * i] === k) return;
      i = (i + 1) & mask;
    }
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

  setIfAbsent(hi: number, lo: number, value: number): void {
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
        return;
      }
      if (slots[3 * i + 1] === l && slots[3 * i] === h) return;
      i = (i + 1) & mask;
    }
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

/** Slots for `expected` keys below the load limit: a power of two, at least 16. */
function capacityFor(expected: number): number {
  let cap = 16;
  while (expected * LOAD_DEN > cap * LOAD_NUM) cap *= 2;
  return cap;
}
