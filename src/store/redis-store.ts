// The claim store on Redis or a Redis Cluster (docs/redis-index.md).
//
// Layout: every key of a run starts with "winnow:RUN:". Claims are grouped into buckets by a hash of
// their binary key, so that many claims share one Redis key and its overhead; each bucket is a small
// sorted set or hash that Redis keeps as a listpack (~25 bytes an entry instead of ~90 for a key of
// its own with a TTL):
//   {T}c<bucket>  sorted set   field = claim key, score = min rank   (ZADD LT: the minimum)
//   {T}m<bucket>  sorted set   field = len,key,member (score 0)      (ZADD NX; ZLEXCOUNT counts a key's members)
//   {T}r<bucket>  hash         field = record key, value = record bytes
//   meta          hash         bucket bits and tag count of the run (the first shard to open decides, HSETNX)
//   arrived:PHASE/N  set       shards that finished PHASE
// {T} is a hash tag: bucket mod the run's tag count (1 on one server; 16 a master on a Cluster, so the
// buckets spread over every master). One Lua call takes up to SCRIPT_ENTRIES keys of one tag, packed in
// one buffer, whatever their buckets: a batch costs a few calls a tag, not one command a key, and each
// call stays in one slot. Calls are pipelined per master (redis-transport.ts). A bucket gets the run's
// TTL when this process first writes it. Phase-one writes are held and sent in large batches; any
// read, arrive, drop or close sends them first, so a caller sees its own writes.
import { appendFileSync } from "node:fs";
import { BarrierTimeout, type ClaimKey, type ClaimStore, missingShards, type StoreOpenOptions } from "../core/claims/claim-store.js";
import { UsageError } from "../base/errors.js";
import { fmix32 } from "../core/tokens.js";
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
const MAX_BITS = 32;
/** Entries a bucket is sized for: Redis keeps a sorted set or hash of up to 128 entries as a listpack. */
const ENTRIES_PER_BUCKET = 64;
/** Buffered phase-one keys that trigger a send. */
const FLUSH_KEYS = 262_144;
const RUN_ID = /^[A-Za-z0-9._-]{1,64}$/;
const EMPTY = new Uint8Array(0);
const EMPTY_BUFFER = Buffer.alloc(0);
/** Entries a script call takes at most (a call blocks its master while it runs: ~1 ms). */
const SCRIPT_ENTRIES = 2000;
/** Hash tags a master on a Cluster: the buckets of a run spread over 16 slots a master. */
const TAGS_PER_MASTER = 16;
const MAX_TAGS = 65_536;

/** Bytes of packed entries a script call takes at most. */
const SCRIPT_BYTES = 1 << 20;

/**
 * A write script: for each entry of ARGV[1], `write` (which sees the entry at i, its key length n
 * and its bucket key k), the bucket's TTL where the entry's flag says so, then on to `next`.
 */
function writeEach(write: string, next: string): string {
  return `local b, h, i = ARGV[1], ARGV[2], 1
while i <= #b do
  local n = string.byte(b, i + 5)
  local k = h .. string.sub(b, i + 1, i + 4)
  ${write}
  if string.byte(b, i) == 1 then redis.call('EXPIRE', k, ARGV[3]) end
  i = ${next}
end
return 0`;
}

/** A read script: for each entry of ARGV[1] (no value after its key), what `read` returns, in order. */
function readEach(read: string): string {
  return `local b, h, i, out = ARGV[1], ARGV[2], 1, {}
while i <= #b do
  local n = string.byte(b, i + 5)
  local k = h .. string.sub(b, i + 1, i + 4)
  out[#out + 1] = ${read}
  i = i + 6 + n
end
return out`;
}

/**
 * The scripts. ARGV[1] holds entries [ttl flag: u8][bucket: u32 big-endian][key length: u8][key]
 * [...]; ARGV[2] the bucket keys' common head ("winnow:RUN:{tag}c"); ARGV[3] the TTL. A bucket's key is
 * the head and its 4 bytes, so a call of thousands of claims is 5 arguments, not one a bucket; every
 * bucket of a call has the tag of KEYS[1] (the call's first bucket), so the call stays in one slot.
 * The flag is 1 where this process sets that bucket's TTL (the first write it sends there).
 */
const SCRIPTS = {
  // [.. key][rank: little-endian double] -> ZADD LT: the minimum rank.
  claim: writeEach("redis.call('ZADD', k, 'LT', struct.unpack('<d', b, i + 6 + n), string.sub(b, i + 6, i + 5 + n))", "i + 14 + n"),
  // [.. key][member: 8 bytes] -> the field [len][key][member] (score 0).
  member: writeEach("redis.call('ZADD', k, 'NX', 0, string.sub(b, i + 5, i + 13 + n))", "i + 14 + n"),
  // [.. key][value length: u32 little-endian][value] -> HSET.
  record: writeEach(
    `local v = struct.unpack('<I4', b, i + 6 + n)
  redis.call('HSET', k, string.sub(b, i + 6, i + 5 + n), string.sub(b, i + 10 + n, i + 9 + n + v))`,
    "i + 10 + n + v",
  ),
  // -> the scores (false: unclaimed).
  lookup: readEach("redis.call('ZSCORE', k, string.sub(b, i + 6, i + 5 + n))"),
  // -> how many fields start with [len][key].
  count: readEach(
    "redis.call('ZLEXCOUNT', k, '[' .. string.sub(b, i + 5, i + 5 + n), '[' .. string.sub(b, i + 5, i + 5 + n) .. string.rep('\\255', 8))",
  ),
  // -> the records (false: none).
  records: readEach("redis.call('HGET', k, string.sub(b, i + 6, i + 5 + n))"),
};

/** Bucket bits for about `keys` distinct keys. */
export function bucketBitsFor(keys: number | undefined): number {
  if (keys === undefined || !(keys > 0)) return DEFAULT_BUCKET_BITS;
  return Math.min(MAX_BITS, Math.max(MIN_BITS, Math.ceil(Math.log2(keys / ENTRIES_PER_BUCKET))));
}

/** A 32-bit hash of a key's bytes (FNV-1a with a murmur3 finaliser), whose top bits pick the bucket. */
function keyHash(k: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < k.length; i++) h = Math.imul(h ^ (k[i] ?? 0), 0x01000193);
  return fmix32(h);
}

type Kind = "c" | "m" | "r";

/** One script call: the key of its first bucket (it routes the call), the head of its buckets' keys, its packed entries, and which input each entry is. */
interface Call {
  first: Buffer;
  head: string;
  blob: Buffer;
  items: Uint32Array;
}

/** (tag, index) pairs sorted as one Float64Array: tag * SPAN + index. */
const SPAN = 2 ** 32;

interface Pending {
  claims: { keys: ClaimKey[]; ranks: number[] };
  members: { keys: ClaimKey[]; members: number[] };
  records: { keys: ClaimKey[]; values: Uint8Array[] };
  size: number;
}

function emptyPending(): Pending {
  return { claims: { keys: [], ranks: [] }, members: { keys: [], members: [] }, records: { keys: [], values: [] }, size: 0 };
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export class RedisClaimStore implements ClaimStore {
  private readonly prefix: string;
  private readonly ttl: number;
  private pending = emptyPending();
  /** Buckets (kind * 2^32 + bucket) this process has set the TTL on. */
  private readonly expiring = new Set<number>();
  private closed = false;
  /** WINNOW_STORE_STATS: a file that close() appends this process's figures to (npm run bench reads them). */
  statsFile: string | undefined;

  private constructor(
    private readonly t: Transport,
    run: string,
    ttlSeconds: number,
    private readonly bits: number,
    private readonly tags: number,
  ) {
    this.prefix = `winnow:${run}:`;
    this.ttl = Math.max(0, Math.floor(ttlSeconds));
  }

  /** Opens the run on the index: checks the server, then agrees on the bucket bits and tags with the other shards. */
  static async open(url: string, o: RedisStoreOptions): Promise<RedisClaimStore> {
    if (!RUN_ID.test(o.run)) throw new UsageError(`--run ${JSON.stringify(o.run)}: a run id is 1-64 letters, digits, ".", "_" or "-"`);
    const parsed = parseIndexUrl(url, o.env ?? process.env);
    const t = await openTransport(parsed);
    try {
      const meta = Buffer.from(`winnow:${o.run}:meta`);
      const tags = t.cluster ? TAGS_PER_MASTER * Math.max(1, t.masters) : 1;
      const cmds: Command[] = [["hsetnx", meta, "bits", bucketBitsFor(o.expectedKeys ?? parsed.expectedKeys)], ["hsetnx", meta, "tags", tags], ["hmget", meta, "bits", "tags"]];
      if (o.ttlSeconds > 0) cmds.push(["expire", meta, Math.floor(o.ttlSeconds)]);
      await t.loadScripts(SCRIPTS);
      const replies = await t.exec(cmds);
      const [bitsText, tagsText] = replies[2] as (string | null)[];
      const bits = Number(bitsText);
      const runTags = Number(tagsText);
      if (!(bits >= MIN_BITS && bits <= MAX_BITS) || !(runTags >= 1 && runTags <= MAX_TAGS)) {
        throw new StoreError(`index ${parsed.shown}: run ${o.run} has a broken meta key (bits ${String(bitsText)}, tags ${String(tagsText)})`);
      }
      const store = new RedisClaimStore(t, o.run, o.ttlSeconds, bits, runTags);
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

  /** The head of the keys of a kind's buckets under one tag: "winnow:RUN:{tag}kind". */
  private head(kind: Kind, tag: number): string {
    return `${this.prefix}{${tag}}${kind}`;
  }

  private bucketKey(kind: Kind, bucket: number): Buffer {
    const head = this.head(kind, bucket % this.tags);
    const out = Buffer.allocUnsafe(head.length + 4);
    out.write(head, 0, "latin1");
    out.writeUInt32BE(bucket, head.length);
    return out;
  }

  private ensureOpen(): void {
    if (this.closed) throw new StoreError("the index store is closed");
  }

  /**
   * Script calls for `keys`: grouped by tag, at most SCRIPT_ENTRIES entries and about SCRIPT_BYTES a
   * call; each entry [ttl flag][bucket: u32][len][key], then `tailLength(i)` bytes written by `tail`.
   */
  private calls(kind: Kind, keys: readonly ClaimKey[], write: boolean, tailLength?: (i: number) => number, tail?: (i: number, into: Buffer, at: number) => void): Call[] {
    const n = keys.length;
    const out: Call[] = [];
    if (n === 0) return out;
    const shift = 32 - this.bits;
    const tags = this.tags;
    const buckets = new Uint32Array(n);
    const order = new Float64Array(n);
    let bytes = 0;
    for (let i = 0; i < n; i++) {
      const key = keys[i] ?? EMPTY;
      const b = keyHash(key) >>> shift;
      buckets[i] = b;
      order[i] = tags === 1 ? i : (b % tags) * SPAN + i;
      bytes += 6 + key.length + (tailLength ? tailLength(i) : 0);
    }
    if (tags > 1) order.sort();
    const all = Buffer.allocUnsafe(bytes);
    const kindId = kind.charCodeAt(0) * SPAN;
    const expireFirst = write && this.ttl > 0;
    let at = 0;
    let j = 0;
    while (j < n) {
      const tag = Math.floor((order[j] ?? 0) / SPAN);
      const blobStart = at;
      const items = new Uint32Array(Math.min(SCRIPT_ENTRIES, n - j));
      let m = 0;
      while (j < n && m < SCRIPT_ENTRIES && Math.floor((order[j] ?? 0) / SPAN) === tag && at - blobStart < SCRIPT_BYTES) {
        const i = (order[j] ?? 0) - tag * SPAN;
        const b = buckets[i] ?? 0;
        let flag = 0;
        if (expireFirst && !this.expiring.has(kindId + b)) {
          this.expiring.add(kindId + b);
          flag = 1;
        }
        const key = keys[i] ?? EMPTY;
        const len = key.length;
        if (len > 255) throw new Error("a claim key is longer than 255 bytes");
        all[at] = flag;
        all[at + 1] = b >>> 24;
        all[at + 2] = (b >>> 16) & 255;
        all[at + 3] = (b >>> 8) & 255;
        all[at + 4] = b & 255;
        all[at + 5] = len;
        at += 6;
        for (let x = 0; x < len; x++) all[at++] = key[x] ?? 0;
        if (tail && tailLength) {
          tail(i, all, at);
          at += tailLength(i);
        }
        items[m++] = i;
        j++;
      }
      const firstBucket = buckets[items[0] ?? 0] ?? 0;
      out.push({ first: this.bucketKey(kind, firstBucket), head: this.head(kind, tag), blob: all.subarray(blobStart, at), items: items.subarray(0, m) });
    }
    return out;
  }

  /** The pipeline commands for `calls` of script `name` (writes carry the TTL). */
  private scriptCommands(name: keyof typeof SCRIPTS | "recordsBuffer", calls: readonly Call[], write: boolean): Command[] {
    return calls.map((c) => [`script:${name}`, c.first, 1, c.first, c.blob, c.head, ...(write ? [this.ttl] : [])] as Command);
  }

  claimMin(keys: readonly ClaimKey[], ranks: Float64Array): Promise<void> {
    this.ensureOpen();
    const p = this.pending.claims;
    for (let i = 0; i < keys.length; i++) {
      p.keys.push(keys[i] ?? EMPTY);
      p.ranks.push(ranks[i] ?? NaN);
    }
    this.pending.size += keys.length;
    return this.flushIfFull();
  }

  addMember(keys: readonly ClaimKey[], members: Float64Array): Promise<void> {
    this.ensureOpen();
    const p = this.pending.members;
    for (let i = 0; i < keys.length; i++) {
      p.keys.push(keys[i] ?? EMPTY);
      p.members.push(members[i] ?? 0);
    }
    this.pending.size += keys.length;
    return this.flushIfFull();
  }

  putRecords(keys: readonly ClaimKey[], records: readonly Uint8Array[]): Promise<void> {
    this.ensureOpen();
    const p = this.pending.records;
    for (let i = 0; i < keys.length; i++) {
      p.keys.push(keys[i] ?? EMPTY);
      // A copy: the caller may reuse its buffer before the batch leaves.
      p.values.push((records[i] ?? EMPTY).slice());
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
    const f64 = new Float64Array(1);
    const f8 = new Uint8Array(f64.buffer);
    const double = (v: number, into: Buffer, at: number): void => {
      f64[0] = v;
      for (let x = 0; x < 8; x++) into[at + x] = f8[LITTLE_ENDIAN ? x : 7 - x] ?? 0;
    };
    const eight = (): number => 8;
    const values = p.records.values;
    await this.t.exec([
      ...this.scriptCommands("claim", this.calls("c", claimKeys, true, eight, (i, b, at) => double(claimRanks[i] ?? 0, b, at)), true),
      ...this.scriptCommands("member", this.calls("m", p.members.keys, true, eight, (i, b, at) => double(p.members.members[i] ?? 0, b, at)), true),
      ...this.scriptCommands(
        "record",
        this.calls(
          "r",
          p.records.keys,
          true,
          (i) => 4 + (values[i] ?? EMPTY).length,
          (i, b, at) => {
            const v = values[i] ?? EMPTY;
            b.writeUInt32LE(v.length, at);
            b.set(v, at + 4);
          },
        ),
        true,
      ),
    ]);
  }

  /** Runs read script `name` over `keys`; `put(i, reply)` gets each key's reply. */
  private async read(kind: Kind, name: "lookup" | "count" | "recordsBuffer", keys: readonly ClaimKey[], put: (i: number, reply: unknown) => void): Promise<void> {
    this.ensureOpen();
    await this.flush();
    const calls = this.calls(kind, keys, false);
    const replies = await this.t.exec(this.scriptCommands(name, calls, false));
    calls.forEach((c, g) => {
      const got = replies[g] as unknown[];
      for (let j = 0; j < c.items.length; j++) put(c.items[j] ?? 0, got[j]);
    });
  }

  async lookupMin(keys: readonly ClaimKey[]): Promise<Float64Array> {
    const out = new Float64Array(keys.length).fill(NaN);
    await this.read("c", "lookup", keys, (i, v) => {
      if (v !== null && v !== undefined && v !== false) out[i] = Number(v);
    });
    return out;
  }

  async countMembers(keys: readonly ClaimKey[], cap: number): Promise<Uint32Array> {
    const out = new Uint32Array(keys.length);
    await this.read("m", "count", keys, (i, v) => {
      out[i] = Math.min(cap, Number(v ?? 0));
    });
    return out;
  }

  async getRecords(keys: readonly ClaimKey[]): Promise<(Uint8Array | null)[]> {
    const out: (Uint8Array | null)[] = new Array<Uint8Array | null>(keys.length).fill(null);
    await this.read("r", "recordsBuffer", keys, (i, v) => {
      if (Buffer.isBuffer(v)) out[i] = new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
    });
    return out;
  }

  private barrierKey(phase: string, total: number): Buffer {
    return Buffer.from(`${this.prefix}arrived:${phase}/${total}`);
  }

  async settlePlan(digest: string): Promise<string> {
    this.ensureOpen();
    const meta = Buffer.from(`${this.prefix}meta`);
    const replies = await this.t.exec([["hsetnx", meta, "plan", digest], ["hget", meta, "plan"]]);
    return String(replies[1] ?? "");
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
