// Parses an --index URL for the Redis store:
//   redis://[user:password@]host:port[/db]          one server (rediss:// over TLS)
//   redis-cluster://[user:password@]host:port,host:port,...   a Redis Cluster (any reachable masters as seeds)
// either with ?keys=N: about how many distinct keys the run will hold (sizes the store's buckets).
// The password may also come from WINNOW_INDEX_PASSWORD (so it need not sit on a command line that
// `ps` shows). What may be shown anywhere (errors, --verbose, reports) is `shown`: the URL rebuilt
// from its parts with the credentials replaced by "***".
import { UsageError } from "../base/errors.js";

export interface RedisAddress {
  host: string;
  port: number;
}

export interface IndexUrl {
  cluster: boolean;
  /** rediss://: TLS to the server. */
  tls: boolean;
  nodes: RedisAddress[];
  username: string | undefined;
  password: string | undefined;
  db: number;
  /** ?keys=N: about how many distinct keys the run will hold (sizes its buckets); undefined: not given. */
  expectedKeys: number | undefined;
  /** The URL without credentials: safe for logs, reports and errors. */
  shown: string;
}

function decode(s: string, what: string, shownScheme: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    throw new UsageError(`--index ${shownScheme}://***@…: the ${what} is not valid percent-encoding`);
  }
}

/** The URL with everything between "//" and "@" replaced by "***" (for a URL that does not parse). */
export function redactIndexUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)([^@]*)@/i, (_, scheme: string) => `${scheme}***@`);
}

function parseHostPort(part: string, shown: string): RedisAddress {
  const m = /^(\[[0-9a-fA-F:.]+\]|[^:/\s[\]]+):(\d{1,5})$/.exec(part);
  const port = m ? Number(m[2]) : NaN;
  if (!m || !(port >= 1 && port <= 65535)) throw new UsageError(`--index ${shown}: "${part}" is not host:port`);
  const host = (m[1] ?? "").replace(/^\[|\]$/g, "");
  return { host, port };
}

export function parseIndexUrl(url: string, env: Readonly<Record<string, string | undefined>> = {}): IndexUrl {
  const safe = redactIndexUrl(url);
  const m = /^(rediss?|redis-cluster):\/\/(?:([^@]*)@)?([^/?#]*)(?:\/([^?#]*))?(?:\?([^#]*))?$/i.exec(url);
  if (!m) throw new UsageError(`--index ${safe}: expected redis://[user:password@]host:port[/db] or redis-cluster://host:port,host:port,...`);
  const scheme = (m[1] ?? "").toLowerCase();
  const cluster = scheme === "redis-cluster";
  let username: string | undefined;
  let password: string | undefined;
  if (m[2] !== undefined) {
    const at = m[2].indexOf(":");
    const user = at < 0 ? m[2] : m[2].slice(0, at);
    username = user === "" ? undefined : decode(user, "user name", scheme);
    if (at >= 0) password = decode(m[2].slice(at + 1), "password", scheme);
  }
  const envPassword = env.WINNOW_INDEX_PASSWORD;
  if (password === undefined && envPassword !== undefined && envPassword !== "") password = envPassword;
  const hostPart = m[3] ?? "";
  const withoutCreds = `${scheme}://${m[2] !== undefined ? "***@" : ""}${hostPart}${m[4] !== undefined ? `/${m[4]}` : ""}${m[5] !== undefined ? `?${m[5]}` : ""}`;
  let expectedKeys: number | undefined;
  for (const pair of (m[5] ?? "").split("&").filter((p) => p !== "")) {
    const [name, value = ""] = pair.split("=");
    const n = Number(value);
    if (name !== "keys") throw new UsageError(`--index ${withoutCreds}: unknown parameter "${name ?? ""}" (the one there is: ?keys=N, about how many distinct keys the run holds)`);
    if (!/^\d+(\.\d+)?(e\d+)?$/i.test(value) || !(n >= 1) || !Number.isFinite(n)) throw new UsageError(`--index ${withoutCreds}: ?keys= takes a number of keys (e.g. 6e10)`);
    expectedKeys = n;
  }
  const parts = hostPart.split(",").filter((p) => p !== "");
  if (parts.length === 0) throw new UsageError(`--index ${withoutCreds}: no host:port`);
  if (!cluster && parts.length > 1) throw new UsageError(`--index ${withoutCreds}: several hosts are a cluster: redis-cluster://${parts.join(",")}`);
  const nodes = parts.map((p) => parseHostPort(p, withoutCreds));
  let db = 0;
  if (m[4] !== undefined && m[4] !== "") {
    if (cluster) throw new UsageError(`--index ${withoutCreds}: a Redis Cluster has only database 0`);
    if (!/^\d{1,5}$/.test(m[4])) throw new UsageError(`--index ${withoutCreds}: the database "/${m[4]}" is not a number`);
    db = Number(m[4]);
  }
  return { cluster, tls: scheme === "rediss", nodes, username, password, db, expectedKeys, shown: withoutCreds };
}
