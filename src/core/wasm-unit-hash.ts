// The hashing pass in WebAssembly (assembly/unit-hash.ts, compiled into unit-hash-wasm.ts): the same
// token hashes, fingerprint, wording and stems as UnitHasher's JavaScript pass, which it stands in
// front of. A unit goes in as UTF-8 (the engine's encoder), its results come out of the module's
// memory. Where the module gives up (-1) the JavaScript pass runs as before.
import { ensureTable, LOWER, TABLE_END, WORD } from "./char-table.js";
import { sixBits, type CodedStopwords } from "./stems.js";
import { UNIT_HASH_WASM } from "./unit-hash-wasm.js";
import { MASKED_NAME, MASKED_NUMBER, NUMBER_WORD_BITS, NUMBER_WORDS, wordHash } from "./wording.js";

/** What the module needs of the engine's WebAssembly (declared here: the core's types name no host). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: object };
}
const WASM = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

interface Exports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  buffersStart(): number;
  setTables(loaded: number, longs: number, numbers: number, masked: number, name: number): void;
  hash(input: number, n: number, tokens: number, bytes: number, stems: number, stop: number, nonAscii: number): number;
  skeleton(): number;
  words(): number;
  stemCount(): number;
  fpHi(): number;
  fpLo(): number;
  sample(tokens: number, count: number, n: number, w: number, shingles: number, outPos: number, outHash: number): number;
}

// Table offsets of assembly/unit-hash.ts.
const SHORT_PTR = TABLE_END * 4;
const SHORT_SLOTS = 1024;
const LONG_BITS_PTR = SHORT_PTR + SHORT_SLOTS * 4;
const LONG_PTR = LONG_BITS_PTR + 128;
const LONG_MAX = 64;
const LONG_SIZE = 8 + 48;
const NUMBER_BITS_PTR = LONG_PTR + LONG_MAX * LONG_SIZE;
const NUMBER_PTR = NUMBER_BITS_PTR + 128;
const NUMBER_MAX = 64;
const NUMBER_SIZE = 8 + 24;
const OUT_PTR = NUMBER_PTR + NUMBER_MAX * NUMBER_SIZE;
const PAGE = 65536;
/**
 * Longer units go to the JavaScript pass: the module's memory holds 26 bytes a character of the
 * longest unit it hashed, and never gives memory back (1.7 MB at this size).
 */
export const WASM_MAX_UNIT = 1 << 16;

function decodeBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

const encoder = new TextEncoder();

export class WasmUnitHash {
  private readonly x: Exports;
  private u8: Uint8Array;
  /** Views of the module's memory, made again when it grows. */
  private inView: Uint8Array = new Uint8Array(0);
  private u32: Uint32Array = new Uint32Array(0);
  private i32: Int32Array = new Int32Array(0);
  private readonly base: number;
  /** Units up to this many UTF-16 code units fit the buffers. */
  private room = 0;
  private input = 0;
  private tokens = 0;
  private bytes = 0;
  private stems = 0;
  private shingles = 0;
  private selPos = 0;
  private selHash = 0;
  /** Token count of the last unit hashed here (-1: none); its tokens stay in the module for sample(). */
  private lastCount = -1;
  /** Counts the units hashed, so a hasher can tell whether the tokens in the module are still its unit's. */
  serial = 0;
  private tableLoaded = false;
  private stop: CodedStopwords | null = null;
  /** The stop words loaded fit the module's tables (else the JavaScript pass works out stems). */
  private stopFits = false;

  constructor() {
    const module = new WASM.Module(decodeBase64(UNIT_HASH_WASM));
    const abort = (): never => {
      throw new Error("unit-hash.wasm: abort");
    };
    this.x = new WASM.Instance(module, { env: { abort } }).exports as unknown as Exports;
    this.base = this.x.buffersStart();
    this.u8 = new Uint8Array(this.x.memory.buffer);
    this.ensureRoom(4096);
    // The ASCII part of the table; the rest is filled once a character past ASCII asks (-3).
    const table = new Int32Array(this.x.memory.buffer, 0, TABLE_END);
    table.fill(-1);
    for (let c = 0; c < 0x80; c++) table[c] = classOf(c);
    const numbers = [...NUMBER_WORDS];
    const view = new DataView(this.x.memory.buffer);
    numbers.forEach((w, k) => {
      const e = NUMBER_PTR + k * NUMBER_SIZE;
      view.setUint32(e, wordHash(w), true);
      view.setInt32(e + 4, w.length, true);
      for (let q = 0; q < w.length; q++) view.setUint16(e + 8 + 2 * q, w.charCodeAt(q), true);
    });
    for (let k = 0; k < 32; k++) view.setInt32(NUMBER_BITS_PTR + 4 * k, NUMBER_WORD_BITS[k] ?? 0, true);
    this.numbers = numbers.length;
    this.setTables(0);
  }

  private readonly numbers: number;
  private longs = 0;

  private setTables(longs: number): void {
    this.longs = longs;
    this.x.setTables(this.tableLoaded ? 1 : 0, longs, this.numbers, MASKED_NUMBER, MASKED_NAME);
  }

  /**
   * Buffers for a unit of `n` code units: UTF-8 in (3n), tokens (4n + 4), bytes (3n), stems (4n),
   * shingles, sampled positions and their hashes (4n + 4 each).
   */
  private ensureRoom(n: number): void {
    if (n <= this.room) return;
    let room = Math.max(4096, this.room);
    while (room < n) room *= 2;
    const align = (v: number): number => (v + 7) & ~7;
    const input = align(this.base);
    const tokens = align(input + 3 * room);
    const bytes = align(tokens + 4 * room + 4);
    const stems = align(bytes + 3 * room + 8);
    const shingles = align(stems + 4 * room);
    const selPos = align(shingles + 4 * room + 4);
    const selHash = align(selPos + 4 * room + 4);
    const end = selHash + 4 * room + 4;
    const have = this.x.memory.buffer.byteLength;
    if (end > have) this.x.memory.grow(Math.ceil((end - have) / PAGE));
    Object.assign(this, { room, input, tokens, bytes, stems, shingles, selPos, selHash });
    const buf = this.x.memory.buffer;
    this.u8 = new Uint8Array(buf);
    this.inView = this.u8.subarray(input, input + 3 * room);
    this.u32 = new Uint32Array(buf);
    this.i32 = new Int32Array(buf);
  }

  private loadTable(): void {
    ensureTable();
    const table = new Int32Array(this.x.memory.buffer, 0, TABLE_END);
    for (let c = 0x80; c < TABLE_END; c++) table[c] = classOf(c);
    this.tableLoaded = true;
    this.setTables(this.longs);
  }

  private loadStop(stop: CodedStopwords): void {
    this.stop = stop;
    const view = new DataView(this.x.memory.buffer);
    for (let i = 0; i < SHORT_SLOTS; i++) view.setInt32(SHORT_PTR + 4 * i, 0, true);
    const longs: string[] = [];
    let fits = true;
    for (const w of stop.words) {
      if (!isAscii(w)) continue; // stop.nonAscii: such words leave the unit to the JavaScript pass
      if (w.length <= 5) {
        const code = codeOf(w);
        let h = Math.imul(code, 0x9e3779b1);
        h ^= h >>> 16;
        for (let i = h & (SHORT_SLOTS - 1); ; i = (i + 1) & (SHORT_SLOTS - 1)) {
          const v = view.getInt32(SHORT_PTR + 4 * i, true);
          if (v === code) break;
          if (v === 0) {
            view.setInt32(SHORT_PTR + 4 * i, code, true);
            break;
          }
        }
      } else if (w.length <= 24 && longs.length < LONG_MAX) longs.push(w);
      else fits = false;
    }
    longs.forEach((w, k) => {
      const e = LONG_PTR + k * LONG_SIZE;
      view.setInt32(e, codeOf(w), true);
      view.setInt32(e + 4, w.length, true);
      for (let q = 0; q < w.length; q++) view.setUint16(e + 8 + 2 * q, w.toLowerCase().charCodeAt(q), true);
    });
    for (let k = 0; k < 32; k++) view.setInt32(LONG_BITS_PTR + 4 * k, stop.longBits[k] ?? 0, true);
    this.stopFits = fits && [...stop.words].every((w) => w === w.toLowerCase());
    this.setTables(longs.length);
  }

  /**
   * Hashes text[from, to) as UnitHasher.fast() does; returns the token count, or -1 where that pass
   * must run. The results are read with the methods below; the token hashes are copied to
   * `tokensOut` unless it is null (then only sample() reads them).
   */
  hash(text: string, from: number, to: number, stop: CodedStopwords | null, tokensOut: Uint32Array | null, stemsOut: Int32Array): number {
    const n = to - from;
    this.serial++;
    this.lastCount = -1;
    if (n > WASM_MAX_UNIT) return -1;
    if (stop !== null && stop !== this.stop) this.loadStop(stop);
    if (stop !== null && !this.stopFits) return -1;
    this.ensureRoom(n + 1);
    const { written } = encoder.encodeInto(text.slice(from, to), this.inView);
    let count = this.run(written, stop);
    if (count === -3) {
      this.loadTable();
      count = this.run(written, stop);
    }
    if (count < 0) return -1;
    this.lastCount = count;
    const u32 = this.u32;
    const t = this.tokens >> 2;
    if (tokensOut !== null) for (let k = 0; k < count; k++) tokensOut[k] = u32[t + k] ?? 0;
    const i32 = this.i32;
    const s = this.stems >> 2;
    const stemCount = this.stemCount();
    for (let k = 0; k < stemCount; k++) stemsOut[k] = i32[s + k] ?? 0;
    return count;
  }

  /**
   * The winnowed sample of the last unit hashed here (shingleHashes then winnow of shingles.ts, `n`
   * tokens a shingle, windows of `w`), written at `at` of `pos` and `hash`, which have room for the
   * unit's token count; returns how many. -1 when the last hash() gave no tokens here.
   */
  sample(n: number, w: number, pos: Int32Array, hash: Uint32Array, at: number): number {
    const count = this.lastCount;
    if (count < 0) return -1;
    const k = this.x.sample(this.tokens, count, n, w, this.shingles, this.selPos, this.selHash);
    pos.set(this.i32.subarray(this.selPos >> 2, (this.selPos >> 2) + k), at);
    hash.set(this.u32.subarray(this.selHash >> 2, (this.selHash >> 2) + k), at);
    return k;
  }

  private run(written: number, stop: CodedStopwords | null): number {
    return this.x.hash(this.input, written, this.tokens, this.bytes, this.stems, stop !== null ? 1 : 0, stop?.nonAscii ? 1 : 0);
  }

  // The last unit's results, read from the module's memory (OUT_PTR of assembly/unit-hash.ts).
  stemCount(): number {
    return this.i32[OUT_PTR >> 2] ?? -1;
  }
  skeleton(): number {
    return this.u32[(OUT_PTR >> 2) + 1] ?? 0;
  }
  words(): number {
    return this.u32[(OUT_PTR >> 2) + 2] ?? 0;
  }
  fpHi(): number {
    return this.u32[(OUT_PTR >> 2) + 3] ?? 0;
  }
  fpLo(): number {
    return this.u32[(OUT_PTR >> 2) + 4] ?? 0;
  }
}

/** A code's entry in the module's table (assembly/unit-hash.ts): -1 off the table. */
function classOf(c: number): number {
  const l = LOWER[c] ?? -1;
  if (l < 0) return -1;
  return l | (((WORD[l] ?? 0) & 1) << 16) | (((WORD[c] ?? 0) & 1) << 18);
}

function codeOf(w: string): number {
  let code = 0;
  for (let i = 0; i < w.length && i < 5; i++) code = code * 64 + sixBits(w.charCodeAt(i));
  return code;
}

function isAscii(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 0x80) return false;
  return true;
}
