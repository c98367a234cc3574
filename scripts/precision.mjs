#!/usr/bin/env node
// Precision study on real repositories (issue #13): runs `winnow . --check --reporter json` inside each
// repository directory given (.md and .mdx, read as Markdown), audits every duplicate cut with
// ../shared/eval/factloss.py, and prints per repository: files, lines, findings by kind, findings per
// 1,000 lines, the boilerplate rules that fired, and the fact-losing cuts. The repositories stay
// outside the project (fetch them anywhere; docs/precision.md says which and at which commit).
//
//   node scripts/precision.mjs [--out DIR] [--label NAME] [--jobs N] [--scope file] REPO_DIR...
//   node scripts/precision.mjs --sample N [--seed S] [--out DIR] [--label NAME] REPO_DIR...
//
// `--scope file` audits documents that were cleaned one by one (../shared/eval/dev/docs: the scorer runs
// winnow on each alone). --out keeps each report as DIR/<repo>.<label>.json (default: a temporary folder) and a summary
// DIR/summary.<label>.json. --sample draws N findings (spread evenly over the repositories, a fixed
// seeded shuffle) from the reports already in --out and prints each with its kept copy and the
// lines around it, to be judged one by one (is this text the maintainers would cut?).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = path.join(ROOT, "bin/winnow.js");
const FACTLOSS = path.resolve(ROOT, "../shared/eval/factloss.py");
const KINDS = ["duplicate", "near-duplicate", "boilerplate"];

const argv = process.argv.slice(2);
const flags = {};
const repos = [];
for (let i = 0; i < argv.length; i++) {
  if (argv[i].startsWith("--")) flags[argv[i].slice(2)] = argv[++i];
  else repos.push(path.resolve(argv[i]));
}
if (repos.length === 0) {
  console.error("usage: node scripts/precision.mjs [--out DIR] [--label NAME] [--jobs N] [--sample N --seed S] REPO_DIR...");
  process.exit(2);
}
const OUT = path.resolve(flags.out ?? mkdtempSync(path.join(tmpdir(), "winnow-precision-")));
const LABEL = flags.label ?? "run";
mkdirSync(OUT, { recursive: true });
const reportPath = (repo) => path.join(OUT, `${path.basename(repo)}.${LABEL}.json`);

// A directory expands to .txt/.md/.markdown by default; the config (outside the repository) adds .mdx,
// which winnow reads as Markdown.
const config = path.join(OUT, "winnow-precision.config.json");
writeFileSync(config, JSON.stringify({ extensions: ["mdx"] }) + "\n");

if (flags.sample !== undefined) sample(Number(flags.sample), Number(flags.seed ?? "13"));
else measure();

function measure() {
  const rows = [];
  for (const repo of repos) {
    const report = reportPath(repo);
    // --all: in a git repository a check reports only what a change adds; the study wants everything.
    const args = [BIN, ".", "--check", "--all", "--reporter", "json", "--report-file", report, "--config", config, "--no-progress", "--quiet"];
    if (flags.jobs !== undefined) args.push("--jobs", flags.jobs);
    if (flags.scope !== undefined) args.push("--scope", flags.scope);
    const run = spawnSync(process.execPath, args, { cwd: repo, encoding: "utf8", maxBuffer: 1 << 30 });
    if (run.status !== 0 && run.status !== 1) {
      console.error(`${repo}: winnow exited ${run.status}: ${run.stderr.trim().split("\n")[0]}`);
      process.exit(2);
    }
    const rep = JSON.parse(readFileSync(report, "utf8"));
    const row = { repo: path.basename(repo), files: rep.files.length, lines: 0, normalization: rep.tool.normalization };
    for (const k of KINDS) row[k] = 0;
    const rules = {};
    for (const f of rep.files) {
      row.lines += f.stats.linesIn;
      for (const c of f.cuts) {
        row[c.kind] = (row[c.kind] ?? 0) + 1;
        if (c.kind === "boilerplate") rules[c.rule] = (rules[c.rule] ?? 0) + 1;
      }
    }
    row.findings = KINDS.reduce((s, k) => s + row[k], 0);
    row.per1000 = Number(((1000 * row.findings) / Math.max(1, row.lines)).toFixed(2));
    row.rules = rules;
    const audit = spawnSync("python3", [FACTLOSS, report, "--root", repo, "--show", "0"], { encoding: "utf8" });
    const m = /fact-losing duplicate cuts: (\d+) of (\d+) checked/.exec(audit.stdout);
    if (!m) {
      console.error(`${repo}: factloss.py printed no summary: ${audit.stderr.trim().split("\n").pop()}`);
      process.exit(2);
    }
    row.factLosing = Number(m[1]);
    row.dupChecked = Number(m[2]);
    rows.push(row);
  }
  writeFileSync(path.join(OUT, `summary.${LABEL}.json`), JSON.stringify(rows, null, 1) + "\n");
  console.log(`| repository | files | lines | duplicate | near-duplicate | boilerplate | per 1,000 lines | fact-losing cuts |`);
  console.log(`|---|---|---|---|---|---|---|---|`);
  for (const r of rows) {
    console.log(`| ${r.repo} | ${r.files} | ${r.lines} | ${r.duplicate} | ${r["near-duplicate"]} | ${r.boilerplate} | ${r.per1000} | ${r.factLosing} of ${r.dupChecked} |`);
  }
  for (const r of rows) {
    const top = Object.entries(r.rules).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    if (top.length > 0) console.log(`${r.repo} rules: ${top.map(([k, v]) => `${k} ${v}`).join(", ")}`);
  }
  console.log(`reports in ${OUT}`);
}

function sample(n, seed) {
  let s = seed >>> 0;
  const random = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
  const reports = repos.map((repo) => JSON.parse(readFileSync(reportPath(repo), "utf8")));
  // n spread evenly: one at a time to each repository that still has findings left (all of them when
  // the repositories hold fewer than n findings in all)
  const have = reports.map((rep) => rep.files.reduce((s, f) => s + f.cuts.length, 0));
  const per = repos.map(() => 0);
  for (let left = n, more = true; left > 0 && more; ) {
    more = false;
    for (let i = 0; i < repos.length && left > 0; i++) {
      if (per[i] < have[i]) {
        per[i]++;
        left--;
        more = true;
      }
    }
  }
  const lines = new Map();
  const read = (file) => {
    if (!lines.has(file)) lines.set(file, existsSync(file) ? readFileSync(file, "utf8").split(/\r?\n/) : []);
    return lines.get(file);
  };
  const show = (file, from, to, around) => {
    const all = read(file);
    const out = [];
    for (let l = Math.max(1, from - around); l <= Math.min(all.length, to + around); l++) {
      out.push(`${l >= from && l <= to ? ">" : " "}${String(l).padStart(5)}| ${all[l - 1]}`);
    }
    return out.join("\n");
  };
  let id = 0;
  repos.forEach((repo, ri) => {
    const rep = reports[ri];
    const all = rep.files.flatMap((f) => f.cuts.map((c) => ({ file: f.file, cut: c })));
    // Fisher-Yates with the seeded generator, then the first `per` findings
    for (let i = all.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [all[i], all[j]] = [all[j], all[i]];
    }
    for (const { file, cut } of all.slice(0, per[ri])) {
      id++;
      const why = cut.kind === "boilerplate" ? `rule ${cut.rule}` : `${cut.rule} similarity ${cut.similarity}`;
      console.log(`\n### ${id}. ${path.basename(repo)}/${file}:${cut.startLine}-${cut.endLine}  ${cut.kind} (${why})`);
      console.log(show(path.join(repo, file), cut.startLine, cut.endLine, 3));
      if (cut.source) {
        const src = cut.source.file ?? file;
        console.log(`--- kept copy ${src}:${cut.source.startLine}-${cut.source.endLine}`);
        console.log(show(path.join(repo, src), cut.source.startLine, cut.source.endLine, 2));
      }
    }
  });
}
