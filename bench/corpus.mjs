// The bench inputs: the generated corpus (made once, reused) or the user's own folder.
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";
import path from "node:path";

const GEN = path.resolve(import.meta.dirname, "../../shared/bench/gen.mjs");

/** gen.mjs options per corpus: full is the documented 200 MB tree + 100 MB file; quick is ~20 MB. */
const SHAPES = {
  full: ["--files", "20000", "--kb", "10", "--big-mb", "100", "--seed", "42"],
  quick: ["--files", "1000", "--kb", "10", "--big-mb", "10", "--seed", "42"],
  // Only its big.txt is kept: one 200 MB stream whose prefixes make the scaling run.
  scale: ["--files", "24000", "--kb", "10", "--big-mb", "200", "--seed", "7"],
};

/** Generates DIR with gen.mjs unless a finished run (stats.json) is already there. */
export function ensureGenerated(dir, shape, log) {
  if (existsSync(path.join(dir, "stats.json"))) return;
  if (!existsSync(GEN)) throw new Error(`cannot generate the corpus: ${GEN} not found (pass --corpus DIR)`);
  log(`generating the ${shape} corpus in ${dir} (once; about ${shape === "quick" ? "5" : "60"} s)`);
  mkdirSync(path.dirname(dir), { recursive: true });
  const r = spawnSync(process.execPath, [GEN, "--out", dir, ...SHAPES[shape]], { stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) throw new Error(`gen.mjs failed (exit ${r.status})`);
  if (shape === "scale") {
    rmSync(path.join(dir, "tree"), { recursive: true, force: true });
    rmSync(path.join(dir, "big-para.txt"), { force: true });
  }
}

/** Every file under `dir`, sorted, as absolute paths. */
export function listTree(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.push(p);
    }
  };
  walk(dir);
  return out;
}

export function bytesOf(files) {
  return files.reduce((n, f) => n + statSync(f).size, 0);
}

/**
 * The single file for pipe mode and the tree for batch mode. A user's folder without big.txt gets
 * its files concatenated into one (in `scratch`), so both modes read the same text.
 */
export function inputsOf(dir, scratch) {
  const treeDir = existsSync(path.join(dir, "tree")) ? path.join(dir, "tree") : dir;
  const tree = listTree(treeDir).filter((f) => !f.endsWith("stats.json"));
  let big = path.join(dir, "big.txt");
  if (!existsSync(big)) {
    big = path.join(scratch, "concatenated.txt");
    const fd = openSync(big, "w");
    for (const f of tree) writeSync(fd, readFileSync(f));
    closeSync(fd);
  }
  return { treeDir, tree, treeBytes: bytesOf(tree), big, bigBytes: statSync(big).size };
}

/** Prefixes of `file` cut at line ends, about `mbs` MB each, written once into `dir`. */
export function prefixes(file, mbs, dir) {
  mkdirSync(dir, { recursive: true });
  const all = readFileSync(file);
  return mbs.map((mb) => {
    const p = path.join(dir, `prefix-${mb}mb.txt`);
    if (!existsSync(p)) {
      let end = Math.min(all.length, Math.round(mb * 1e6));
      while (end < all.length && all[end - 1] !== 10) end++;
      const fd = openSync(p, "w");
      writeSync(fd, all.subarray(0, end));
      closeSync(fd);
    }
    return { mb, file: p, bytes: statSync(p).size };
  });
}
