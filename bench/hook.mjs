// The pre-commit case: a generated git repository of 5,000 Markdown files, one staged file checked.
// The first check builds the index of the committed tree (.git/winnow/); later checks read it. The
// pages are read as scraped Markdown (.winnowrc.json), the case that needs the index: a check of
// authored Markdown, the default, reads no other file of the tree.
// Node's own start-up (`node -e 0`) is measured in the same rounds, so that what winnow adds to it
// can be told apart from the machine's speed.
import { execFileSync } from "node:child_process";
import { appendFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { alternate } from "./measure.mjs";

const WORDS = "harbour river market council winter garden bridge ferry lantern mill orchard valley station library museum quarry chapel meadow beacon granary tower canal forge bakery school dairy".split(" ");
const VERBS = "repaired opened closed painted measured visited counted recorded moved rebuilt".split(" ");

function mix(...xs) {
  let h = 0x811c9dc5;
  for (const x of xs) h = Math.imul(h ^ x, 0x01000193) ^ (h >>> 13);
  return h >>> 0;
}
const pick = (list, ...xs) => list[mix(...xs) % list.length];
const sentence = (f, p, s) => `In ${1800 + (mix(f, p, s, 9) % 200)} the ${pick(WORDS, f, p, s, 0)} by the ${pick(WORDS, f, p, s, 1)} was ${pick(VERBS, f, p, s, 2)} for the ${pick(WORDS, f, p, s, 3)} number ${f}-${p}-${s}.`;
const para = (f, p) => [0, 1, 2, 3].map((s) => sentence(f, p, s)).join(" ");

/** Page i: six paragraphs of its own (about 2 KB) and the repetition a real tree has. */
function page(i) {
  const parts = [`# Page ${i}`];
  for (let p = 0; p < 6; p++) parts.push(para(i, p));
  if (i % 10 === 3) parts.push(para(i, 1));
  if (i % 10 === 5 && i > 20) parts.push(para(i - 20, 2));
  if (i % 25 === 7) parts.push("Subscribe to our newsletter for more stories like this!");
  return parts.join("\n\n") + "\n";
}

export function hookBench({ node, bin, scratch, runs, files = 5000, log }) {
  const repo = path.join(scratch, "hook-repo");
  const { bytes, staged } = makeRepo(repo, files);
  log(`hook: ${files} files, ${(bytes / 1e6).toFixed(1)} MB committed; checking ${staged}`);
  const check = [node, bin, "--check", "--no-progress", staged];
  const index = path.join(repo, ".git", "winnow");
  const o = { scratch, cwd: repo, okCodes: [0] };
  const first = alternate([{ name: "first check (index built)", argv: check, bytes: 1, opts: o, before: () => rmSync(index, { recursive: true, force: true }) }], Math.max(3, Math.min(runs, 5)), log);
  // After a commit: HEAD's tree is new and the committed page is not in the index yet, so the check
  // lists the tree, indexes that page and writes it to .git/winnow/delta.bin. The page
  // changed and committed is another one each round; the staged change stays.
  let round = 0;
  const git = (...a) => execFileSync("git", a, { cwd: repo, stdio: ["ignore", "pipe", "pipe"] });
  const commitOne = () => {
    const page = `docs/page-${String((round++ * 37) % files).padStart(5, "0")}.md`;
    if (page === staged) return commitOne();
    appendFileSync(path.join(repo, page), `\nA line committed in round ${round}, said nowhere else.\n`);
    git("commit", "-q", "-m", `round ${round}`, "--", page);
  };
  const later = alternate(
    [
      { name: "node -e 0", argv: [node, "-e", "0"], bytes: 1, opts: o },
      { name: "winnow --version", argv: [node, bin, "--version"], bytes: 1, opts: o },
      { name: "later check (index read)", argv: check, bytes: 1, opts: o },
      { name: "check after a commit (1 file indexed)", argv: check, bytes: 1, opts: o, before: commitOne },
    ],
    Math.max(runs * 3, 15),
    log,
  );
  return { files, bytes, staged, rows: [...first, ...later] };
}

/** The repository: `files` pages committed, one of them changed and staged. */
export function makeRepo(repo, files) {
  const git = (...a) => execFileSync("git", a, { cwd: repo, stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 26 });
  rmSync(repo, { recursive: true, force: true });
  mkdirSync(path.join(repo, "docs"), { recursive: true });
  let bytes = 0;
  for (let i = 0; i < files; i++) {
    const text = page(i);
    bytes += Buffer.byteLength(text);
    writeFileSync(path.join(repo, "docs", `page-${String(i).padStart(5, "0")}.md`), text);
  }
  writeFileSync(path.join(repo, ".winnowrc.json"), JSON.stringify({ markdownText: "scraped" }) + "\n");
  git("init", "-q");
  git("config", "user.email", "bench@example.com");
  git("config", "user.name", "bench");
  git("add", ".");
  git("commit", "-qm", "tree");
  const staged = `docs/page-${String(Math.floor(files / 2)).padStart(5, "0")}.md`;
  appendFileSync(path.join(repo, staged), `\nA paragraph added to the staged page, said nowhere else in the whole tree of pages.\n`);
  git("add", staged);
  return { bytes, staged };
}

export function hookTable(h) {
  const node = h.rows.find((r) => r.name === "node -e 0");
  const later = h.rows.find((r) => r.name.startsWith("later"));
  const afterCommit = h.rows.find((r) => r.name.startsWith("check after a commit"));
  const ms = (s) => `${(s * 1000).toFixed(0)} ms`;
  const lines = [
    `A git repository of ${h.files.toLocaleString("en")} Markdown files (${(h.bytes / 1e6).toFixed(1)} MB, with repeated paragraphs and ad lines already committed); ` +
      `\`winnow --check ${h.staged}\` with one paragraph staged in it, as the pre-commit hook runs it. Median of the rounds, alternating.`,
    "",
    "| command | median | min | max | CPU (user + sys, median) | peak RSS |",
    "| --- | --- | --- | --- | --- | --- |",
    ...h.rows.map((r) => `| ${r.name} | ${ms(r.seconds)} | ${ms(r.secondsMin)} | ${ms(r.secondsMax)} | ${r.cpuSeconds === null ? "n/a" : ms(r.cpuSeconds)} | ${r.rssMB === null ? "n/a" : `${r.rssMB.toFixed(0)} MB`} |`),
    "",
  ];
  if (node && later) {
    const beyond = later.seconds - node.seconds;
    const cpu = later.cpuSeconds !== null && node.cpuSeconds !== null ? ` (CPU time beyond node's: ${ms(later.cpuSeconds - node.cpuSeconds)}, which other work on the machine changes less)` : "";
    lines.push(`Later check beyond node's start-up, wall time: **${ms(beyond)}**${cpu}; target < 300 ms of wall time: ${beyond < 0.3 ? "met" : "NOT met"}.`, "");
  }
  if (node && afterCommit) {
    const cpu = afterCommit.cpuSeconds !== null && node.cpuSeconds !== null ? `, CPU time ${ms(afterCommit.cpuSeconds - node.cpuSeconds)}` : "";
    lines.push(`A check after a commit (HEAD moved: the tree listed again, one page indexed and written to delta.bin) beyond node's start-up: wall time ${ms(afterCommit.seconds - node.seconds)}${cpu}.`, "");
  }
  return lines.join("\n");
}
