// The wire under the Redis claim store: one server (ioredis Redis) or a Redis Cluster (ioredis
// Cluster), opened with the checks a run needs before it writes anything, and one way to send many
// single-key commands: grouped by the node that serves each key's hash slot, in pipelines of at most
// PIPELINE_COMMANDS, so the network is paid per pipeline and node, not per key.
//
// Faults are one-line StoreErrors (exit 2) that name the index by its URL without credentials; the
// password is also scrubbed from any message a server or the client writes, as a last guard.
import { createHash } from "node:crypto";
import calculateSlot from "cluster-key-slot";
import debug from "debug";
import { Cluster, Redis } from "ioredis";
import { WinnowError } from "../base/errors.js";
import type { IndexUrl } from "./index-url.js";

/** A fault of the index store: exit 2, one line, no credentials. */
export class StoreError extends WinnowError {
  constructor(message: string) {
    super(message, 2);
  }
}

/**
 * A command: its name (ioredis method, e.g. "zadd", "hmgetBuffer"), its one key, then its arguments.
 * A name "script:NAME" runs the Lua script NAME registered with the transport: [name, routing key,
 * number of KEYS, ...KEYS, ...ARGV] becomes EVALSHA sha numkeys ...KEYS ...ARGV ("script:NAMEBuffer":
 * replies as Buffers).
 */
export type Command = [name: string, key: Buffer, ...args: (string | number | Buffer)[]];

/** Commands per pipeline: large enough that a round trip carries ~100-300 KB, small enough to stream. */
export const PIPELINE_COMMANDS = 4096;

const CONNECT_TIMEOUT_MS = 5000;
const RETRIES = 3;

export interface TransportStats {
  /** Pipelines sent (one network round trip each, to one node). */
  pipelines: number;
  commands: number;
}

interface ErrorLike {
  message?: unknown;
  code?: unknown;
  lastNodeError?: unknown;
}

/** The one line that says what went wrong, for an error of ioredis or of a server. */
export function describeRedisError(e: unknown): string {
  const err = (e ?? {}) as ErrorLike;
  const inner = err.lastNodeError as ErrorLike | undefined;
  const msg = String(inner?.message ?? err.message ?? e);
  const code = String(err.code ?? inner?.code ?? "");
  if (/WRONGPASS|invalid password|invalid username-password/i.test(msg)) return "authentication failed (wrong user name or password)";
  if (/NOAUTH/i.test(msg)) return "the server asks for a password (give redis://:PASSWORD@host:port or WINNOW_INDEX_PASSWORD)";
  if (/AUTH.*without any password configured|AUTH <password> called without/i.test(msg)) return "a password was given but the server has none";
  if (/cluster support disabled/i.test(msg)) return "the server is not a Redis Cluster node (cluster support disabled): use redis://host:port";
  if (/CLUSTERDOWN/i.test(msg)) return "the cluster is down (not every hash slot is served)";
  if (/MOVED|ASK /.test(msg)) return `the server redirected a key to another node (${msg.split("\n")[0]}): a cluster needs redis-cluster://`;
  if (code === "ECONNREFUSED" || /ECONNREFUSED/.test(msg)) return "cannot connect (connection refused)";
  if (code === "ENOTFOUND" || /ENOTFOUND|EAI_AGAIN/.test(msg)) return "cannot resolve the host name";
  if (code === "ETIMEDOUT" || /ETIMEDOUT|timed? ?out/i.test(msg)) return "cannot connect (timed out)";
  if (/None of startup nodes is available|Failed to refresh slots cache/i.test(msg)) return "no cluster node answered (are the host:port pairs cluster masters?)";
  if (/Connection is closed|ECONNRESET|EPIPE|Reached the max retries|MaxRetriesPerRequest|Stream isn't writeable|enableOfflineQueue/i.test(msg)) return "lost the connection to the store";
  return msg.split("\n")[0] ?? msg;
}

export interface Transport {
  readonly cluster: boolean;
  /** Masters serving the store (1 for one server). */
  readonly masters: number;
  readonly stats: TransportStats;
  /** Sends the commands (grouped by node, pipelined) and returns each reply in the same order. */
  exec(cmds: readonly Command[]): Promise<unknown[]>;
  /** Loads Lua scripts (name -> source) on every master; commands then name them "script:NAME". */
  loadScripts(scripts: Readonly<Record<string, string>>): Promise<void>;
  /** Deletes every key that starts with `prefix` (which holds no glob character) on every master. */
  deletePrefix(prefix: string): Promise<number>;
  /** A fault as a StoreError naming the index without credentials. */
  fail(e: unknown, doing: string): StoreError;
  close(): Promise<void>;
}

function scrub(s: string, secret: string | undefined): string {
  return secret ? s.split(secret).join("***") : s;
}

function infoField(info: string, name: string): string | undefined {
  return new RegExp(`^${name}:(.*)$`, "m").exec(info)?.[1]?.trim();
}

function versionAtLeast(v: string, major: number, minor: number): boolean {
  const [a = 0, b = 0] = v.split(".").map(Number);
  return a > major || (a === major && b >= minor);
}

class RedisTransport implements Transport {
  readonly stats: TransportStats = { pipelines: 0, commands: 0 };
  /** Set when the connection failed for good: later calls fail with it at once. */
  private lost: unknown = undefined;
  /** Scripts by name: their SHA-1 and source. */
  private readonly scripts = new Map<string, { sha: string; source: string }>();

  constructor(
    private readonly url: IndexUrl,
    private readonly client: Redis | Cluster,
  ) {}

  get cluster(): boolean {
    return this.client instanceof Cluster;
  }

  get masters(): number {
    return this.masterNodes().length;
  }

  fail(e: unknown, doing: string): StoreError {
    if (e instanceof StoreError) return e;
    return new StoreError(scrub(`index ${this.url.shown}: ${doing}: ${describeRedisError(e)}`, this.url.password));
  }

  /** Groups command indexes by the master serving each key's slot ("" for one server). */
  private groups(cmds: readonly Command[]): Map<string, number[]> {
    const out = new Map<string, number[]>();
    if (!(this.client instanceof Cluster)) {
      out.set("", cmds.map((_, i) => i));
      return out;
    }
    const slots = this.client.slots;
    for (let i = 0; i < cmds.length; i++) {
      const c = cmds[i];
      if (!c) continue;
      const node = slots[calculateSlot(c[1])]?.[0] ?? "?";
      let g = out.get(node);
      if (!g) out.set(node, (g = []));
      g.push(i);
    }
    return out;
  }

  private masterNodes(): Redis[] {
    return this.client instanceof Cluster ? this.client.nodes("master") : [this.client];
  }

  async loadScripts(scripts: Readonly<Record<string, string>>): Promise<void> {
    for (const [name, source] of Object.entries(scripts)) this.scripts.set(name, { sha: createHash("sha1").update(source).digest("hex"), source });
    await this.reloadScripts();
  }

  private async reloadScripts(): Promise<void> {
    const all = [...this.scripts.values()];
    await Promise.all(this.masterNodes().map((node) => Promise.all(all.map((sc) => node.script("LOAD", sc.source)))));
  }

  /** The ioredis call for a command: a script becomes EVALSHA. */
  private wire(c: Command): unknown[] {
    const name = c[0];
    if (!name.startsWith("script:")) return c;
    // "script:NAME" or "script:NAMEBuffer" (replies as Buffers); c[1] routes, c[2] is the number of KEYS.
    const buffers = name.endsWith("Buffer");
    const sc = this.scripts.get(name.slice(7, buffers ? -6 : undefined));
    if (!sc) throw new Error(`no script ${name}`);
    return [buffers ? "evalshaBuffer" : "evalsha", sc.sha, ...c.slice(2)];
  }

  async exec(cmds: readonly Command[]): Promise<unknown[]> {
    try {
      return await this.execOnce(cmds);
    } catch (e) {
      // A server that restarted or ran SCRIPT FLUSH forgot the scripts: load them again, once.
      if (!/NOSCRIPT/.test(String((e as ErrorLike | undefined)?.message))) throw this.fail(e, "a batch failed");
      try {
        await this.reloadScripts();
        return await this.execOnce(cmds);
      } catch (again) {
        throw this.fail(again, "a batch failed");
      }
    }
  }

  private async execOnce(cmds: readonly Command[]): Promise<unknown[]> {
    if (this.lost !== undefined) throw this.fail(this.lost, "the store was lost");
    const replies = new Array<unknown>(cmds.length);
    const sends: Promise<void>[] = [];
    for (const [node, idx] of this.groups(cmds)) {
      for (let at = 0; at < idx.length; at += PIPELINE_COMMANDS) {
        const part = idx.slice(at, at + PIPELINE_COMMANDS);
        // An unknown slot owner (the slot table is being refreshed): one command at a time, routed by ioredis.
        const chunks = node === "?" ? part.map((i) => [i]) : [part];
        for (const chunk of chunks) {
          const p = this.client.pipeline(chunk.map((i) => this.wire(cmds[i] as Command)));
          this.stats.pipelines++;
          this.stats.commands += chunk.length;
          sends.push(
            p.exec().then((res) => {
              if (!res) throw new Error("Connection is closed.");
              res.forEach(([err, value], j) => {
                if (err) throw err;
                replies[chunk[j] ?? 0] = value;
              });
            }),
          );
        }
      }
    }
    const settled = await Promise.allSettled(sends);
    const bad = settled.find((s): s is PromiseRejectedResult => s.status === "rejected");
    if (bad) throw bad.reason;
    return replies;
  }

  async deletePrefix(prefix: string): Promise<number> {
    let deleted = 0;
    for (const node of this.masterNodes()) {
      let cursor = "0";
      do {
        const [next, keys] = await node.scanBuffer(cursor, "MATCH", `${prefix}*`, "COUNT", 1000);
        cursor = String(next);
        if (keys.length > 0) {
          // One key a command: on a cluster node, a multi-key UNLINK must stay in one slot.
          const res = await node.pipeline(keys.map((k) => ["unlink", k])).exec();
          this.stats.pipelines++;
          for (const [err, n] of res ?? []) {
            if (err) throw err;
            deleted += Number(n);
          }
        }
      } while (cursor !== "0");
    }
    return deleted;
  }

  markLost(e: unknown): void {
    this.lost ??= e;
  }

  async close(): Promise<void> {
    try {
      await this.client.quit();
    } catch {
      this.client.disconnect();
    }
  }
}

/**
 * ioredis logs every command it writes, AUTH and HELLO with the password among them, when DEBUG names
 * ioredis:*: those namespaces stay off whatever DEBUG says, so no credential reaches a log.
 */
function silenceClientDebug(): void {
  const on = debug.disable();
  debug.enable([...on.split(",").filter((n) => n !== ""), "-ioredis:*"].join(","));
}

/**
 * Connects to the index and checks it before anything is written: reachable, the password right,
 * Redis 6.2 or later (ZADD LT, ZMSCORE), a cluster URL for a cluster node and a plain URL for a
 * plain server, every slot served.
 */
export async function openTransport(url: IndexUrl): Promise<Transport> {
  silenceClientDebug();
  const common = {
    ...(url.username !== undefined ? { username: url.username } : {}),
    ...(url.password !== undefined ? { password: url.password } : {}),
    connectTimeout: CONNECT_TIMEOUT_MS,
    maxRetriesPerRequest: RETRIES,
    // ioredis would print "[ioredis] Unhandled error event" for a connection error nobody listens to.
    lazyConnect: true,
    enableReadyCheck: true,
    ...(url.tls ? { tls: {} } : {}),
  };
  const retry = (times: number): number | null => (times > RETRIES ? null : Math.min(times * 200, 1000));
  const client: Redis | Cluster = url.cluster
    ? new Cluster(url.nodes, {
        lazyConnect: true,
        redisOptions: common,
        clusterRetryStrategy: retry,
        slotsRefreshTimeout: CONNECT_TIMEOUT_MS,
        scaleReads: "master",
      })
    : new Redis({ ...common, host: url.nodes[0]?.host ?? "127.0.0.1", port: url.nodes[0]?.port ?? 6379, db: url.db, retryStrategy: retry });
  const t = new RedisTransport(url, client);
  let lastError: unknown;
  client.on("error", (e: unknown) => {
    lastError = e;
  });
  client.on("end", () => t.markLost(lastError ?? new Error("Connection is closed.")));
  try {
    // A first connection that fails is final: no retry loop at start.
    if (client instanceof Redis) client.options.retryStrategy = () => null;
    await client.connect();
    if (client instanceof Redis) client.options.retryStrategy = retry;
    const probe: Redis = client instanceof Cluster ? (client.nodes("master")[0] ?? (client as unknown as Redis)) : client;
    const info = await probe.info();
    const version = infoField(info, "redis_version") ?? "0";
    if (!versionAtLeast(version, 6, 2)) throw new StoreError(`index ${url.shown}: needs Redis 6.2 or later (ZADD LT, ZMSCORE); the server is ${version}`);
    const clusterEnabled = infoField(info, "cluster_enabled") === "1";
    if (!url.cluster && clusterEnabled) {
      throw new StoreError(`index ${url.shown}: the server is a Redis Cluster node: use redis-cluster://host:port,host:port,...`);
    }
    if (client instanceof Cluster) {
      const state = infoField(String(await probe.call("cluster", "info")), "cluster_state");
      if (state !== "ok") throw new StoreError(`index ${url.shown}: the cluster state is "${state ?? "unknown"}" (not every hash slot is served)`);
    }
  } catch (e) {
    client.disconnect();
    // connect() rejects with "Connection is closed." after the cause (refused, WRONGPASS) came as an error event.
    const generic = !(e instanceof StoreError) && /Connection is closed|None of startup nodes|Failed to refresh/i.test(String((e as ErrorLike | undefined)?.message));
    throw t.fail(generic && lastError !== undefined ? lastError : e, "cannot open the index");
  }
  return t;
}
