// The claim store on Redis or a Redis Cluster (docs/redis-index.md).
//
// Layout: every key of a run starts with "winnow:RUN:" (no braces, so keys spread over all hash slots).
// Claims are grouped into buckets by a hash of their binary key, so that many claims share one Redis
// key and its overhead; each bucket is a small sorted set or hash that Redis stores as a listpack
// (~25 bytes an entry instead of ~90 for a key of its own with a TTL):
//   c<bucket>  sorted set   field = claim key, score = min rank   (ZADD LT: min-combine in one command)
//   m<bucket>  sorted set   field = len,key,member (score 0)      (ZADD NX; ZLEXCOUNT counts a key's members)
//   r<bucket>  hash         field = record key, value = record bytes
//   meta       hash         bucket bits of the run (the first shard to open decides, HSETNX)
//   arrived:PHASE/N  set    shards that finished PHASE
// Every command touches one key, so a Cluster needs no Lua and no hash tags; commands are pipelined
// per node (redis-transport.ts). Every key of the run gets the run's TTL when this process first
// writes it. Phase-one writes are buffered and sent in large batches; any read, arrive, drop or close
// sends them first, so a caller sees its own writes.
import { BarrierTimeout, type ClaimKey, type ClaimStore, missingShards, type StoreOpenOptions } from "../core/claims/claim-store.js";
import { UsageError } from "../base/errors.js";
import { parseIndexUrl } from "./index-url.js";
import { type Command, openTransport, StoreError, type Transport } from "./redis-transport.js";

/** Options of the Redis store beyond the run and TTL. */
export interface RedisStoreOptions extends StoreOpenOptions {
  /**
   * About how many distinct keys the whole run will hold (all shards): sets the number of buckets so
   * that each holds ~64 entries. Only a hint (the first shard to open decides for the run).
   */
  expectedKeys?: number;
  /** Where WINNOW_INDEX_PASSWORD is read (the CLI's environment). */
  env?: Readonly<Record<string, string | undefined>>;
}

/** Buckets when nothing is known about the run's size: 2^16 (listpacks up to ~8 M keys). */
export const DEFAULT_BUCKET_BITS = 16;
const MIN_BITS = 4;
const MAX_BITS = 30;
/** Entries a bucket is sized for: Redis keeps a sorted set or hash of up to 128 entries as a listpack. */
const ENTRIES_PER_BUCKET = 64;
/** Buffered phase-one keys that trigger a send. */
const FLUSH_KEYS = 32_768;
const RUN_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Bucket bits for about `keys` distinct keys. */
export function bucketBitsFor(keys: number | undefined): number {
  if (keys === undefined || !(keys > 0)) return DEFAULT_BUCKET_BITS;
  return Math.min(MAX_BITS, Math.max(MIN_BITS, Math.ceil(Math.log2(keys / ENTRIES_PER_BUCKET))));
}

/** A 32-bit hash of a key's bytes (FNV-1a with a murmur3 finaliser), whose top bits pick the bucket. */
function keyHash(k: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < k.length; i++) h = Math.imul(h ^ (k[i] ?? 0), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function asBuffer(k: Uint8Array): Buffer {
  return Buffer.from(k.buffer, k.byteOffset, k.byteLength);
}

/** A member field: key length, key, then the member as a big-endian double, so ZLEXCOUNT can count one key's members. */
function memberField(k: Uint8Array, member: number): Buffer {
  const b = Buffer.allocUnsafe(1 + k.length + 8);
  b[0] = k.length;
  b.set(k, 1);
  b.writeDoubleBE(member, 1 + k.length);
  return b;
}

function lexRange(k: Uint8Array): [Buffer, Buffer] {
  const lo = Buffer.allocUnsafe(2 + k.length);
  lo[0] = 0x5b; // "[": inclusive
  lo[1] = k.length;
  lo.set(k, 2);
  const hi = Buffer.alloc(2 + k.length + 8, 0xff);
  hi[0] = 0x5b;
  hi[1] = k.length;
  hi.set(k, 2);
  return [lo, hi];
}

type Kind = "c" | "m" | "r";

interface Pending {
  claims: { keys: ClaimKey[]; ranks: number[] };
  members: { keys: ClaimKey[]; members: number[] };
  records: { keys: ClaimKey[]; values: Uint8Array[] };
  size: number;
}

function emptyPending(): Pending {
  return { claims: { keys: [], ranks: [] }, members: { keys: [], members: [] }, records: { keys: [], values: [] }, size: 0 };
}

export class RedisClaimStore implements ClaimStore {
  private readonly prefix: string;
  private readonly ttl: number;
  private pending = emptyPending();
  /** Bucket keys this process has set the TTL on. */
  private readonly expiring = new Set<string>();
  private closed = false;

  private constructor(
    private readonly t: Transport,
    run: string,
    ttlSeconds: number,
    private readonly bits: number,
  ) {
    this.prefix = `winnow:${run}:`;
    this.ttl = Math.max(0, Math.floor(ttlSeconds));
  }

  /** Opens the run on the index: checks the server, then agrees on the bucket bits with the other shards. */
  static async open(url: string, o: RedisStoreOptions): Promise<RedisClaimStore> {
    if (!RUN_ID.test(o.run)) throw new UsageError(`--run ${JSON.stringify(o.run)}: a run id is 1-64 letters, digits, ".", "_" or "-"`);
    const parsed = parseIndexUrl(url, o.env ?? process.env);
    const t = await openTransport(parsed);
    try {
      const meta = Buffer.from(`winnow:${o.run}:meta`);
      const cmds: Command[] = [["hsetnx", meta, "bits", bucketBitsFor(o.expectedKeys)], ["hget", meta, "bits"]];
      if (o.ttlSeconds > 0) cmds.push(["expire", meta, Math.floor(o.ttlSeconds)]);
      const replies = await t.exec(cmds);
      const bits = Number(replies[1]);
      if (!(bits >= MIN_BITS && bits <= MAX_BITS)) throw new StoreError(`index ${parsed.shown}: run ${o.run} has a broken meta key (bits ${String(replies[1])})`);
      return new RedisClaimStore(t, o.run, o.ttlSeconds, bits);
    } catch (e) {
      await t.close();
      throw t.fail(e, "cannot open the run");
    }
  }

  /** Pipelines and commands sent so far (for the figures in docs/redis-index.md). */
  get stats(): { pipelines: number; commands: number } {
    return { ...this.t.stats };
  }

  private bucketKey(kind: Kind, k: Uint8Array): Buffer {
    const b = keyHash(k) >>> (32 - this.bits);
    const p = Buffer.from(this.prefix + kind, "latin1");
    const out = Buffer.allocUnsafe(p.length + 4);
    p.copy(out);
    out.writeUInt32BE(b, p.length);
    return out;
  }

  /** Appends EXPIRE for a bucket key the first time this process writes it. */
  private expireOnce(cmds: Command[], key: Buffer): void {
    if (this.ttl === 0) return;
    const s = key.toString("latin1");
    if (this.expiring.has(s)) return;
    this.expiring.add(s);
    cmds.push(["expire", key, this.ttl]);
  }

  private ensureOpen(): void {
    if (this.closed) throw new StoreError("the index store is closed");
  }

  /** Groups (key, args) by bucket: one command per bucket. */
  private byBucket<T>(kind: Kind, keys: readonly ClaimKey[], item: (i: number) => T): Map<string, { key: Buffer; items: T[] }> {
    const out = new Map<string, { key: Buffer; items: T[] }>();
    for (let i = 0; i < keys.length; i++) {
      const bk = this.bucketKey(kind, keys[i] ?? new Uint8Array(0));
      const s = bk.toString("latin1");
      let g = out.get(s);
      if (!g) out.set(s, (g = { key: bk, items: [] }));
      g.items.push(item(i));
    }
    return out;
  }

  claimMin(keys: readonly ClaimKey[], ranks: Float64Array): Promise<void> {
    this.ensureOpen();
    const p = this.pending.claims;
    for (let i = 0; i < keys.length; i++) {
      p.keys.push(keys[i] ?? new Uint8Array(0));
      p.ranks.push(ranks[i] ?? NaN);
    }
    this.pending.size += keys.length;
    return this.flushIfFull();
  }

  addMember(keys: readonly ClaimKey[], members: Float64Array): Promise<void> {
    this.ensureOpen();
    const p = this.pending.members;
    for (let i = 0; i < keys.length; i++) {
      p.keys.push(keys[i] ?? new Uint8Array(0));
      p.members.push(members[i] ?? 0);
    }
    this.pending.size += keys.length;
    return this.flushIfFull();
  }

  putRecords(keys: readonly ClaimKey[], records: readonly Uint8Array[]): Promise<void> {
    this.ensureOpen();
    const p = this.pending.records;
    for (let i = 0; i < keys.length; i++) {
      p.keys.push(keys[i] ?? new Uint8Array(0));
      // A copy: the caller may reuse its buffer before the batch leaves.
      p.values.push((records[i] ?? new Uint8Array(0)).slice());
    }
    this.pending.size += keys.length;
    return this.flushIfFull();
  }

  private flushIfFull(): Promise<void> {
    return this.pending.size >= FLUSH_KEYS ? this.flush() : Promise.resolve();
  }

  /** Sends every buffered phase-one write. */
  private async flush(): Promise<void> {
    const p = this.pending;
    if (p.size === 0) return;
    this.pending = emptyPending();
    const cmds: Command[] = [];
    for (const { key, items } of this.byBucket("c", p.claims.keys, (i) => i).values()) {
      const args: (number | Buffer)[] = [];
      for (const i of items) {
        const r = p.claims.ranks[i] ?? NaN;
        if (!Number.isFinite(r)) continue;
        args.push(r, asBuffer(p.claims.keys[i] ?? new Uint8Array(0)));
      }
      if (args.length === 0) continue;
      cmds.push(["zadd", key, "LT", ...args]);
      this.expireOnce(cmds, key);
    }
    for (const { key, items } of this.byBucket("m", p.members.keys, (i) => i).values()) {
      const args: (number | Buffer)[] = [];
      for (const i of items) args.push(0, memberField(p.members.keys[i] ?? new Uint8Array(0), p.members.members[i] ?? 0));
      cmds.push(["zadd", key, "NX", ...args]);
      this.expireOnce(cmds, key);
    }
    for (const { key, items } of this.byBucket("r", p.records.keys, (i) => i).values()) {
      const args: Buffer[] = [];
      for (const i of items) args.push(asBuffer(p.records.keys[i] ?? new Uint8Array(0)), asBuffer(p.records.values[i] ?? new Uint8Array(0)));
      cmds.push(["hset", key, ...args]);
      this.expireOnce(cmds, key);
    }
    await this.t.exec(cmds);
  }

  async lookupMin(keys: readonly ClaimKey[]): Promise<Float64Array> {
    this.ensureOpen();
    await this.flush();
    const out = new Float64Array(keys.length).fill(NaN);
    const groups = [...this.byBucket("c", keys, (i) => i).values()];
    const replies = await this.t.exec(groups.map(({ key, items }) => ["zmscore", key, ...items.map((i) => asBuffer(keys[i] ?? new Uint8Array(0)))] as Command));
    groups.forEach(({ items }, g) => {
      const scores = replies[g] as (string | null)[];
      items.forEach((i, j) => {
        const s = scores[j];
        if (s !== null && s !== undefined) out[i] = Number(s);
      });
    });
    return out;
  }

  async countMembers(keys: readonly ClaimKey[], cap: number): Promise<Uint32Array> {
    this.ensureOpen();
    await this.flush();
    const cmds: Command[] = keys.map((k) => {
      const [lo, hi] = lexRange(k);
      return ["zlexcount", this.bucketKey("m", k), lo, hi];
    });
    const replies = await this.t.exec(cmds);
    const out = new Uint32Array(keys.length);
    for (let i = 0; i < keys.length; i++) out[i] = Math.min(cap, Number(replies[i] ?? 0));
    return out;
  }

  async getRecords(keys: readonly ClaimKey[]): Promise<(Uint8Array | null)[]> {
    this.ensureOpen();
    await this.flush();
    const out: (Uint8Array | null)[] = new Array<Uint8Array | null>(keys.length).fill(null);
    const groups = [...this.byBucket("r", keys, (i) => i).values()];
    const replies = await this.t.exec(groups.map(({ key, items }) => ["hmgetBuffer", key, ...items.map((i) => asBuffer(keys[i] ?? new Uint8Array(0)))] as Command));
    groups.forEach(({ items }, g) => {
      const values = replies[g] as (Buffer | null)[];
      items.forEach((i, j) => {
        const v = values[j];
        if (v) out[i] = new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
      });
    });
    return out;
  }

  private barrierKey(phase: string, total: number): Buffer {
    return Buffer.from(`${this.prefix}arrived:${phase}/${total}`);
  }

  async arrive(phase: string, shard: number, total: number): Promise<void> {
    this.ensureOpen();
    await this.flush();
    const key = this.barrierKey(phase, total);
    const cmds: Command[] = [["sadd", key, shard]];
    if (this.ttl > 0) cmds.push(["expire", key, this.ttl]);
    await this.t.exec(cmds);
  }

  async waitAll(phase: string, total: number, timeoutMs: number): Promise<void> {
    this.ensureOpen();
    await this.flush();
    const key = this.barrierKey(phase, total);
    const end = Date.now() + timeoutMs;
    let pause = 50;
    for (;;) {
      const [members] = (await this.t.exec([["smembers", key]])) as string[][];
      const arrived = new Set((members ?? []).map(Number));
      const missing = missingShards(arrived, total);
      if (missing.length === 0) return;
      const left = end - Date.now();
      if (left <= 0) throw new BarrierTimeout(phase, missing, total);
      await new Promise((r) => setTimeout(r, Math.min(pause, left)));
      pause = Math.min(pause * 2, 500);
    }
  }

  async drop(): Promise<void> {
    this.ensureOpen();
    this.pending = emptyPending();
    try {
      await this.t.deletePrefix(this.prefix);
    } catch (e) {
      throw this.t.fail(e, "cannot drop the run");
    }
    this.expiring.clear();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    try {
      await this.flush();
    } finally {
      this.closed = true;
      await this.t.close();
    }
  }
}

/** The store the --index URL names (src/store/open-store.ts loads this module only for a Redis URL). */
export function openRedisStore(url: string, o: RedisStoreOptions): Promise<ClaimStore> {
  return RedisClaimStore.open(url, o);
}
