// Opens the claim store an --index URL names: "memory" (the default, this process only), or a
// Redis server / Cluster (redis://, rediss://, redis-cluster://), loaded only when asked for from
// ./redis-store.js, which exports openRedisStore(url, options): Promise<ClaimStore>.
import { MemoryClaimStore, type ClaimStore, type StoreOpenOptions } from "../core/claims/claim-store.js";
import { UsageError } from "../base/errors.js";

export const MEMORY_INDEX = "memory";

/** Seconds a run's keys live in a store unless --run-ttl says otherwise: a day. */
export const DEFAULT_RUN_TTL = 86_400;

/** The URL with any password (and user) replaced by "***": what logs, reports and errors may show. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)([^@/]*)@/i, (_, scheme: string) => `${scheme}***@`);
}

/** True for the URLs the Redis store takes. */
export function isRedisUrl(url: string): boolean {
  return /^(?:rediss?|redis-cluster):\/\//i.test(url);
}

/** Checks an --index value without opening it: the one-line reason it is wrong, or null. */
export function indexUrlProblem(url: string): string | null {
  if (url === MEMORY_INDEX || isRedisUrl(url)) return null;
  return `--index ${redactUrl(url)}: expected "memory", redis://[user:password@]host:port[/db] or redis-cluster://host:port,host:port,...`;
}

type RedisModule = { openRedisStore(url: string, o: StoreOpenOptions): Promise<ClaimStore> };

export async function openClaimStore(url: string, o: StoreOpenOptions): Promise<ClaimStore> {
  const problem = indexUrlProblem(url);
  if (problem) throw new UsageError(problem);
  if (url === MEMORY_INDEX) return new MemoryClaimStore();
  // Loaded only for a run that names a Redis store: ioredis is no part of other runs' start-up.
  const mod: RedisModule = await import("./redis-store.js");
  return mod.openRedisStore(url, o);
}

