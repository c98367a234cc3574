// Open-addressing hash maps over typed arrays: 12 to 16 bytes a slot, no per-entry objects.

const EMPTY = 0;

/** 32-bit key to non-negative int value; the first value stored for a key is kept. */
export class U32Map {
  private keys: Uint32Array;
  private vals: Int32Array; // value + 1; 0 marks an empty slot
  private mask: number;
  size = 0;

  constructor(expected = 1024) {
    const cap = capacityFor(expected);
    this.keys = new Uint32Array(cap);
    this.vals = new Int32Array(cap);
    this.mask = cap - 1;
  }

  /** The value for `key`, or -1. */
  get(key: number): number {
    const { keys, vals, mask } = this;
    let i = key & mask;
    for (;;) {
      const v = vals[i] ?? EMPTY;
      if (v === EMPTY) return -1;
      if (keys[i] === key) return v - 1;
      i = (i + 1) & mask;
    }
  }

  /** Stores `value` unless the key is present. */
  setIfAbsent(key: number, value: number): void {
    if ((this.size + 1) * 2 > this.vals.length) this.grow();
    const { keys, vals, mask } = this;
    let i = key & mask;
    for (;;) {
      const v = vals[i] ?? EMPTY;
      if (v === EMPTY) {
        keys[i] = key;
        vals[i] = value + 1;
        this.size++;
        return;
      }
      if (keys[i] === key) return;
      i = (i + 1) & mask;
    }
  }

  /** Bytes held by the table's arrays. */
  get byteLength(): number {
    return this.keys.byteLength + this.vals.byteLength;
  }

  private grow(): void {
    const { keys, vals } = this;
    const cap = vals.length * 2;
    this.keys = new Uint32Array(cap);
    this.vals = new Int32Array(cap);
    this.mask = cap - 1;
    this.size = 0;
    for (let i = 0; i < vals.length; i++) {
      const v = vals[i] ?? EMPTY;
      if (v !== EMPTY) this.setIfAbsent(keys[i] ?? 0, v - 1);
    }
  }
}

/** 64-bit key given as two 32-bit halves; otherwise like U32Map. */
export class U64Map {
  private hi: Uint32Array;
  private lo: Uint32Array;
  private vals: Int32Array;
  private mask: number;
  size = 0;

  constructor(expected = 1024) {
    const cap = capacityFor(expected);
    this.hi = new Uint32Array(cap);
    this.lo = new Uint32Array(cap);
    this.vals = new Int32Array(cap);
    this.mask = cap - 1;
  }

  get(hi: number, lo: number): number {
    const { vals, mask } = this;
    let i = (lo ^ Math.imul(hi, 0x9e3779b1)) & mask;
    for (;;) {
      const v = vals[i] ?? EMPTY;
      if (v === EMPTY) return -1;
      if (this.lo[i] === lo && this.hi[i] === hi) return v - 1;
      i = (i + 1) & mask;
    }
  }

  setIfAbsent(hi: number, lo: number, value: number): void {
    if ((this.size + 1) * 2 > this.vals.length) this.grow();
    const { vals, mask } = this;
    let i = (lo ^ Math.imul(hi, 0x9e3779b1)) & mask;
    for (;;) {
      const v = vals[i] ?? EMPTY;
      if (v === EMPTY) {
        this.hi[i] = hi;
        this.lo[i] = lo;
        vals[i] = value + 1;
        this.size++;
        return;
      }
      if (this.lo[i] === lo && this.hi[i] === hi) return;
      i = (i + 1) & mask;
    }
  }

  get byteLength(): number {
    return this.hi.byteLength + this.lo.byteLength + this.vals.byteLength;
  }

  private grow(): void {
    const { hi, lo, vals } = this;
    const cap = vals.length * 2;
    this.hi = new Uint32Array(cap);
    this.lo = new Uint32Array(cap);
    this.vals = new Int32Array(cap);
    this.mask = cap - 1;
    this.size = 0;
    for (let i = 0; i < vals.length; i++) {
      const v = vals[i] ?? EMPTY;
      if (v !== EMPTY) this.setIfAbsent(hi[i] ?? 0, lo[i] ?? 0, v - 1);
    }
  }
}

function capacityFor(expected: number): number {
  let cap = 16;
  while (cap < expected * 2) cap *= 2;
  return cap;
}
