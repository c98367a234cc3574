// The store a run's claims live in (see docs/engine.md): the interface every index backend
// implements (memory here; Redis and Redis Cluster in src/store/), and the in-memory one.
//
// Phase one: every file's units claim their keys (exact fingerprints, sampled shingles) with their
// rank; claims combine by taking the minimum, so they commute and a rerun changes nothing. Files
// also add themselves as members under their line templates (learned boilerplate counts distinct
// files) and put the records a later file may need to name or judge its first copy (a unit's text,
// a file's name and unit table). Phase two: every file reads the finished claims on its own.
//
// Keys are compact binary (see claim-keys.ts); a store namespaces them by the run id it was opened
// with. Every method takes whole arrays: a networked store sends them in pipelined batches.

import { WinnowError } from "../../base/errors.js";
import { KIND_EXACT, KIND_FILE, KIND_SHINGLE, KIND_UNIT, type PackedKeys } from "./claim-keys.js";
import { U32Map, U64Map } from "../hash-table.js";

/** A key: kind byte + hash bytes (claim-keys.ts). The store namespaces it by run id. */
export type ClaimKey = Uint8Array;

/**
 * rank = fileIndexInSortedList * 2^21 + unitIndex: exact in a double for 2^32 files of up to
 * 2^21 units. Lower rank = earlier in the run.
 */
export const UNITS_PER_FILE = 2 ** 21;

export function rankOf(file: number, unit: number): number {
  return file * UNITS_PER_FILE + unit;
}

export function fileOfRank(rank: number): number {
  return Math.floor(rank / UNITS_PER_FILE);
}

/** The distinct ranks of `ranks` that lie in files before file `n` (the first copies it can name), in order. */
export function earlierRanks(ranks: ArrayLike<number>, n: number): number[] {
  const before = n * UNITS_PER_FILE;
  const distinct = new Set<number>();
  for (let i = 0; i < ranks.length; i++) {
    const r = ranks[i] ?? NaN;
    if (r < before) distinct.add(r);
  }
  return [...distinct].sort((x, y) => x - y);
}

export interface ClaimStore {
  /** Phase one: for each key, keep min(existing, rank). Commutative, idempotent (a rerun changes nothing). */
  claimMin(keys: readonly ClaimKey[], ranks: Float64Array): Promise<void>;
  /** Phase one: add a member (a file rank) to the set under each key. Idempotent. */
  addMember(keys: readonly ClaimKey[], members: Float64Array): Promise<void>;
  /**
   * Phase one: store a record (bytes) under each key. A key is written with the same bytes by any
   * rerun (records are keyed by the rank of what they describe), so a rewrite changes nothing.
   */
  putRecords(keys: readonly ClaimKey[], records: readonly Uint8Array[]): Promise<void>;
  /** Phase two: the minimum rank per key, NaN when nobody claimed it. */
  lookupMin(keys: readonly ClaimKey[]): Promise<Float64Array>;
  /** Phase two: the number of distinct members per key, capped at `cap` (the store may stop counting). */
  countMembers(keys: readonly ClaimKey[], cap: number): Promise<Uint32Array>;
  /** Phase two: the record under each key, null when none. */
  getRecords(keys: readonly ClaimKey[]): Promise<(Uint8Array | null)[]>;
  /**
   * The run's file list as a digest (planDigest): the first shard to ask sets it; every shard gets
   * back the one the run holds. Ranks are places in that list, so a shard that planned another
   * list, or a run id used before for other files, would name first copies that are not there.
   */
  settlePlan(digest: string): Promise<string>;
  /** Barrier `phase` (a short name): shard `shard` (1-based) of `total` has finished it. Idempotent. */
  arrive(phase: string, shard: number, total: number): Promise<void>;
  /**
   * Resolves when all `total` shards arrived at `phase`; rejects after timeoutMs with a
   * BarrierTimeout naming the missing shards.
   */
  waitAll(phase: string, total: number, timeoutMs: number): Promise<void>;
  /** Remove everything of this run. */
  drop(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A store that takes exact and shingle keys as numbers too (the in-memory one): the engine then
 * makes no key object. Same results as claimMin/lookupMin over unpackKeys(p).
 */
export interface PackedClaimStore extends ClaimStore {
  claimMinPacked(p: PackedKeys, ranks: Float64Array): Promise<void>;
  lookupMinPacked(p: PackedKeys): Promise<Float64Array>;
}

export function takesPacked(s: ClaimStore): s is PackedClaimStore {
  return typeof (s as Partial<PackedClaimStore>).claimMinPacked === "function";
}

/** How a store is opened: the run it serves and how long its keys live (seconds; 0: no expiry). */
export interface StoreOpenOptions {
  run: string;
  ttlSeconds: number;
}

/** A shard planned another file list than the run's (ClaimStore.settlePlan). */
export class PlanMismatch extends WinnowError {
  constructor(files: number) {
    super(`the run's store holds claims made for other files than this shard planned (${files} files), or for these files before they changed: every shard must plan the same files (same paths or --file-list, ignores and config); use a new --run, or drop the run first (winnow index drop)`, 2);
  }
}

/** The barrier's wait ran out: `missing` are the 1-based shards that never arrived. */
export class BarrierTimeout extends WinnowError {
  constructor(
    readonly phase: string,
    readonly missing: readonly number[],
    readonly total: number,
  ) {
    // Exit 2 and one line, like any input or store error; the shard can be run again.
    super(`shard${missing.length === 1 ? "" : "s"} ${missing.map((k) => `${k}/${total}`).join(", ")} did not finish ${phase} in time`, 2);
  }
}

/** The shards of `total` not in `arrived`, in order. */
export function missingShards(arrived: ReadonlySet<number>, total: number): number[] {
  const out: number[] = [];
  for (let k = 1; k <= total; k++) if (!arrived.has(k)) out.push(k);
  return out;
}

/** A key as a map key: latin1 of its bytes (one char a byte). */
export function keyString(k: ClaimKey): string {
  let s = "";
  for (let i = 0; i < k.length; i++) s += String.fromCharCode(k[i] ?? 0);
  return s;
}

const PAGE_BITS = 20;
const PAGE = 1 << PAGE_BITS;

/**
 * Minimum ranks under numeric keys: exact keys (salt, hi, lo) and shingle keys (salt, hash) in
 * typed hash tables, one a salt, so that the in-memory store makes no string a key.
 */
class MinTable {
  private readonly exact = new Map<number, U64Map>();
  private readonly shingle = new Map<number, U32Map>();
  /** Minimum ranks in pages of 2^20 (8 MB): no doubled array and no copy while it grows. */
  private pages: Float64Array[] = [];
  private n = 0;

  private slot(kind: number, w0: number, w1: number, w2: number, add: boolean): number {
    if (kind === KIND_EXACT) {
      let m = this.exact.get(w0);
      if (!m) {
        if (!add) return -1;
        this.exact.set(w0, (m = new U64Map(1024)));
      }
      const s = m.get(w1, w2);
      if (s >= 0 || !add) return s;
      m.setIfAbsent(w1, w2, this.n);
    } else {
      let m = this.shingle.get(w0);
      if (!m) {
        if (!add) return -1;
        this.shingle.set(w0, (m = new U32Map(4096)));
      }
      const s = m.get(w1);
      if (s >= 0 || !add) return s;
      m.setIfAbsent(w1, this.n);
    }
    const page = this.n >>> PAGE_BITS;
    // The first page small (a run of a few files), the rest whole.
    if (page >= this.pages.length) this.pages.push(new Float64Array(page === 0 ? 1024 : PAGE));
    else if (page === 0 && this.n >= (this.pages[0]?.length ?? 0)) {
      const grown = new Float64Array(Math.min(PAGE, 2 * (this.pages[0]?.length ?? 1024)));
      grown.set(this.pages[0] ?? []);
      this.pages[0] = grown;
    }
    const p = this.pages[page];
    if (p) p[this.n & (PAGE - 1)] = Infinity;
    return this.n++;
  }

  claim(kind: number, w0: number, w1: number, w2: number, rank: number): void {
    const s = this.slot(kind, w0, w1, w2, true);
    const p = this.pages[s >>> PAGE_BITS];
    if (p && rank < (p[s & (PAGE - 1)] ?? Infinity)) p[s & (PAGE - 1)] = rank;
  }

  lookup(kind: number, w0: number, w1: number, w2: number): number {
    const s = this.slot(kind, w0, w1, w2, false);
    return s < 0 ? NaN : (this.pages[s >>> PAGE_BITS]?.[s & (PAGE - 1)] ?? NaN);
  }

  clear(): void {
    this.exact.clear();
    this.shingle.clear();
    this.n = 0;
  }
}

function numericKey(k: ClaimKey): boolean {
  return (k[0] === KIND_EXACT && k.length === 13) || (k[0] === KIND_SHINGLE && k.length === 9);
}

function word(k: ClaimKey, at: number): number {
  return (((k[at] ?? 0) << 24) | ((k[at + 1] ?? 0) << 16) | ((k[at + 2] ?? 0) << 8) | (k[at + 3] ?? 0)) >>> 0;
}


/**
 * Records in big shared chunks, unit and file records found through typed hash tables: one small
 * Uint8Array and one string key a record cost about 1 KB of RSS for a record of ~360 bytes (the
 * claimed units of the whole run are held until phase two; docs/performance.md). Other keys go to
 * a Map. getRecords hands out views into the chunks.
 */
class RecordTable {
  private static readonly CHUNK = 1 << 22;
  private units = new U64Map(1024);
  private files = new U32Map(1024);
  private readonly other = new Map<string, Uint8Array>();
  private chunks: Uint8Array<ArrayBuffer>[] = [];
  private used = RecordTable.CHUNK;
  private chunkOf: Int32Array<ArrayBuffer> = new Int32Array(1024);
  private startOf: Int32Array<ArrayBuffer> = new Int32Array(1024);
  private lengthOf: Int32Array<ArrayBuffer> = new Int32Array(1024);
  private n = 0;

  private slotOf(k: ClaimKey, add: boolean): number {
    const unit = k[0] === KIND_UNIT && k.length === 9;
    if (!unit && !(k[0] === KIND_FILE && k.length === 5)) return -2;
    const s = unit ? this.units.get(word(k, 1), word(k, 5)) : this.files.get(word(k, 1));
    if (s >= 0 || !add) return s;
    if (this.n >= this.chunkOf.length) {
      const grow = (a: Int32Array): Int32Array<ArrayBuffer> => {
        const g = new Int32Array(a.length * 2);
        g.set(a);
        return g;
      };
      this.chunkOf = grow(this.chunkOf);
      this.startOf = grow(this.startOf);
      this.lengthOf = grow(this.lengthOf);
    }
    if (unit) this.units.setIfAbsent(word(k, 1), word(k, 5), this.n);
    else this.files.setIfAbsent(word(k, 1), this.n);
    return this.n++;
  }

  put(k: ClaimKey, record: Uint8Array): void {
    const s = this.slotOf(k, true);
    if (s === -2) {
      this.other.set(keyString(k), record.slice());
      return;
    }
    if (this.used + record.length > (this.chunks[this.chunks.length - 1]?.length ?? 0)) {
      this.chunks.push(new Uint8Array(Math.max(RecordTable.CHUNK, record.length)));
      this.used = 0;
    }
    this.chunks[this.chunks.length - 1]?.set(record, this.used);
    this.chunkOf[s] = this.chunks.length - 1;
    this.startOf[s] = this.used;
    this.lengthOf[s] = record.length;
    this.used += record.length;
  }

  get(k: ClaimKey): Uint8Array | null {
    const s = this.slotOf(k, false);
    if (s === -2) return this.other.get(keyString(k)) ?? null;
    if (s < 0) return null;
    const start = this.startOf[s] ?? 0;
    return this.chunks[this.chunkOf[s] ?? 0]?.subarray(start, start + (this.lengthOf[s] ?? 0)) ?? null;
  }

  /** Records held. */
  get size(): number {
    return this.n + this.other.size;
  }

  clear(): void {
    this.units = new U64Map(1024);
    this.files = new U32Map(1024);
    this.other.clear();
    this.chunks = [];
    this.used = RecordTable.CHUNK;
    this.n = 0;
  }
}

/** The memory of one run of MemoryClaimStore: several stores (shards in one process) may share it. */
export class MemoryRun {
  readonly table = new MinTable();
  readonly mins = new Map<string, number>();
  readonly members = new Map<string, Set<number>>();
  readonly records = new RecordTable();
  readonly arrived = new Map<string, Set<number>>();
  /** The run's file list (ClaimStore.settlePlan). */
  plan: string | null = null;
  /** Waiters woken when a shard arrives. */
  readonly waiters = new Set<() => void>();
}

/**
 * The in-memory store (the default index): one process's maps. Shards of one run in one process
 * (tests) share a MemoryRun.
 */
export class MemoryClaimStore implements ClaimStore {
  constructor(readonly data: MemoryRun = new MemoryRun()) {}

  claimMin(keys: readonly ClaimKey[], ranks: Float64Array): Promise<void> {
    const m = this.data.mins;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] ?? new Uint8Array(0);
      const r = ranks[i] ?? NaN;
      if (numericKey(key)) {
        this.data.table.claim(key[0] ?? 0, word(key, 1), word(key, 5), key.length > 9 ? word(key, 9) : 0, r);
        continue;
      }
      const k = keyString(key);
      const had = m.get(k);
      if (had === undefined || r < had) m.set(k, r);
    }
    return Promise.resolve();
  }

  addMember(keys: readonly ClaimKey[], members: Float64Array): Promise<void> {
    for (let i = 0; i < keys.length; i++) {
      const k = keyString(keys[i] ?? new Uint8Array(0));
      let set = this.data.members.get(k);
      if (!set) this.data.members.set(k, (set = new Set()));
      set.add(members[i] ?? 0);
    }
    return Promise.resolve();
  }

  putRecords(keys: readonly ClaimKey[], records: readonly Uint8Array[]): Promise<void> {
    for (let i = 0; i < keys.length; i++) this.data.records.put(keys[i] ?? new Uint8Array(0), records[i] ?? new Uint8Array(0));
    return Promise.resolve();
  }

  lookupMin(keys: readonly ClaimKey[]): Promise<Float64Array> {
    const out = new Float64Array(keys.length);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] ?? new Uint8Array(0);
      out[i] = numericKey(key) ? this.data.table.lookup(key[0] ?? 0, word(key, 1), word(key, 5), key.length > 9 ? word(key, 9) : 0) : (this.data.mins.get(keyString(key)) ?? NaN);
    }
    return Promise.resolve(out);
  }

  claimMinPacked(p: PackedKeys, ranks: Float64Array): Promise<void> {
    const t = this.data.table;
    for (let i = 0; i < p.n; i++) t.claim(p.kind[i] ?? 0, p.w0[i] ?? 0, p.w1[i] ?? 0, p.w2[i] ?? 0, ranks[i] ?? NaN);
    return Promise.resolve();
  }

  lookupMinPacked(p: PackedKeys): Promise<Float64Array> {
    const t = this.data.table;
    const out = new Float64Array(p.n);
    for (let i = 0; i < p.n; i++) out[i] = t.lookup(p.kind[i] ?? 0, p.w0[i] ?? 0, p.w1[i] ?? 0, p.w2[i] ?? 0);
    return Promise.resolve(out);
  }

  countMembers(keys: readonly ClaimKey[], cap: number): Promise<Uint32Array> {
    const out = new Uint32Array(keys.length);
    for (let i = 0; i < keys.length; i++) out[i] = Math.min(cap, this.data.members.get(keyString(keys[i] ?? new Uint8Array(0)))?.size ?? 0);
    return Promise.resolve(out);
  }

  getRecords(keys: readonly ClaimKey[]): Promise<(Uint8Array | null)[]> {
    return Promise.resolve(keys.map((k) => this.data.records.get(k)));
  }

  settlePlan(digest: string): Promise<string> {
    this.data.plan ??= digest;
    return Promise.resolve(this.data.plan);
  }

  arrive(phase: string, shard: number, total: number): Promise<void> {
    const key = `${phase}/${total}`;
    let set = this.data.arrived.get(key);
    if (!set) this.data.arrived.set(key, (set = new Set()));
    set.add(shard);
    for (const wake of [...this.data.waiters]) wake();
    return Promise.resolve();
  }

  waitAll(phase: string, total: number, timeoutMs: number): Promise<void> {
    const key = `${phase}/${total}`;
    const done = (): boolean => (this.data.arrived.get(key)?.size ?? 0) >= total;
    if (done()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const wake = (): void => {
        if (!done()) return;
        this.data.waiters.delete(wake);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.data.waiters.delete(wake);
        reject(new BarrierTimeout(phase, missingShards(this.data.arrived.get(key) ?? new Set(), total), total));
      }, timeoutMs);
      this.data.waiters.add(wake);
    });
  }

  drop(): Promise<void> {
    this.data.table.clear();
    this.data.mins.clear();
    this.data.members.clear();
    this.data.records.clear();
    this.data.arrived.clear();
    this.data.plan = null;
    return Promise.resolve();
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
