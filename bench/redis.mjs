// The sharded rows of `npm run bench`: two `--shard K/2` processes (each --jobs 1) against a local
// redis-server started for each round (loopback, a password, nothing saved), timed together, beside one
// in-memory run of the same tree with --jobs 2, alternating. Per round: wall time (MB/s of the tree),
// peak RSS of each winnow process (GNU time) and of redis-server (VmHWM), what the run left in the
// store (used_memory over the empty server's, distinct keys by kind: bytes per distinct key), what went
// over the wire (the server's net bytes and commands; the store's pipelines from WINNOW_STORE_STATS).
// Also runnable alone: node bench/redis.mjs [--tree DIR] [--runs N].
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { hasGnuTime, median } from "./measure.mjs";

const GNU_TIME = "/usr/bin/time";

/** Why the rows cannot be measured here, or null. */
export function redisMissing() {
  for (const [cmd, pkg] of [["redis-server", "redis-server"], ["redis-cli", "redis-tools"]]) {
    if (spawnSync(cmd, ["--version"], { stdio: "ignore" }).status !== 0) return `\`${cmd}\` is not installed (Debian package ${pkg})`;
  }
  return null;
}

function portFree(port) {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once("error", () => resolve(false));
    s.listen(port, "127.0.0.1", () => s.close(() => resolve(true)));
  });
}

async function freePort() {
  for (let i = 0; i < 200; i++) {
    const p = 20000 + Math.floor(Math.random() * 20000);
    if (await portFree(p)) return p;
  }
  throw new Error("no free loopback port");
}

/** A fresh redis-server: { port, password, url, cli(...args), pid, stop() }. */
async function startServer(dir) {
  const port = await freePort();
  const password = randomBytes(12).toString("hex");
  const child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--requirepass", password, "--save", "", "--appendonly", "no", "--dir", dir], { stdio: "ignore" });
  const cli = (...a) => spawnSync("redis-cli", ["-p", String(port), "-a", password, "--no-auth-warning", ...a], { encoding: "utf8" }).stdout ?? "";
  for (let i = 0; i < 300 && !cli("ping").includes("PONG"); i++) await new Promise((r) => setTimeout(r, 20));
  const exited = new Promise((r) => child.once("exit", r));
  return {
    port,
    password,
    url: `redis://:${password}@127.0.0.1:${port}`,
    cli,
    pid: child.pid,
    stop: async () => {
      child.kill("SIGKILL");
      await exited;
    },
  };
}

const info = (text, name) => Number(new RegExp(`^${name}:(\\S+)`, "m").exec(text)?.[1] ?? NaN);

/** Peak resident memory of a process (kB), from /proc. */
function vmHwm(pid) {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? NaN);
  } catch {
    return NaN;
  }
}

// Counts what a run holds, on the server: distinct claims, members and records, and the records' bytes.
const COUNT = `local c, m, r, rb = 0, 0, 0, 0
for _, k in ipairs(redis.call('KEYS', ARGV[1])) do
  local kind = string.sub(k, #k - 4, #k - 4)
  if kind == 'c' then c = c + redis.call('ZCARD', k)
  elseif kind == 'm' then m = m + redis.call('ZCARD', k)
  elseif kind == 'r' then
    r = r + redis.call('HLEN', k)
    for _, v in ipairs(redis.call('HVALS', k)) do rb = rb + #v end
  end
end
return {c, m, r, rb}`;

/** Runs argv as a process under GNU time (peak RSS); resolves { code, rssKB, stderr }. */
function run(argv, env, scratch, tag) {
  const rssFile = path.join(scratch, `rss-${tag}.txt`);
  const cmd = hasGnuTime ? [GNU_TIME, "-f", "%M", "-o", rssFile, ...argv] : argv;
  return new Promise((resolve) => {
    const c = spawn(cmd[0], cmd.slice(1), { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, ...env } });
    let stderr = "";
    c.stderr.on("data", (d) => (stderr += d));
    c.on("close", (code) => {
      const rssKB = hasGnuTime && existsSync(rssFile) ? Number(readFileSync(rssFile, "utf8").trim().split("\n").pop()) : null;
      resolve({ code, rssKB, stderr });
    });
  });
}

/**
 * `rounds` rounds, alternating: one in-memory run (--jobs 2), then two shard processes against a
 * fresh redis-server. Returns the summary the report prints.
 */
export async function redisBench({ node, bin, treeDir, treeBytes, files, rounds, log, scratch }) {
  const missing = redisMissing();
  if (missing) return { skipped: missing };
  const base = [node, bin, "-q", "--no-gitignore", "--no-config"];
  const mem = [];
  const sharded = [];
  for (let r = 0; r < rounds; r++) {
    const outMem = path.join(scratch, "redis-mem-out");
    rmSync(outMem, { recursive: true, force: true });
    const t0 = process.hrtime.bigint();
    const m = await run([...base, "--jobs", "2", treeDir, "--out-dir", outMem], {}, scratch, "mem");
    if (m.code !== 0 && m.code !== 1) throw new Error(`in-memory run exited ${m.code}: ${m.stderr.trim()}`);
    mem.push({ seconds: Number(process.hrtime.bigint() - t0) / 1e9, rssKB: m.rssKB });

    const dir = mkdtempSync(path.join(scratch, "redis-"));
    const server = await startServer(dir);
    try {
      const empty = info(server.cli("info", "memory"), "used_memory");
      const stats = path.join(dir, "store-stats.jsonl");
      const out = path.join(scratch, "redis-shard-out");
      rmSync(out, { recursive: true, force: true });
      const runId = `bench-${r}`;
      const t1 = process.hrtime.bigint();
      const shards = await Promise.all(
        [1, 2].map((k) => run([...base, "--jobs", "1", treeDir, "--out-dir", out, "--shard", `${k}/2`, "--index", server.url, "--run", runId], { WINNOW_STORE_STATS: stats }, scratch, `shard${k}`)),
      );
      const seconds = Number(process.hrtime.bigint() - t1) / 1e9;
      for (const s of shards) if (s.code !== 0 && s.code !== 1) throw new Error(`shard exited ${s.code}: ${s.stderr.trim()}`);
      const mi = server.cli("info", "memory");
      const st = server.cli("info", "stats");
      const [claims, members, records, recordBytes] = server.cli("eval", COUNT, "0", `winnow:${runId}:*`).trim().split("\n").map(Number);
      const client = readFileSync(stats, "utf8").trim().split("\n").map((l) => JSON.parse(l));
      sharded.push({
        seconds,
        rssKB: shards.map((s) => s.rssKB),
        redisPeakKB: vmHwm(server.pid),
        storeBytes: info(mi, "used_memory") - empty,
        claims,
        members,
        records,
        recordBytes,
        netIn: info(st, "total_net_input_bytes"),
        netOut: info(st, "total_net_output_bytes"),
        commands: info(st, "total_commands_processed"),
        pipelines: client.reduce((n, c) => n + c.pipelines, 0),
        bucketBits: client[0]?.bucketBits,
      });
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
    log(`  redis round ${r + 1}/${rounds} done`);
  }
  const mb = treeBytes / 1e6;
  const last = sharded[sharded.length - 1];
  const keys = last.claims + last.members + last.records;
  return {
    files,
    mb,
    memory: { mbps: mb / median(mem.map((x) => x.seconds)), rssMB: median(mem.map((x) => x.rssKB ?? NaN)) / 1024 },
    redis: {
      mbps: mb / median(sharded.map((x) => x.seconds)),
      rssMB: median(sharded.map((x) => Math.max(...x.rssKB.map((k) => k ?? NaN)))) / 1024,
      redisPeakMB: median(sharded.map((x) => x.redisPeakKB)) / 1024,
    },
    store: {
      ...last,
      keys,
      bytesPerKey: last.storeBytes / keys,
      keysPerMB: keys / mb,
      storeBytesPerMB: last.storeBytes / mb,
      pipelinesPerMB: last.pipelines / mb,
      wireBytesPerMB: (last.netIn + last.netOut) / mb,
      commandsPerMB: last.commands / mb,
    },
  };
}

const f = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : "–");

/** The Markdown the bench report prints. */
export function redisTable(b) {
  if (b.skipped) return `not measured: ${b.skipped}`;
  const s = b.store;
  return [
    `| run (${b.files} files, ${f(b.mb, 0)} MB) | MB/s | peak RSS of winnow | peak RSS of redis-server |`,
    "|---|---|---|---|",
    `| one process, --jobs 2, index in memory | ${f(b.memory.mbps)} | ${f(b.memory.rssMB, 0)} MB | |`,
    `| two processes --shard K/2 (--jobs 1 each), one local Redis | ${f(b.redis.mbps)} | ${f(b.redis.rssMB, 0)} MB (the larger) | ${f(b.redis.redisPeakMB, 0)} MB |`,
    "",
    `Store after the run: ${s.claims} claims, ${s.members} template members, ${s.records} records (${f(s.recordBytes / 1e6)} MB of record bytes) = ${s.keys} distinct keys in ${f(s.storeBytes / 1e6)} MB: **${f(s.bytesPerKey)} bytes per distinct key** (records included; ${s.bucketBits}-bit buckets).`,
    `Per MB of text: ${f(s.keysPerMB, 0)} distinct keys, ${f(s.storeBytesPerMB / 1e6, 2)} MB in the store, ${f(s.pipelinesPerMB)} pipelines (round trips), ${f(s.commandsPerMB, 0)} commands, ${f(s.wireBytesPerMB / 1e6, 2)} MB over the wire (both directions, both shards).`,
  ].join("\n");
}

// Alone: node bench/redis.mjs [--tree DIR] [--runs N]
if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { tree: { type: "string" }, runs: { type: "string" } } });
  const { listTree } = await import("./corpus.mjs");
  const scratch = mkdtempSync(path.join(os.tmpdir(), "winnow-bench-redis-"));
  process.on("exit", () => rmSync(scratch, { recursive: true, force: true }));
  const treeDir = path.resolve(values.tree ?? path.join(import.meta.dirname, "corpus", "quick", "tree"));
  const files = listTree(treeDir);
  const treeBytes = files.reduce((n, p) => n + readFileSync(p).length, 0);
  const b = await redisBench({ node: process.execPath, bin: path.join(import.meta.dirname, "..", "bin", "winnow.js"), treeDir, treeBytes, files: files.length, rounds: Number(values.runs ?? 1), log: (s) => process.stderr.write(`${s}\n`), scratch });
  const md = `## Sharded on Redis\n\n${redisTable(b)}\n`;
  process.stdout.write(md);
  writeFileSync(path.join(scratch, "redis.md"), md);
  process.stdout.write(`\n${JSON.stringify(b)}\n`);
}
