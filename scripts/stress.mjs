#!/usr/bin/env node
// npm run stress: cleans a generated corpus (~1 GB, or --size MB) with --write, kills the run at
// random moments several times (SIGINT, SIGTERM, SIGKILL), and after every kill checks that each
// file is either what it was before that run or the clean text an uninterrupted run makes of the
// same tree (computed first with --out-dir), with no temporary file left (SIGKILL cannot clean up:
// its leftovers are counted and removed). A last run finishes the job. Each round costs two runs.
// Usage: node scripts/stress.mjs [--size 1000] [--rounds 6] [--seed 1] [--jobs N] [--keep]
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : dflt;
};
const SIZE_MB = Number(opt("size", "1000"));
const ROUNDS = Number(opt("rounds", "6"));
let seed = Number(opt("seed", "1"));
const JOBS = opt("jobs", undefined);
const KEEP = argv.includes("--keep");
const WORK = path.join(tmpdir(), `winnow-stress-${process.pid}`);
const BIN = path.join(ROOT, "bin/winnow.js");
const TEMP = /\.winnow-.*\.tmp$/;

const random = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296);
const say = (s) => console.log(s);
const mb = (n) => `${(n / 1e6).toFixed(1)} MB`;

function walk(dir, rel = "", out = new Map()) {
  for (const name of readdirSync(path.join(dir, rel)).sort()) {
    const r = path.join(rel, name);
    if (statSync(path.join(dir, r)).isDirectory()) walk(dir, r, out);
    else out.set(r, path.join(dir, r));
  }
  return out;
}

function winnowArgs(...rest) {
  return [BIN, "--quiet", "--no-progress", ...(JOBS ? ["--jobs", JOBS] : []), ...rest];
}

/** Runs winnow --write on the tree; kills it after `ms` with `signal`, or lets it finish. */
function runWrite(signal, ms) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn(process.execPath, winnowArgs("--write", "tree"), { cwd: WORK, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const timer = signal ? setTimeout(() => child.kill(signal), ms) : null;
    child.on("exit", (code, sig) => {
      if (timer) clearTimeout(timer);
      resolve({ code, sig, secs: (Date.now() - t0) / 1000, stderr });
    });
  });
}

/** Every file is as it was before the run or as an uninterrupted run writes it. */
function check(before, clean) {
  const now = walk(path.join(WORK, "tree"));
  const counts = { before: 0, clean: 0, both: 0, other: [], temps: [] };
  for (const [rel, abs] of now) {
    if (TEMP.test(rel)) {
      counts.temps.push(rel);
      continue;
    }
    const bytes = readFileSync(abs);
    const isBefore = bytes.equals(before.get(rel) ?? Buffer.alloc(0));
    const isClean = bytes.equals(readFileSync(clean.get(rel)));
    if (isBefore && isClean) counts.both++;
    else if (isBefore) counts.before++;
    else if (isClean) counts.clean++;
    else counts.other.push(rel);
  }
  for (const rel of before.keys()) if (!now.has(rel)) counts.other.push(`${rel} (missing)`);
  return counts;
}

/** The tree's bytes, file by file. */
function snapshot(dir) {
  return new Map([...walk(dir)].map(([rel, abs]) => [rel, readFileSync(abs)]));
}

/** What one uninterrupted run makes of the tree as it stands, written to DIR with --out-dir. */
function reference(dir) {
  rmSync(path.join(WORK, dir), { recursive: true, force: true });
  const t = Date.now();
  const r = spawnSync(process.execPath, winnowArgs("--out-dir", dir, "tree"), { cwd: WORK, stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) {
    say(`   the reference run failed (exit ${r.status})`);
    process.exit(2);
  }
  return { files: walk(path.join(WORK, dir)), secs: (Date.now() - t) / 1000 };
}

mkdirSync(WORK, { recursive: true });
say(`stress: working in ${WORK}`);
const files = Math.max(10, Math.round((SIZE_MB * 1e6) / 10_240));
say(`1. generating ${files} files of ~10 KB (~${SIZE_MB} MB) with ../shared/bench/gen.mjs`);
const gen = spawnSync(process.execPath, [path.join(ROOT, "../shared/bench/gen.mjs"), "--files", String(files), "--kb", "10", "--big-mb", "1", "--seed", String(seed), "--out", path.join(WORK, "gen")], { stdio: ["ignore", "ignore", "inherit"] });
if (gen.status !== 0) process.exit(2);
rmSync(path.join(WORK, "gen/big.txt"), { force: true });
rmSync(path.join(WORK, "gen/big-para.txt"), { force: true });
const pristineDir = path.join(WORK, "gen/tree");
const pristine = walk(pristineDir);
const bytes = [...pristine.values()].reduce((n, f) => n + statSync(f).size, 0);
say(`   ${pristine.size} files, ${mb(bytes)}`);

say("2. the clean text of every file: one uninterrupted run with --out-dir");
cpSync(pristineDir, path.join(WORK, "tree"), { recursive: true });
const first = reference("ref-0");
const refSecs = first.secs;
say(`   ${refSecs.toFixed(1)} s (${mb(bytes / refSecs)}/s)`);

say(`3. ${ROUNDS} runs of --write on the tree, each killed at a random moment`);
const signals = ["SIGINT", "SIGTERM", "SIGKILL"];
let failures = 0;
for (let r = 0; r < ROUNDS; r++) {
  const signal = signals[r % signals.length];
  const before = snapshot(path.join(WORK, "tree"));
  const clean = r === 0 ? first.files : reference(`ref-${r}`).files;
  const ms = Math.round(300 + random() * refSecs * 900);
  const run = await runWrite(signal, ms);
  const c = check(before, clean);
  const how = run.sig ? `killed by ${run.sig}` : `exit ${run.code}`;
  say(`   round ${r + 1}: ${signal} after ${(ms / 1000).toFixed(1)} s: ${how}; ${c.clean} written, ${c.before} not yet, ${c.both} already clean, ${c.other.length} neither, ${c.temps.length} temporary files`);
  const expectExit = signal === "SIGINT" ? 130 : signal === "SIGTERM" ? 143 : null;
  if (run.code !== null && run.code !== 0 && run.code !== expectExit) {
    say(`     unexpected exit ${run.code}: ${run.stderr.trim().split("\n").slice(0, 3).join(" | ")}`);
    failures++;
  }
  if (c.other.length > 0) {
    say(`     FAIL: neither as before nor the clean text: ${c.other.slice(0, 5).join(", ")}`);
    failures++;
  }
  if (c.temps.length > 0) {
    if (signal === "SIGKILL") say(`     SIGKILL gives no chance to clean up: ${c.temps.length} temporary file(s) removed by hand`);
    else {
      say(`     FAIL: temporary files left after ${signal}: ${c.temps.slice(0, 5).join(", ")}`);
      failures++;
    }
    for (const t of c.temps) unlinkSync(path.join(WORK, "tree", t));
  }
}

say("4. a last run, left to finish");
const before = snapshot(path.join(WORK, "tree"));
const finalRef = reference("ref-final").files;
const last = await runWrite(null, 0);
const c = check(before, finalRef);
say(`   exit ${last.code} in ${last.secs.toFixed(1)} s; ${c.clean + c.both} of ${pristine.size} files are the clean text, ${c.before} as before, ${c.other.length} neither, ${c.temps.length} temporary files`);
if (last.code !== 0 || c.before > 0 || c.other.length > 0 || c.temps.length > 0) failures++;
// Not a fault of the writes: decisions read the neighbours of a duplicate's kept copy in earlier
// files, and a resumed run sees those files already cleaned.
const drift = [...first.files].filter(([rel, abs]) => !readFileSync(path.join(WORK, "tree", rel)).equals(readFileSync(abs))).length;
say(`   after the interruptions, ${drift} of ${pristine.size} files differ from what one uninterrupted run makes of the original tree`);

if (!KEEP) rmSync(WORK, { recursive: true, force: true });
else say(`kept ${WORK}`);
say(failures === 0 ? "stress: every file was always either as it was or its clean text; nothing left behind" : `stress: ${failures} problem(s) found`);
process.exit(failures === 0 ? 0 : 1);
