// Real Redis servers for the tests: a single server, or a 3-master cluster made with
// `redis-cli --cluster create`, each on a free loopback port with a password, started by the test and
// stopped with it (kill by pid, temp dir removed). Nothing listens beyond 127.0.0.1, nothing is saved.
// A test that needs them asks with need(ctx, missingRedis()) (require-tool.ts): skipped with the
// reason without redis-server, a failure under CI=true.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { missingTool } from "./require-tool.js";

/** Why the Redis tests cannot run here, or undefined when redis-server and redis-cli are usable. */
export function missingRedis(): string | undefined {
  return missingTool("redis-server", "redis-server") ?? missingTool("redis-cli", "redis-tools");
}

export interface RedisProc {
  port: number;
  password: string;
  /** redis://:password@127.0.0.1:port (or the cluster's redis-cluster://… form). */
  url: string;
  /** The servers' pids, for tests that kill one. */
  pids: number[];
  /** Runs redis-cli against the first server (or the cluster with -c), returns stdout. */
  cli(...args: string[]): string;
  /** Runs redis-cli against each server (each master of a cluster), returns each stdout. */
  cliEach(...args: string[]): string[];
  stop(): Promise<void>;
}

/** True when `port` (and nothing else) can be bound on 127.0.0.1 right now. */
function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once("error", () => resolve(false));
    s.listen(port, "127.0.0.1", () => s.close(() => resolve(true)));
  });
}

/** A free port whose +10000 (the cluster bus) is free too, from a range the OS does not hand out. */
async function freePort(taken: Set<number>): Promise<number> {
  for (let i = 0; i < 200; i++) {
    const p = 20000 + Math.floor(Math.random() * 20000);
    if (taken.has(p) || taken.has(p + 10000)) continue;
    if ((await portFree(p)) && (await portFree(p + 10000))) {
      taken.add(p);
      taken.add(p + 10000);
      return p;
    }
  }
  throw new Error("no free loopback port for redis-server");
}

function cliArgs(port: number, password: string): string[] {
  return ["-h", "127.0.0.1", "-p", String(port), "--no-auth-warning", "-a", password];
}

function redisCli(port: number, password: string, args: string[]): { ok: boolean; out: string } {
  const r = spawnSync("redis-cli", [...cliArgs(port, password), ...args], { encoding: "utf8", timeout: 30_000 });
  return { ok: r.status === 0, out: `${r.stdout ?? ""}${r.stderr ?? ""}` };
}

async function waitFor(what: string, ok: () => boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (ok()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

interface Server {
  port: number;
  child: ChildProcess;
  exited: Promise<void>;
}

async function startServer(dir: string, port: number, password: string, extra: string[]): Promise<Server> {
  const child = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--requirepass", password, "--save", "", "--appendonly", "no", "--dir", dir, "--logfile", path.join(dir, `redis-${port}.log`), ...extra],
    { stdio: "ignore" },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await waitFor(`redis-server on port ${port}`, () => redisCli(port, password, ["ping"]).out.includes("PONG"));
  return { port, child, exited };
}

async function stopAll(servers: Server[], dir: string): Promise<void> {
  for (const s of servers) if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill("SIGKILL");
  await Promise.all(servers.map((s) => s.exited));
  rmSync(dir, { recursive: true, force: true });
}

const taken = new Set<number>();

/** One redis-server with a random password on a free loopback port. */
export async function startRedis(): Promise<RedisProc> {
  const dir = mkdtempSync(path.join(tmpdir(), "winnow-redis-"));
  const password = randomBytes(12).toString("hex");
  const port = await freePort(taken);
  const s = await startServer(dir, port, password, []);
  return {
    port,
    password,
    url: `redis://:${password}@127.0.0.1:${port}`,
    pids: [s.child.pid ?? -1],
    cli: (...args) => redisCli(port, password, args).out,
    cliEach: (...args) => [redisCli(port, password, args).out],
    stop: () => stopAll([s], dir),
  };
}

/** Three cluster masters (no replicas) with a random password, slots spread by redis-cli --cluster create. */
export async function startCluster(): Promise<RedisProc> {
  const dir = mkdtempSync(path.join(tmpdir(), "winnow-redis-cluster-"));
  const password = randomBytes(12).toString("hex");
  const servers: Server[] = [];
  try {
    for (let i = 0; i < 3; i++) {
      const port = await freePort(taken);
      servers.push(await startServer(dir, port, password, ["--cluster-enabled", "yes", "--cluster-config-file", path.join(dir, `nodes-${port}.conf`), "--masterauth", password]));
    }
    const addrs = servers.map((s) => `127.0.0.1:${s.port}`);
    const first = servers[0]?.port ?? 0;
    const made = spawnSync("redis-cli", ["--no-auth-warning", "-a", password, "--cluster", "create", ...addrs, "--cluster-replicas", "0", "--cluster-yes"], { encoding: "utf8", timeout: 60_000 });
    if (made.status !== 0) throw new Error(`redis-cli --cluster create failed: ${made.stdout}${made.stderr}`);
    await waitFor("cluster_state:ok on every node", () => servers.every((s) => redisCli(s.port, password, ["cluster", "info"]).out.includes("cluster_state:ok")), 30_000);
    return {
      port: first,
      password,
      url: `redis-cluster://:${password}@${addrs.join(",")}`,
      pids: servers.map((s) => s.child.pid ?? -1),
      cli: (...args) => redisCli(first, password, ["-c", ...args]).out,
      cliEach: (...args) => servers.map((s) => redisCli(s.port, password, args).out),
      stop: () => stopAll(servers, dir),
    };
  } catch (e) {
    await stopAll(servers, dir);
    throw e;
  }
}
