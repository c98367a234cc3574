#!/usr/bin/env node
// npm run bench [-- --quick] [-- --corpus DIR] [--runs N] [--no-scaling] [--no-startup] [--startup-only] [--no-hook] [--hook-only] [--no-markdown] [--markdown-only] [--no-redis] [--jobs-only]
// winnow against cat (the read floor) and awk '!seen[$0]++' (exact line dedup) in one run,
// alternating the commands; writes bench/results.md.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { ensureGenerated, inputsOf, listTree, prefixes } from "./corpus.mjs";
import { hookBench, hookTable } from "./hook.mjs";
import { markdownDoc } from "./markdown.mjs";
import { pageModelBench, pageModelLines } from "./page-model.mjs";
import { redisBench, redisTable } from "./redis.mjs";
import { alternate, hasGnuTime } from "./measure.mjs";
import { scalingTable, startupTable, throughputTable } from "./report.mjs";

const HERE = import.meta.dirname;
// The bench row that says what two processes sharing nothing get from the machine (jobsRows).
// The bench row of the least a JavaScript program does for '!seen[$0]++' (js-floor.mjs).
const JS_FLOOR = "node js-floor.mjs (JavaScript '!seen[$0]++')";
const TWO_PROCESSES = "winnow --jobs 1 DIR & winnow --jobs 1 DIR (at once)";
const ROOT = path.resolve(HERE, "..");
const BIN = path.join(ROOT, "bin", "winnow.js");
const { values: args } = parseArgsOrExit({
  options: {
    corpus: { type: "string" },
    quick: { type: "boolean", default: false },
    runs: { type: "string" },
    "no-scaling": { type: "boolean", default: false },
    "no-startup": { type: "boolean", default: false },
    // Only the start-up rows, printed (written with --out only): a quick before/after for start-up work.
    "startup-only": { type: "boolean", default: false },
    // The pre-commit case (bench/hook.mjs): a 5,000-file git repository, one staged file checked.
    "no-hook": { type: "boolean", default: false },
    "hook-only": { type: "boolean", default: false },
    // A ~1 MB Markdown page against the same text as .txt (bench/markdown.mjs), alternating.
    "no-markdown": { type: "boolean", default: false },
    "markdown-only": { type: "boolean", default: false },
    // The page model on and off (bench/page-model.mjs): big.txt and generated pages, alternating, in CPU seconds.
    "no-page-model": { type: "boolean", default: false },
    "page-model-only": { type: "boolean", default: false },
    // Two --shard K/2 processes against a local redis-server (bench/redis.mjs), beside --jobs 2 in memory.
    "no-redis": { type: "boolean", default: false },
    // Only the --jobs 1 and --jobs 2 rows on the tree, alternating, and their ratio, printed (written with --out only).
    "jobs-only": { type: "boolean", default: false },
    // Only the pipe-mode rows on big.txt (cat, awk, the JavaScript floor, winnow FILE, --exact), with CPU
    // seconds; --before ROOT adds another checkout's build (ROOT/bin/winnow.js) to the same rounds.
    "pipe-only": { type: "boolean", default: false },
    before: { type: "string" },
    out: { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (args.help) {
  process.stdout.write(`Usage: npm run bench [-- OPTIONS]

Times cat, awk '!seen[$0]++' and winnow in one run, alternating the commands, and writes
bench/results.md (MB/s, spread, peak RSS, ratio to awk, start-up, scaling).

  --quick          a ~20 MB corpus instead of the full 200 MB tree + 100 MB file
  --corpus DIR     your own text: DIR/big.txt and DIR/tree/, or any folder
  --runs N         rounds per command (default 5)
  --no-scaling     skip the 25/50/100/200 MB scaling run
  --no-startup     skip the start-up rows
  --startup-only   only the start-up rows, printed (written with --out only)
  --no-hook        skip the pre-commit case (5,000 Markdown files in git, one staged file checked)
  --hook-only      only the pre-commit case, printed (written with --out only)
  --no-markdown    skip the Markdown row (a ~1 MB page against the same text as .txt)
  --markdown-only  only the Markdown rows, printed (written with --out only)
  --no-page-model  skip the page-model rows (big.txt and generated pages with the model on and off)
  --page-model-only
                   only the page-model rows, printed (written with --out only)
  --no-redis       skip the sharded rows (two --shard K/2 processes against a local redis-server)
  --jobs-only      only the --jobs 1 and --jobs 2 rows on the tree, their ratio, and two --jobs 1 runs of
                   the tree at once (the machine's ceiling for two), printed (written with --out only)
  --pipe-only      only the pipe-mode rows on big.txt (cat, awk, the JavaScript floor, winnow FILE,
                   winnow --exact FILE) with CPU seconds, printed (written with --out only)
  --before ROOT    with --pipe-only: also time ROOT/bin/winnow.js (another checkout's build) in the
                   same alternating rounds
  --out FILE       write the table to FILE instead of bench/results.md
`);
  process.exit(0);
}
const log = (s) => process.stderr.write(s + "\n");
const runs = Number(args.runs ?? 5);
const scratch = mkdtempSync(path.join(os.tmpdir(), "winnow-bench-"));
process.on("exit", () => rmSync(scratch, { recursive: true, force: true }));

// bin/winnow.js runs the bundle, which `npm run build` makes after tsc.
if (!existsSync(path.join(ROOT, "dist", "bundle", "cli.js"))) {
  log("building first (npm run build)");
  execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
}
/**
 * An "--X-only" run: `make` measures and returns its section's heading and lines; the section is
 * printed under the machine's line (written too with --out), and the bench ends there.
 */
function printOnly(title, make) {
  const before = os.loadavg();
  const [heading, ...body] = make();
  const md = [`# winnow benchmark: ${title}`, "", machine(before, os.loadavg()), "", `## ${heading}`, "", ...body, ""].join("\n");
  process.stdout.write(md);
  if (args.out) writeFileSync(args.out, md);
  process.exit(0);
}

const awk = findAwk();
if (!hasGnuTime) log("note: /usr/bin/time not found (apt package `time`): peak RSS not measured");

const shape = args.quick ? "quick" : "full";
const corpusDir = args.corpus ? path.resolve(args.corpus) : path.join(HERE, "corpus", shape);
const hookOnly = args["hook-only"];
// The pre-commit case makes its own repository: --hook-only needs no corpus.
if (!args.corpus && !hookOnly) ensureGenerated(corpusDir, shape, log);
if (hookOnly) printOnly("the pre-commit case", () => ["Pre-commit: a check of a change", hookTable(hookBench({ node: process.execPath, bin: BIN, scratch, runs, log }))]);
const inp = inputsOf(corpusDir, scratch);
if (args["markdown-only"]) printOnly("Markdown", () => ["Markdown against the same text", markdownRows()]);
if (args["page-model-only"]) printOnly("the page model on and off", () => [`The page model's cost (${runs} runs each, alternating; median)`, pageModelRows()]);
if (args["pipe-only"]) {
  printOnly("pipe mode", () => {
    const rows = pipeRows();
    return [`${path.basename(inp.big)} (${runs} runs each, alternating; median)`, throughputTable(rows), "", cpuTable(rows)];
  });
}
if (args["jobs-only"]) {
  printOnly("--jobs 1 against --jobs 2", () => {
    const rows = jobsRows();
    return [`The tree (${runs} runs each, alternating; median)`, throughputTable(rows), "", ...jobsRatio(rows)];
  });
}
const bigLabel = `${path.basename(inp.big)} (${(inp.bigBytes / 1e6).toFixed(0)} MB)`;
const treeLabel = `tree (${inp.tree.length} files, ${(inp.treeBytes / 1e6).toFixed(0)} MB)`;
const loadBefore = os.loadavg();
const startupOnly = args["startup-only"];
const outFile = args.out ?? (startupOnly ? null : path.join(HERE, "results.md"));

// ---- throughput ----
const node = process.execPath;
// The corpus sits under a .gitignore'd folder, and a user's config must not change what is measured.
const winnow = (...a) => [node, BIN, "-q", "--no-gitignore", "--no-config", ...a];
let rows = null;
let idx = null;
let scaling = null;
if (!startupOnly) ({ rows, idx, scaling } = throughputAndScaling());

// ---- start-up ----
let startup = null;
if (!args["no-startup"]) {
  const small = path.join(scratch, "small.txt");
  writeFileSync(small, smallText(inp.big));
  // The same text as a Markdown file, checked: what a pre-commit hook does (Markdown parser, reporter).
  const smallMd = path.join(scratch, "small.md");
  writeFileSync(smallMd, smallText(inp.big));
  const o = { scratch };
  // Node reads the certificates NODE_EXTRA_CA_CERTS names when it starts, before any script: a
  // machine that sets it (some sandboxes and company networks do) pays for it in every row. Where it
  // is set, node alone and a 1 KB clean run again without it, so that winnow's own part shows.
  const { NODE_EXTRA_CA_CERTS: extraCerts, ...noCerts } = process.env;
  const bare = { ...o, env: noCerts };
  const NO_CERTS = " (no NODE_EXTRA_CA_CERTS)";
  startup = alternate(
    [
      { name: "node -e 0", argv: [node, "-e", "0"], bytes: 1, opts: o },
      { name: "winnow --version", argv: [node, BIN, "--version"], bytes: 1, opts: o },
      { name: "winnow 1kb.txt", argv: [node, BIN, small], bytes: 1, opts: o },
      { name: "winnow --check 1kb.md", argv: [node, BIN, "--check", smallMd], bytes: 1, opts: { ...o, okCodes: [0, 1] } },
      ...(extraCerts === undefined
        ? []
        : [
            { name: "node -e 0" + NO_CERTS, argv: [node, "-e", "0"], bytes: 1, opts: bare },
            { name: "winnow 1kb.txt" + NO_CERTS, base: "node -e 0" + NO_CERTS, argv: [node, BIN, small], bytes: 1, opts: bare },
          ]),
    ],
    Math.max(runs * 3, 15),
    () => {},
  );
}

// ---- Markdown against the same text ----
const markdown = args["no-markdown"] || startupOnly ? null : markdownRows();

// ---- the page model on and off ----
const pageModel = args["no-page-model"] || startupOnly ? null : pageModelRows();

// ---- the pre-commit case ----
const hook = args["no-hook"] || startupOnly ? null : hookBench({ node, bin: BIN, scratch, runs, log });

// ---- sharded on a local Redis ----
const redis =
  args["no-redis"] || startupOnly
    ? null
    : await redisBench({ node, bin: BIN, treeDir: inp.treeDir, treeBytes: inp.treeBytes, files: inp.tree.length, rounds: Math.min(runs, 3), log, scratch });

// ---- report ----
const md = [
  `# winnow benchmark`,
  "",
  machine(loadBefore, os.loadavg()),
  "",
  ...(rows ? [`## Throughput (${runs} runs each, alternating; median)`, "", throughputTable(rows), "", ...jobsRatio(rows), ""] : []),
  ...(idx
    ? [
        `Index after cleaning ${bigLabel}: ${idx.exact} exact fingerprints + ${idx.shingles} winnowed shingles in ` +
          `${(idx.tableBytes / 1e6).toFixed(1)} MB of tables: **${idx.bytesPerEntry.toFixed(1)} bytes per stored fingerprint**.`,
        "",
      ]
    : []),
  ...(scaling ? [`## Scaling (pipe mode, full cleaning; prefixes of one stream)`, "", scalingTable(scaling), ""] : []),
  ...(startup ? [`## Start-up`, "", startupTable(startup), ""] : []),
  ...(markdown ? [`## Markdown against the same text`, "", markdown, ""] : []),
  ...(pageModel ? [`## The page model's cost (${runs} runs each, alternating; median)`, "", pageModel, ""] : []),
  ...(hook ? [`## Pre-commit: a check of a change`, "", hookTable(hook), ""] : []),
  ...(redis ? [`## Sharded: two processes on one local Redis (median of ${Math.min(runs, 3)} rounds, alternating with one in-memory run)`, "", redisTable(redis), ""] : []),
].join("\n");
process.stdout.write(md);
if (outFile !== null) {
  writeFileSync(outFile, md);
  log(`written to ${path.relative(process.cwd(), outFile)}`);
}

/** The throughput rows, the index size and the scaling rows (all but start-up). */
function throughputAndScaling() {
  const batch = batchSupport();
  const outDir = path.join(scratch, "out");
  const jobs = [
    { name: "cat", input: bigLabel, argv: ["cat", inp.big], bytes: inp.bigBytes },
    { name: `${awk.name} '!seen[$0]++'`, isAwk: true, input: bigLabel, argv: [awk.path, "!seen[$0]++", inp.big], bytes: inp.bigBytes },
    { name: JS_FLOOR, input: bigLabel, argv: [node, path.join(HERE, "js-floor.mjs"), inp.big], bytes: inp.bigBytes },
    { name: "winnow FILE", input: bigLabel, argv: winnow(inp.big), bytes: inp.bigBytes },
    { name: "winnow --exact FILE", input: bigLabel, argv: winnow("--exact", inp.big), bytes: inp.bigBytes },
    { name: "cat", input: treeLabel, argv: ["cat", ...inp.tree], bytes: inp.treeBytes },
    { name: `${awk.name} '!seen[$0]++'`, isAwk: true, input: treeLabel, argv: [awk.path, "!seen[$0]++", ...inp.tree], bytes: inp.treeBytes },
  ];
  for (const j of [1, 2]) {
    const job = { name: `winnow --jobs ${j} DIR --out-dir OUT`, input: treeLabel, bytes: inp.treeBytes };
    if (batch) {
      jobs.push({ ...job, argv: (r) => winnow("--jobs", String(j), inp.treeDir, "--out-dir", freshOut(outDir, j, r)) });
    } else jobs.push({ ...job, skipped: "batch mode (`--jobs`, `--out-dir`) is not in this build yet" });
  }
  for (const j of jobs) j.opts = { scratch, okCodes: j.name.startsWith("winnow") ? [0, 1] : [0] };
  checkCleans(inp.big);
  log(`throughput: ${runs} rounds over ${jobs.filter((j) => !j.skipped).length} commands`);
  const measured = alternate(jobs.filter((j) => !j.skipped), runs, log);
  const written = batch ? listTree(freshOut(outDir, 1, 0)).length : 0;
  if (batch && written !== inp.tree.length) throw new Error(`batch mode wrote ${written} of ${inp.tree.length} files`);
  const rows = jobs.map((j) => (j.skipped ? { name: j.name, input: j.input, skipped: j.skipped } : { ...measured.shift(), isAwk: j.isAwk }));

  // ---- memory of the index ----
  const idx = JSON.parse(execFileSync(node, [path.join(HERE, "index-bytes.mjs"), inp.big], { encoding: "utf8", maxBuffer: 1 << 20 }));

  // ---- scaling ----
  let scaling = null;
  if (!args["no-scaling"]) {
    let source = inp.big;
    let mbs = [inp.bigBytes / 8e6, inp.bigBytes / 4e6, inp.bigBytes / 2e6, inp.bigBytes / 1e6].map((x) => Math.round(x * 10) / 10);
    if (!args.corpus && !args.quick) {
      const scaleDir = path.join(HERE, "corpus", "scale");
      ensureGenerated(scaleDir, "scale", log);
      source = path.join(scaleDir, "big.txt");
      mbs = [25, 50, 100, 200];
    }
    const files = prefixes(source, mbs, path.join(args.corpus ? scratch : path.dirname(source), "prefixes"));
    log(`scaling: ${files.map((f) => f.mb).join(", ")} MB`);
    scaling = alternate(
      files.map((f) => ({ name: `winnow ${f.mb} MB`, argv: winnow(f.file), bytes: f.bytes, opts: { scratch } })),
      Math.min(runs, 3),
      log,
    );
  }
  return { rows, idx, scaling };
}

/**
 * A new output directory for each command and round, all removed with the scratch directory when
 * the bench ends: removing 20,000 files right before a round made the kernel's inode allocation of
 * the next round slower by seconds, and by how much varied from round to round.
 */
function freshOut(outDir, jobs, round) {
  return `${outDir}-j${jobs}-r${round}`;
}

/** --jobs 1 and --jobs 2 over the tree, alternating (--jobs-only). */
function jobsRows() {
  const outDir = path.join(scratch, "out");
  const label = `tree (${inp.tree.length} files, ${(inp.treeBytes / 1e6).toFixed(0)} MB)`;
  const argv = (j) => (r) => [process.execPath, BIN, "-q", "--no-gitignore", "--no-config", "--jobs", String(j), inp.treeDir, "--out-dir", freshOut(outDir, j, r)];
  const jobs = [1, 2].map((j) => ({ name: `winnow --jobs ${j} DIR --out-dir OUT`, input: label, bytes: inp.treeBytes, argv: argv(j), opts: { scratch, okCodes: [0, 1] } }));
  // What two of anything get from this machine: two --jobs 1 runs over the whole tree, at once,
  // sharing nothing (each does all of --jobs 1's work: halves would do less across files). Their
  // MB/s over both, to --jobs 1's, is the most any --jobs 2 could reach here.
  const copyArgv = (k, r) => [process.execPath, BIN, "-q", "--no-gitignore", "--no-config", "--jobs", "1", inp.treeDir, "--out-dir", freshOut(`${outDir}-copy${k}`, 1, r)];
  jobs.push({
    name: TWO_PROCESSES,
    input: `2 × ${label}`,
    bytes: 2 * inp.treeBytes,
    argv: (r) => [process.execPath, path.join(HERE, "at-once.mjs"), JSON.stringify([copyArgv(1, r), copyArgv(2, r)])],
    opts: { scratch, okCodes: [0] },
  });
  log(`--jobs 1 and 2, two processes at once: ${runs} rounds`);
  return alternate(jobs, runs, log);
}


/** The order-free engine's target (docs/engine.md): --jobs 2 at 1.8 × --jobs 1 or more, same run. */
function jobsRatio(rows) {
  const of = (j) => rows.find((r) => r.name === `winnow --jobs ${j} DIR --out-dir OUT` && !r.skipped);
  const one = of(1);
  const two = of(2);
  if (!one || !two) return [];
  const x = two.mbps / one.mbps;
  const both = rows.find((r) => r.name === TWO_PROCESSES && !r.skipped);
  const ceiling = both ? [``, `Two \`--jobs 1\` runs over the tree at once, sharing nothing (MB/s over both) / \`--jobs 1\`: **${(both.mbps / one.mbps).toFixed(2)} ×** (what this machine gives two of anything; \`--jobs 2\` reaches ${((100 * x) / (both.mbps / one.mbps)).toFixed(0)} % of it).`] : [];
  return [`\`--jobs 2\` / \`--jobs 1\` on the tree: **${x.toFixed(2)} ×** (target ≥ 1.8 ×: ${x >= 1.8 ? "met" : "not met"}).`, ...ceiling];
}

/**
 * A generated Markdown page of about 1 MB (headings, lists, quotes, code, tables over the tree's
 * paragraphs) cleaned as page.md and, the same bytes, as page.txt, alternating; target: the .md at
 * most 1.5 × the time of the .txt, under 120 MB peak.
 */
function markdownRows() {
  const text = markdownDoc(inp.tree, 1e6);
  const files = { md: path.join(scratch, "page.md"), txt: path.join(scratch, "page.txt") };
  for (const f of Object.values(files)) writeFileSync(f, text);
  const bytes = Buffer.byteLength(text);
  const o = { scratch, okCodes: [0, 1] };
  const cmd = (f) => [process.execPath, BIN, "-q", "--no-gitignore", "--no-config", f];
  log(`markdown: ${runs} rounds, ${(bytes / 1e6).toFixed(2)} MB page`);
  const [md, txt] = alternate(
    [
      { name: "winnow page.md", input: `page.md (${(bytes / 1e6).toFixed(2)} MB)`, argv: cmd(files.md), bytes, opts: o },
      { name: "winnow page.txt", input: `page.txt (the same bytes)`, argv: cmd(files.txt), bytes, opts: o },
    ],
    runs,
    log,
  );
  const x = md.seconds / txt.seconds;
  const rss = md.rssMB === null ? "" : `, peak ${md.rssMB.toFixed(0)} MB (target < 120 MB: ${md.rssMB < 120 ? "met" : "not met"})`;
  return [
    throughputTable([md, txt]),
    "",
    `page.md / page.txt, time: **${x.toFixed(2)} ×** (target ≤ 1.5 ×: ${x <= 1.5 ? "met" : "not met"})${rss}.`,
  ].join("\n");
}

/** The page model on and off, alternating (bench/page-model.mjs): the rows and their CPU ratios. */
function pageModelRows() {
  const r = pageModelBench({ node: process.execPath, bin: BIN, root: ROOT, scratch, big: inp.big, bigBytes: inp.bigBytes, runs, alternate, log });
  return [throughputTable(r.rows), "", cpuTable(r.rows), "", ...pageModelLines(r)].join("\n");
}

function findAwk() {
  for (const name of ["mawk", "gawk", "awk"]) {
    const r = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
    if (r.status === 0) return { name, path: r.stdout.trim() };
  }
  throw new Error("no awk found (apt package mawk)");
}

/** A run that cleans nothing (an ignored file, a wrong flag) would look very fast: refuse to time it. */
function checkCleans(file) {
  const out = path.join(scratch, "check.txt");
  const r = spawnSync(winnow(file)[0], [...winnow(file).slice(1), "-o", out], { stdio: ["ignore", "ignore", "pipe"] });
  const size = existsSync(out) ? statSync(out).size : 0;
  if (r.status !== 0 || size === 0) throw new Error(`winnow printed nothing for ${file} (exit ${r.status}): ${String(r.stderr).trim()}`);
  rmSync(out);
}

function batchSupport() {
  const help = spawnSync(node, [BIN, "--help"], { encoding: "utf8" }).stdout ?? "";
  return help.includes("--jobs") && help.includes("--out-dir");
}

/** About 1 KB of the corpus, as lines (a line longer than what is left is cut short). */
function smallText(file) {
  const head = readFileSync(file).subarray(0, 4096).toString("utf8");
  const lines = head.split("\n");
  let out = "";
  for (const l of lines) {
    if (out.length >= 1000) break;
    out += l.slice(0, 1024 - out.length) + "\n";
  }
  return out;
}

function machine(before, after) {
  const cpu = os.cpus();
  const awkVersion = spawnSync(awk.path, ["-W", "version"], { encoding: "utf8" }).stdout?.split("\n")[0] ?? awk.name;
  return [
    `- date: ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
    `- machine: ${cpu.length} cores (${cpu[0]?.model ?? "unknown CPU"}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM, ${os.type()} ${os.release()}`,
    `- Node ${process.version}; awk: \`${awk.path}\` (${awkVersion.trim()})`,
    `- load average (1 min) before ${before[0].toFixed(2)}, after ${after[0].toFixed(2)}: other work on the machine slows every row alike, so compare ratios`,
    `- input in the page cache (every command reads it several times); winnow output to /dev/null; peak RSS from ${hasGnuTime ? "`/usr/bin/time -f %M`" : "(not measured)"}`,
  ].join("\n");
}

function parseArgsOrExit(config) {
  try {
    return parseArgs(config);
  } catch (e) {
    process.stderr.write(`bench: ${e.message} (see --help)\n`);
    process.exit(2);
  }
}

/** cat, awk, the JavaScript floor and winnow (this build, and --before's) on big.txt, alternating (--pipe-only). */
function pipeRows() {
  const label = `${path.basename(inp.big)} (${(inp.bigBytes / 1e6).toFixed(0)} MB)`;
  const opts = { scratch, okCodes: [0, 1] };
  const run = (bin, ...a) => [process.execPath, bin, "-q", "--no-gitignore", "--no-config", ...a];
  const builds = [{ tag: "", bin: BIN }];
  if (args.before) builds.push({ tag: " (before)", bin: path.join(path.resolve(args.before), "bin", "winnow.js") });
  const jobs = [
    { name: "cat", input: label, argv: ["cat", inp.big], bytes: inp.bigBytes, opts },
    { name: `${awk.name} '!seen[$0]++'`, isAwk: true, input: label, argv: [awk.path, "!seen[$0]++", inp.big], bytes: inp.bigBytes, opts },
    { name: JS_FLOOR, input: label, argv: [process.execPath, path.join(HERE, "js-floor.mjs"), inp.big], bytes: inp.bigBytes, opts },
    ...builds.flatMap((b) => [
      { name: `winnow FILE${b.tag}`, input: label, argv: run(b.bin, inp.big), bytes: inp.bigBytes, opts },
      { name: `winnow --exact FILE${b.tag}`, input: label, argv: run(b.bin, "--exact", inp.big), bytes: inp.bigBytes, opts },
    ]),
  ];
  log(`pipe mode: ${runs} rounds over ${jobs.length} commands`);
  return alternate(jobs, runs, log).map((r, k) => ({ ...r, isAwk: jobs[k].isAwk }));
}

/** CPU seconds (user + system, median): steadier than wall time on a loaded machine. */
function cpuTable(rows) {
  const awkCpu = rows.find((r) => r.isAwk)?.cpuSeconds ?? null;
  const lines = ["| command | CPU seconds (median) | CPU × awk's |", "|---|---|---|"];
  for (const r of rows) lines.push(`| \`${r.name}\` | ${r.cpuSeconds === null ? "n/a" : r.cpuSeconds.toFixed(2)} | ${r.cpuSeconds && awkCpu ? (awkCpu / r.cpuSeconds).toFixed(2) : "n/a"} |`);
  return lines.join("\n");
}
