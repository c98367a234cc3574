#!/usr/bin/env node
// node scripts/sharded-check.mjs DIR [DIR ...]
// For each folder: one in-memory run (--out-dir, --report), then three concurrent `--shard K/3`
// processes against a fresh redis-server, against a fresh 3-master Redis Cluster, and once more against
// the server with shard 3 killed as soon as it arrived at the template barrier and run again. Prints
// whether each output tree and the shards' JSON reports (joined in shard order) equal the in-memory
// run's byte for byte. Needs redis-server and redis-cli; every server is on loopback with a password.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const BIN = path.resolve(import.meta.dirname, "..", "bin", "winnow.js");
const scratch = mkdtempSync(path.join(os.tmpdir(), "winnow-sharded-"));
const servers = [];
process.on("exit", () => {
  for (const s of servers) s.kill("SIGKILL");
  rmSync(scratch, { recursive: true, force: true });
});

const free = (p) => new Promise((r) => { const s = net.createServer(); s.once("error", () => r(false)); s.listen(p, "127.0.0.1", () => s.close(() => r(true))); });
async function port() {
  for (;;) {
    const p = 20000 + Math.floor(Math.random() * 20000);
    if ((await free(p)) && (await free(p + 10000))) return p;
  }
}
const cli = (p, pw, ...a) => spawnSync("redis-cli", ["-p", String(p), "-a", pw, "--no-auth-warning", ...a], { encoding: "utf8" }).stdout ?? "";

async function server(pw, extra = []) {
  const p = await port();
  const dir = mkdtempSync(path.join(scratch, "srv-"));
  servers.push(spawn("redis-server", ["--port", String(p), "--bind", "127.0.0.1", "--requirepass", pw, "--save", "", "--appendonly", "no", "--dir", dir, ...extra], { stdio: "ignore" }));
  while (!cli(p, pw, "ping").includes("PONG")) await new Promise((r) => setTimeout(r, 20));
  return p;
}

async function redis() {
  const pw = randomBytes(12).toString("hex");
  const p = await server(pw);
  return { url: `redis://:${pw}@127.0.0.1:${p}`, arrived: (run, phase) => cli(p, pw, "smembers", `winnow:${run}:arrived:${phase}/3`) };
}

async function cluster() {
  const pw = randomBytes(12).toString("hex");
  const ports = [];
  for (let i = 0; i < 3; i++) ports.push(await server(pw, ["--cluster-enabled", "yes", "--masterauth", pw, "--cluster-config-file", `nodes-${i}.conf`]));
  const addrs = ports.map((p) => `127.0.0.1:${p}`);
  const r = spawnSync("redis-cli", ["--no-auth-warning", "-a", pw, "--cluster", "create", ...addrs, "--cluster-replicas", "0", "--cluster-yes"], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stdout + r.stderr);
  while (!ports.every((p) => cli(p, pw, "cluster", "info").includes("cluster_state:ok"))) await new Promise((r) => setTimeout(r, 50));
  return { url: `redis-cluster://:${pw}@${addrs.join(",")}`, arrived: (run, phase) => cli(ports[0], pw, "-c", "smembers", `winnow:${run}:arrived:${phase}/3`) };
}

function winnow(args, onStart) {
  return new Promise((resolve) => {
    const c = spawn(process.execPath, [BIN, "-q", "--no-config", ...args], { stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    c.stderr.on("data", (d) => (err += d));
    c.on("close", (code, signal) => resolve({ code, signal, err }));
    onStart?.(c);
  });
}

function tree(dir) {
  const out = new Map();
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(path.relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

function same(oneDir, oneReport, dir, reports) {
  const a = tree(oneDir);
  const b = tree(dir);
  const treeSame = a.size === b.size && [...a].every(([k, v]) => b.get(k)?.equals(v));
  const parts = reports.map((f) => JSON.parse(readFileSync(f, "utf8")));
  const joined = JSON.stringify({ ...parts[0], files: parts.flatMap((p) => p.files) }, null, 2);
  const reportSame = joined === JSON.stringify(JSON.parse(readFileSync(oneReport, "utf8")), null, 2);
  return { treeSame, reportSame, files: a.size };
}

async function shards(input, store, run, tag, kill = false) {
  const out = path.join(scratch, `${tag}-out`);
  const reports = [1, 2, 3].map((k) => path.join(scratch, `${tag}-${k}.json`));
  const args = (k) => [input, "--out-dir", out, "--report", reports[k - 1], "--shard", `${k}/3`, "--index", store.url, "--run", run, "--barrier-timeout", "600"];
  const t0 = Date.now();
  if (kill) {
    let child;
    const dying = winnow(args(3), (c) => (child = c));
    while (!store.arrived(run, "templates").includes("3")) await new Promise((r) => setTimeout(r, 10));
    child.kill("SIGKILL");
    await dying;
  }
  const rs = await Promise.all([1, 2, 3].map((k) => winnow(args(k))));
  if (rs.some((r) => r.code !== 0 && r.code !== 1)) throw new Error(rs.map((r) => r.err).join(" | "));
  return { out, reports, seconds: (Date.now() - t0) / 1000 };
}

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  process.stderr.write("usage: node scripts/sharded-check.mjs DIR [DIR ...]\n");
  process.exit(2);
}
const single = await redis();
const multi = await cluster();
console.log("| input | files | MB | one run | 3 shards, Redis | 3 shards, Cluster | shard 3 killed in phase one, rerun (Redis) |");
console.log("|---|---|---|---|---|---|---|");
let n = 0;
for (const d of dirs) {
  const input = path.resolve(d);
  const mb = [...tree(input).values()].reduce((s, b) => s + b.length, 0) / 1e6;
  const one = path.join(scratch, `one${n}`);
  const oneReport = path.join(scratch, `one${n}.json`);
  const t0 = Date.now();
  const r = await winnow([input, "--out-dir", one, "--report", oneReport]);
  if (r.code !== 0 && r.code !== 1) throw new Error(r.err);
  const oneSec = (Date.now() - t0) / 1000;
  const cells = [];
  for (const [store, kill, tag] of [[single, false, "redis"], [multi, false, "cluster"], [single, true, "killed"]]) {
    const s = await shards(input, store, `check${n}-${tag}`, `${tag}${n}`, kill);
    const v = same(one, oneReport, s.out, s.reports);
    cells.push(`${v.treeSame && v.reportSame ? "identical" : `DIFFERENT (tree ${v.treeSame}, report ${v.reportSame})`} (${s.seconds.toFixed(0)} s)`);
  }
  const files = tree(one).size;
  console.log(`| ${d} | ${files} | ${mb.toFixed(1)} | ${oneSec.toFixed(0)} s | ${cells.join(" | ")} |`);
  n++;
}
// The servers are children this process holds: end it (the exit handler stops them).
process.exit(0);
