#!/usr/bin/env node
// Pipe mode on inputs too big for one string: a ~1 GB text on standard input and a single 200 MB
// line. Measures peak RSS with /usr/bin/time -v (apt package `time`) and checks the output: every
// output line is an input line (or the rest of one after a stripped header), in order.
// Not part of npm test. Usage: node scripts/big-inputs.mjs [--mb 1000] [--line-mb 200] [--corpus DIR]
// [--verbatim]: the passes repeat the prose as it is (the index stops growing after the first).
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { once } from "node:events";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const args = Object.fromEntries(process.argv.slice(2).flatMap((v, i, a) => (v.startsWith("--") ? [[v.slice(2), a[i + 1] ?? ""]] : [])));
const MB = Number(args.mb ?? 1000);
const LINE_MB = Number(args["line-mb"] ?? 200);
const CORPUS = path.resolve(args.corpus ?? path.join(ROOT, "bench/corpus"));
const WORK = path.join(tmpdir(), `winnow-big-${process.pid}`);
const TIME = "/usr/bin/time";

if (!existsSync(TIME)) {
  console.error("MISSING: /usr/bin/time (apt-get install time)");
  process.exit(2);
}
mkdirSync(WORK, { recursive: true });

// Real prose with duplicates and boilerplate, from the shared bench generator.
const source = path.join(CORPUS, "big-para.txt");
if (!existsSync(source)) {
  console.log(`generating the bench corpus in ${CORPUS} ...`);
  const g = spawnSync(process.execPath, [path.join(ROOT, "../shared/bench/gen.mjs"), "--files", "10000", "--kb", "10", "--out", CORPUS], { stdio: "inherit" });
  if (g.status !== 0) process.exit(2);
}
const prose = readFileSync(source);

/** Pass k of the input: the prose with vowels swapped pass by pass, so later passes are new text, not copies. */
function pass(k) {
  if (k === 0 || args.verbatim !== undefined) return prose;
  const vowels = [0x61, 0x65, 0x69, 0x6f, 0x75]; // a e i o u
  const a = vowels[k % 5];
  const b = vowels[(k + 1 + Math.floor(k / 5)) % 5];
  const map = new Uint8Array(256).map((_, i) => (i === a ? b : i === b ? a : i));
  const out = Buffer.allocUnsafe(prose.length);
  for (let i = 0; i < prose.length; i++) out[i] = map[prose[i]];
  return out;
}

const passes = Math.max(1, Math.round((MB * 1e6) / prose.length));

async function writeInput(stream) {
  for (let k = 0; k < passes; k++) if (!stream.write(pass(k))) await once(stream, "drain");
  stream.end();
}

/** Runs winnow under /usr/bin/time -v with `feed` writing its stdin; returns peak RSS (MB) and seconds. */
async function measure(label, argv, feed, outFile) {
  const child = spawn(TIME, ["-v", process.execPath, path.join(ROOT, "bin/winnow.js"), ...argv], { stdio: ["pipe", "pipe", "pipe"] });
  const out = createWriteStream(outFile);
  const outClosed = once(out, "close");
  child.stdout.pipe(out);
  let err = "";
  child.stderr.on("data", (d) => (err += d));
  child.stdin.on("error", () => undefined);
  await feed(child.stdin);
  const [code] = await once(child, "close");
  await outClosed;
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(err)?.[1] ?? 0) / 1024;
  const secs = /Elapsed \(wall clock\) time.*: (.*)/.exec(err)?.[1] ?? "?";
  const own = err.split("\n").filter((l) => l.startsWith("winnow:"));
  console.log(`${label}: exit ${code}, peak RSS ${rss.toFixed(0)} MB, wall ${secs}${own.length ? `\n  ${own.join("\n  ")}` : ""}`);
  return { code, rss };
}

/** Lines of a byte stream, as latin1 strings (byte for byte), without holding the stream. */
async function* linesOf(chunks) {
  let rest = "";
  for await (const c of chunks) {
    const s = rest + Buffer.from(c).toString("latin1");
    const parts = s.split("\n");
    rest = parts.pop() ?? "";
    yield* parts;
  }
  if (rest) yield rest;
}

async function* inputChunks() {
  for (let k = 0; k < passes; k++) yield pass(k);
}

/** Every output line is the next matching input line, or its end after a stripped header. */
async function checkSubsequence(outFile) {
  const input = linesOf(inputChunks());
  let inLines = 0;
  let outLines = 0;
  for await (const line of linesOf(createReadStream(outFile))) {
    outLines++;
    for (;;) {
      const next = await input.next();
      if (next.done) return `output line ${outLines} is no input line after the previous one: ${JSON.stringify(line.slice(0, 80))}`;
      inLines++;
      if (next.value === line || (line.length > 0 && next.value.endsWith(line) && /^\s*Quote from/.test(next.value))) break;
    }
  }
  return `ok: ${outLines} output lines found in order among the input's lines`;
}

console.log(`1) ${passes} passes of ${(prose.length / 1e6).toFixed(0)} MB of prose = ${((passes * prose.length) / 1e6).toFixed(0)} MB on standard input`);
const cleanOut = path.join(WORK, "clean.txt");
const r1 = await measure("   pipe", [], writeInput, cleanOut);
console.log(`   output ${(statSync(cleanOut).size / 1e6).toFixed(0)} MB; ${await checkSubsequence(cleanOut)}`);

console.log(`2) one line of ${LINE_MB} MB (then a short paragraph), from a file`);
const lineFile = path.join(WORK, "line.txt");
{
  const w = createWriteStream(lineFile);
  const block = Buffer.from("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor ".repeat(13_000));
  for (let n = 0; n < LINE_MB * 1e6; n += block.length) if (!w.write(block)) await once(w, "drain");
  w.end("\n\nA short paragraph after the long line.\n");
  await once(w, "close");
}
const lineOut = path.join(WORK, "line-out.txt");
const r2 = await measure("   pipe", [lineFile], async (s) => s.end(), lineOut);
const digest = (f) => createHash("sha256").update(readFileSync(f)).digest("hex");
const same = digest(lineFile) === digest(lineOut);
console.log(`   output ${same ? "identical to the input (the line passed through whole)" : "DIFFERS from the input"}`);

rmSync(WORK, { recursive: true, force: true });
const ok = r1.code === 0 && r2.code === 0 && same;
console.log(ok ? "all good" : "FAILED");
process.exit(ok ? 0 : 1);
