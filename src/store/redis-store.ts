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
import { appendFileSync } from "node:fs";
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
  /** Where WINNOW_INDEX_PASSWORD and WINNOW_STORE_STATS are read (default: the process's environment). */
  env?: Readonly<Record<string, string | undefined>>;
}

/** Buckets when nothing is known about the run's size: 2^16 (listpacks up to ~8 M keys). */
export const DEFAULT_BUCKET_BITS = 16;
const MIN_BITS = 4;
const MAX_BITS = 28;
/** Entries a bucket is sized for: Redis keeps a sorted set or hash of up to 128 entries as a listpack. */
const ENTRIES_PER_BUCKET = 64;
/** Buffered phase-one keys that trigger a send. */
const FLUSH_KEYS = 262_144;
const EMPTY = new Uint8Array(0);
const EMPTY_BUFFER = Buffer.alloc(0);
/** Entries a script call takes at most (Lua's unpack() stops near 8,000 values). */
const SCRIPT_ENTRIES = 2000;

/**
 * One bucket a call (KEYS[1]), its claims packed in ARGV[1] so that a batch costs the client one
 * buffer a bucket, not one a claim: entries of [key length: 1 byte][key][...]. One key a script, so a
 * Cluster runs it on the master of that key's slot.
 */
const SCRIPTS = {
  // [len][key][rank: little-endian double] -> ZADD LT: the minimum rank.
  claim: `local b, a, i = ARGV[1], {}, 1
while i <= #b do
  local n = string.byte(b, i)
  a[#a + 1] = struct.unpack('<d', b, i + 1 + n)
  a[#a + 1] = string.sub(b, i + 1, i + n)
  i = i + 9 + n
end
return redis.call('ZADD', KEYS[1], 'LT', unpack(a))`,
  // [len][key] -> the scores (nil: unclaimed).
  lookup: `local b, a, i = ARGV[1], {}, 1
while i <= #b do
  local n = string.byte(b, i)
  a[#a + 1] = string.sub(b, i + 1, i + n)
  i = i + 1 + n
end
return redis.call('ZMSCORE', KEYS[1], unpack(a))`,
  // [len][key][member: little-endian double] -> that whole entry is a field (score 0) of the sorted set.
  member: `local b, a, i = ARGV[1], {}, 1
while i <= #b do
  local n = string.byte(b, i)
  a[#a + 1] = 0
  a[#a + 1] = string.sub(b, i, i + 8 + n)
  i = i + 9 + n
end
return redis.call('ZADD', KEYS[1], 'NX', unpack(a))`,
  // [len][key] -> how many fields start with that [len][key].
  count: `local b, a, i = ARGV[1], {}, 1
while i <= #b do
  local n = string.byte(b, i)
  local p = string.sub(b, i, i + n)
  a[#a + 1] = redis.call('ZLEXCOUNT', KEYS[1], '[' .. p, '[' .. p .. string.rep('\\255', 8))
  i = i + 1 + n
end
return a`,
};
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

type Kind = "c" | "m" | "r";

/** A bucket's Redis key and the indexes of the keys it holds in one call. */
interface Group {
  key: Buffer;
  items: Uint32Array;
}

/** byBucket's (bucket, index) pairs: bucket * TAG_SPAN + index, exact in a double for 28-bit buckets. */
const TAG_SPAN = 2 ** 24;

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
  private readonly expiring = new Set<number>();
  private closed = false;
  /** WINNOW_STORE_STATS: a file that close() appends this process's figures to (npm run bench reads them). */
  statsFile: string | undefined;

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
      await t.loadScripts(SCRIPTS);
      const replies = await t.exec(cmds);
      const bits = Number(replies[1]);
      if (!(bits >= MIN_BITS && bits <= MAX_BITS)) throw new StoreError(`index ${parsed.shown}: run ${o.run} has a broken meta key (bits ${String(replies[1])})`);
      const store = new RedisClaimStore(t, o.run, o.ttlSeconds, bits);
      store.statsFile = (o.env ?? process.env).WINNOW_STORE_STATS || undefined;
      return store;
    } catch (e) {
      await t.close();
      throw t.fail(e, "cannot open the run");
    }
  }

  /** Pipelines and commands sent so far (for the figures in docs/redis-index.md). */
  get stats(): { pipelines: number; commands: number } {
    return { ...this.t.stats };
  }

  private bucketOf(k: Uint8Array): number {
    return keyHash(k) >>> (32 - this.bits);
  }

  private bucketKey(kind: Kind, bucket: number): Buffer {
    const p = this.prefix.length;
    const out = Buffer.allocUnsafe(p + 5);
    out.write(this.prefix, 0, "latin1");
    out[p] = kind.charCodeAt(0);
    out.writeUInt32BE(bucket, p + 1);
    return out;
  }

  /** Appends EXPIRE for a bucket key the first time this process writes it. */
  private expireOnce(cmds: Command[], key: Buffer): void {
    if (this.ttl === 0) return;
    const id = key[key.length - 5]! * 2 ** 32 + key.readUInt32BE(key.length - 4);
    if (this.expiring.has(id)) return;
    this.expiring.add(id);
    cmds.push(["expire", key, this.ttl]);
  }

  private ensureOpen(): void {
    if (this.closed) throw new StoreError("the index store is closed");
  }

  /**
   * The indexes of `keys` grouped by bucket (at most SCRIPT_ENTRIES a group), with each bucket's Redis
   * key: (bucket, index) pairs sorted as one Float64Array, so that no array or map is made a key.
   */
  private byBucket(kind: Kind, keys: readonly ClaimKey[]): Group[] {
    const n = keys.length;
    const out: Group[] = [];
    if (n === 0) return out;
    if (n >= TAG_SPAN) {
      // Past 16 Mi keys at once: in slices (each a complete grouping of its own keys).
      for (let at = 0; at < n; at += TAG_SPAN / 2) {
        for (const g of this.byBucket(kind, keys.slice(at, at + TAG_SPAN / 2))) out.push({ key: g.key, items: g.items.map((i) => i + at) });
      }
      return out;
    }
    const tag = new Float64Array(n);
    for (let i = 0; i < n; i++) tag[i] = this.bucketOf(keys[i] ?? EMPTY) * TAG_SPAN + i;
    tag.sort();
    const order = new Uint32Array(n);
    let start = 0;
    let bucket = -1;
    let key: Buffer = EMPTY_BUFFER;
    for (let j = 0; j <= n; j++) {
      const t = j < n ? (tag[j] ?? 0) : -1;
      const b = j < n ? Math.floor(t / TAG_SPAN) : -1;
      if (j > start && (b !== bucket || j - start === SCRIPT_ENTRIES)) {
        out.push({ key, items: order.subarray(start, j) });
        start = j;
      }
      if (j === n) break;
      if (b !== bucket) {
        bucket = b;
        key = this.bucketKey(kind, b);
      }
      order[j] = t - b * TAG_SPAN;
    }
    return out;
  }

  /** Packs each group's keys as [len][key][tail[i] as a little-endian double, when given] into one buffer a group. */
  private pack(groups: readonly Group[], keys: readonly ClaimKey[], tail?: ArrayLike<number>): Buffer[] {
    const extra = tail ? 8 : 0;
    const f64 = new Float64Array(1);
    const f8 = new Uint8Array(f64.buffer);
    const le = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
    let total = 0;
    for (const g of groups) for (const i of g.items) total += 1 + (keys[i] ?? EMPTY).length + extra;
    const all = Buffer.allocUnsafe(total);
    const out: Buffer[] = [];
    let at = 0;
    for (const g of groups) {
      const start = at;
      for (const i of g.items) {
        const k = keys[i] ?? EMPTY;
        const len = k.length;
        if (len > 255) throw new Error("a claim key is longer than 255 bytes");
        all[at++] = len;
        for (let x = 0; x < len; x++) all[at++] = k[x] ?? 0;
        if (tail) {
          f64[0] = tail[i] ?? 0;
          for (let x = 0; x < 8; x++) all[at++] = f8[le ? x : 7 - x] ?? 0;
        }
      }
      out.push(all.subarray(start, at));
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
    // A NaN rank (none) claims nothing.
    const claimKeys: ClaimKey[] = [];
    const claimRanks: number[] = [];
    p.claims.keys.forEach((k, i) => {
      const r = p.claims.ranks[i] ?? NaN;
      if (Number.isFinite(r)) {
        claimKeys.push(k);
        claimRanks.push(r);
      }
    });
    const claims = this.byBucket("c", claimKeys);
    this.pack(claims, claimKeys, claimRanks).forEach((blob, g) => {
      const key = claims[g]!.key;
      cmds.push(["script:claim", key, blob]);
      this.expireOnce(cmds, key);
    });
    const members = this.byBucket("m", p.members.keys);
    this.pack(members, p.members.keys, p.members.members).forEach((blob, g) => {
      const key = members[g]!.key;
      cmds.push(["script:member", key, blob]);
      this.expireOnce(cmds, key);
    });
    for (const { key, items } of this.byBucket("r", p.records.keys)) {
      const args: Buffer[] = [];
      for (const i of items) args.push(asBuffer(p.records.keys[i] ?? EMPTY), asBuffer(p.records.values[i] ?? EMPTY));
      cmds.push(["hset", key, ...args]);
      this.expireOnce(cmds, key);
    }
    await this.t.exec(cmds);
  }

  async lookupMin(keys: readonly ClaimKey[]): Promise<Float64Array> {
    this.ensureOpen();
    await this.flush();
    const out = new Float64Array(keys.length).fill(NaN);
    const groups = this.byBucket("c", keys);
    const blobs = this.pack(groups, keys);
    const replies = await this.t.exec(groups.map(({ key }, g) => ["script:lookup", key, blobs[g] ?? EMPTY_BUFFER] as Command));
    groups.forEach(({ items }, g) => {
      const scores = replies[g] as (string | null | false)[];
      for (let j = 0; j < items.length; j++) {
        const v = scores[j];
        if (v !== null && v !== undefined && v !== false) out[items[j] ?? 0] = Number(v);
      }
    });
    return out;
  }

  async countMembers(keys: readonly ClaimKey[], cap: number): Promise<Uint32Array> {
    this.ensureOpen();
    await this.flush();
    const groups = this.byBucket("m", keys);
    const blobs = this.pack(groups, keys);
    const replies = await this.t.exec(groups.map(({ key }, g) => ["script:count", key, blobs[g] ?? EMPTY_BUFFER] as Command));
    const out = new Uint32Array(keys.length);
    groups.forEach(({ items }, g) => {
      const counts = replies[g] as number[];
      for (let j = 0; j < items.length; j++) out[items[j] ?? 0] = Math.min(cap, Number(counts[j] ?? 0));
    });
    return out;
  }

  async getRecords(keys: readonly ClaimKey[]): Promise<(Uint8Array | null)[]> {
    this.ensureOpen();
    await this.flush();
    const out: (Uint8Array | null)[] = new Array<Uint8Array | null>(keys.length).fill(null);
    const groups = this.byBucket("r", keys);
    const replies = await this.t.exec(groups.map(({ key, items }) => ["hmgetBuffer", key, ...Array.from(items, (i) => asBuffer(keys[i] ?? EMPTY))] as Command));
    groups.forEach(({ items }, g) => {
      const values = replies[g] as (Buffer | null)[];
      for (let j = 0; j < items.length; j++) {
        const v = values[j];
        if (v) out[items[j] ?? 0] = new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
      }
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
      if (this.statsFile) appendFileSync(this.statsFile, `${JSON.stringify({ pid: process.pid, bucketBits: this.bits, ...this.t.stats })}\n`);
    }
  }
}

/** The store the --index URL names (src/store/open-store.ts loads this module only for a Redis URL). */
export function openRedisStore(url: string, o: RedisStoreOptions): Promise<ClaimStore> {
  return RedisClaimStore.open(url, o);
}
