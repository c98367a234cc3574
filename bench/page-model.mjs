// The page model's cost (docs/accuracy.md, "Speed"): winnow with the built-in page model against
// winnow without it, alternating, in CPU seconds, on the corpus's big.txt (the pipe-mode row: book
// paragraphs and page chrome, in which the model reads much and cuts little) and on a folder of
// generated pages (`pageFiles`), in which it cuts the chrome the rules leave. The target of the
// page model's issue: on / off at most 1.1 x on every speed row.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** The built-in weights, as a user turns them on (WINNOW_PAGE_MODEL). */
export function builtInWeights(root) {
  return path.join(root, "dist", "core", "boilerplate", "page-model.json");
}

const NAV = ["Home", "News", "Sport", "Business", "Culture", "Travel", "Weather", "Video", "Opinion", "Science", "Health", "Style"];
const FOOT = ["About us", "Contact", "Careers", "Advertise", "Privacy Policy", "Terms of Use", "Cookie settings", "Help"];

/**
 * Pages of `bytes` bytes or so in all, as scraped pages come (one paragraph to a line, blank lines
 * between blocks): a menu, a title, a byline, the article (paragraphs of the corpus's big.txt), a
 * box of other stories' headlines, sharing links and a footer; each page a file. Deterministic: the
 * same big.txt gives the same pages.
 */
export function pageFiles(big, bytes, dir) {
  mkdirSync(dir, { recursive: true });
  const text = readFileSync(big, "utf8").slice(0, Math.max(4 * bytes, 1 << 20));
  const paras = text.split("\n").map((l) => l.trim()).filter((l) => l.split(/\s+/).length >= 25);
  const files = [];
  let size = 0;
  let p = 0;
  const next = () => paras[p++ % paras.length] ?? "";
  const words = (s, n) => s.replace(/[.!?,;:"“”‘’]/g, "").split(/\s+/).slice(0, n).join(" ");
  // A headline: its first letters capitalised, no sentence's end.
  const headline = (s, n) => words(s, n).replace(/(^|\s)(\p{Ll})/gu, (_, a, b) => a + b.toUpperCase());
  for (let k = 0; size < bytes && paras.length > 0; k++) {
    const lines = [];
    const nav = NAV.slice(k % 4, (k % 4) + 6 + (k % 3));
    if (k % 2 === 0) lines.push(nav.join("\n"), "");
    else lines.push(nav.join(" | "), "");
    lines.push(headline(next(), 6 + (k % 5)), `By Staff Writer | ${1 + (k % 28)} March 2024`, "");
    for (let j = 0; j < 4 + (k % 9); j++) lines.push(next(), "");
    lines.push(k % 3 === 0 ? "Related stories" : "More from News");
    for (let j = 0; j < 3 + (k % 4); j++) lines.push(headline(next(), 5 + ((k + j) % 6)));
    lines.push("", "Share on Facebook", "Share on Twitter", "Email this story", "");
    lines.push(FOOT.slice(0, 4 + (k % 5)).join("\n"), `© 2024 Example Media Group. All rights reserved.`, "");
    const page = lines.join("\n");
    const f = path.join(dir, `page-${String(k).padStart(4, "0")}.txt`);
    writeFileSync(f, page);
    files.push(f);
    size += Buffer.byteLength(page);
  }
  return { files, bytes: size };
}

/**
 * On / off rows, alternating: big.txt in pipe mode and the pages with --jobs 1 (one process; the
 * weights reach it through WINNOW_PAGE_MODEL). Returns the rows and each round's ratio, sorted.
 */
export function pageModelBench({ node, bin, root, scratch, big, bigBytes, runs, alternate, log }) {
  const weights = builtInWeights(root);
  const pages = pageFiles(big, 2e6, path.join(scratch, "pages"));
  const on = (argv) => ["env", `WINNOW_PAGE_MODEL=${weights}`, ...argv];
  const winnow = (...a) => [node, bin, "-q", "--no-gitignore", "--no-config", ...a];
  const o = { scratch, okCodes: [0, 1] };
  const out = (name, r) => path.join(scratch, `pages-out-${name}-${r}`);
  const bigLabel = `${path.basename(big)} (${(bigBytes / 1e6).toFixed(0)} MB)`;
  const pagesLabel = `${pages.files.length} generated pages (${(pages.bytes / 1e6).toFixed(1)} MB)`;
  log(`page model: ${runs} rounds, ${bigLabel} and ${pagesLabel}`);
  const jobs = [
    { name: "winnow FILE (model off)", input: bigLabel, argv: winnow(big), bytes: bigBytes, opts: o },
    { name: "winnow FILE (model on)", input: bigLabel, argv: on(winnow(big)), bytes: bigBytes, opts: o },
    { name: "winnow --jobs 1 DIR (model off)", input: pagesLabel, argv: (r) => winnow("--jobs", "1", path.join(scratch, "pages"), "--out-dir", out("off", r)), bytes: pages.bytes, opts: o },
    { name: "winnow --jobs 1 DIR (model on)", input: pagesLabel, argv: (r) => on(winnow("--jobs", "1", path.join(scratch, "pages"), "--out-dir", out("on", r))), bytes: pages.bytes, opts: o },
  ];
  const rows = alternate(jobs, runs, log);
  // Each round's on / off ratio: the load moves between rounds, a round's two runs share it.
  const cpu = rows.every((row) => row.cpuEach.every((x) => x !== null));
  const cost = (row, r) => (cpu ? row.cpuEach[r] : row.secondsEach[r]);
  const ratios = (off, on) => Array.from({ length: runs }, (_, r) => cost(rows[on], r) / cost(rows[off], r)).sort((a, b) => a - b);
  return { rows, big: ratios(0, 1), pages: ratios(2, 3), cpu };
}

/** The rows' ratios as the results file says them: each round's on / off, the lowest and the median. */
export function pageModelLines(r) {
  const what = r.cpu ? "CPU seconds (user + system)" : "seconds";
  const med = (xs) => xs[xs.length >> 1];
  const say = (xs) => `lowest ${xs[0].toFixed(2)} ×, median **${med(xs).toFixed(2)} ×** (target ≤ 1.1 ×: ${med(xs) <= 1.1 ? "met" : "not met"})`;
  return [`Page model on / off, ${what} of each round: big.txt ${say(r.big)}; generated pages ${say(r.pages)}.`];
}
