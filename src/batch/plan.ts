// From matched paths to what a batch run reads and writes: the real file behind each path,
// symbolic links that leave the tree or repeat a file, and the mirrored path under --out-dir.
import { lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { decodeArg } from "../io/raw-path.js";

export interface PlannedFile {
  /** The path as shown and reported: relative to the working directory, POSIX separators. */
  file: string;
  /** Absolute path as named (may be a symbolic link inside the tree). */
  abs: string;
  /** The real file: what is read and, with --write, replaced. */
  target: string;
  /** With --out-dir: where the clean text goes. */
  out?: string;
  size: number;
  /** Device and inode of `target` ("dev:ino"): the same file under any name or hard link. */
  id: string;
}

/** The bytes of `files`, as planned (progress, and how many threads a run is worth). */
export function totalBytes(files: readonly { size: number }[]): number {
  let n = 0;
  for (const f of files) n += f.size;
  return n;
}

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface BatchPlan {
  files: PlannedFile[];
  skipped: SkippedFile[];
  /** Files skipped because they are inside --out-dir (followed through symbolic links). */
  insideOutDir: number;
}

export interface PlanOptions {
  cwd: string;
  /** Absolute --out-dir, or undefined for --write. */
  outDir?: string;
}

/** `files` must be sorted (expandPaths does it): the first path to a real file is the one used. */
export async function planBatch(files: readonly string[], o: PlanOptions): Promise<BatchPlan> {
  const abs = files.map((f) => path.resolve(o.cwd, f));
  const inCwd = insideOf(o.cwd);
  const tree = realTree(abs.every(inCwd) ? o.cwd : commonDir(abs));
  const inTree = insideOf(tree);
  const outNamed = o.outDir === undefined ? undefined : path.resolve(o.outDir);
  // The directory --out-dir really is: a symbolic link to the input tree (or a parent that is
  // one) must not pass for another directory.
  const outReal = outNamed === undefined ? undefined : realPathDeep(outNamed);
  const inOutNamed = outNamed === undefined ? null : insideOf(outNamed);
  const inOutReal = outReal === undefined ? null : insideOf(outReal);
  const planned: PlannedFile[] = [];
  const skipped: SkippedFile[] = [];
  let insideOutDir = 0;
  const seen = new Map<string, string>();
  const realDirs = new Map<string, string | null>();
  const realDir = (dir: string): string | null => {
    let r = realDirs.get(dir);
    if (r === undefined) {
      try {
        r = realpathSync.native(dir);
      } catch {
        r = null;
      }
      realDirs.set(dir, r);
    }
    return r;
  };
  for (let i = 0; i < files.length; i++) {
    const file = files[i] ?? "";
    const a = abs[i] ?? "";
    if (inOutNamed?.(a)) {
      skipped.push({ file, reason: "inside --out-dir" });
      insideOutDir++;
      continue;
    }
    let target: string;
    let size: number;
    let id: string;
    try {
      // Synchronous: each awaited call was a thread-pool round trip, and three per file kept the
      // run from starting for ~2 s on 20,000 files with nothing else to do meanwhile.
      const l = lstatSync(a, { bigint: true });
      const link = l.isSymbolicLink();
      // A file that is no link is its directory's real path and its name: one lstat a file and
      // one realpath a directory, where a realpath and a stat a file took a third of the start.
      const dir = link ? null : realDir(path.dirname(a));
      target = dir === null ? realpathSync.native(a) : path.join(dir, path.basename(a));
      const st = dir === null ? statSync(target, { bigint: true }) : l;
      size = Number(st.size);
      id = `${st.dev}:${st.ino}`;
      if (!inTree(target)) {
        skipped.push({ file, reason: `${link ? "symbolic link" : "path through a symbolic link"} to a file outside the tree` });
        continue;
      }
    } catch {
      // The directory listing decodes names as UTF-8: a name that is not comes back with U+FFFD
      // (its bytes are read again to show them as \xNN); a name from the command line keeps them
      // as U+DC80-U+DCFF (raw-path.ts).
      const notUtf8 = /\uFFFD|[\uDC80-\uDCFF]/.test(file);
      const reason = notUtf8 ? "its name is not UTF-8, which batch mode cannot open yet (pipe mode can: winnow FILE -o OUT)" : "broken symbolic link or vanished file";
      skipped.push({ file: file.includes("\uFFFD") ? rawName(file, a) : file, reason });
      continue;
    }
    if (inOutReal?.(target)) {
      skipped.push({ file, reason: "inside --out-dir" });
      insideOutDir++;
      continue;
    }
    const first = seen.get(target);
    if (first !== undefined) {
      skipped.push({ file, reason: `same file as ${first}` });
      continue;
    }
    seen.set(target, file);
    planned.push({ file, abs: a, target, size, id });
  }
  if (outReal !== undefined) {
    const base = commonDir(planned.map((p) => p.abs));
    for (const p of planned) p.out = path.join(outReal, path.relative(base, p.abs));
  }
  return { files: planned, skipped, insideOutDir };
}

/** `file` with its last part's bytes read back from the directory (U+DC80-U+DCFF for bytes that are not UTF-8). */
function rawName(file: string, abs: string): string {
  try {
    const base = path.basename(abs);
    const entry = readdirSync(path.dirname(abs), { encoding: "buffer" }).find((b) => b.toString("utf8") === base);
    return entry ? path.posix.join(path.posix.dirname(file), decodeArg(entry)) : file;
  } catch {
    return file;
  }
}

/** The deepest directory holding every path (absolute, normalized). */
export function commonDir(paths: readonly string[]): string {
  if (paths.length === 0) return path.resolve(".");
  let common = path.dirname(paths[0] ?? "");
  let inside = insideOf(common);
  for (const p of paths) {
    while (!inside(path.dirname(p))) {
      const up = path.dirname(common);
      if (up === common) break;
      inside = insideOf((common = up));
    }
  }
  return common;
}

/**
 * Whether a path is `dir` or inside it; the paths asked about must be absolute and normalized
 * (path.resolve, realpath), as every path of a plan is. A prefix test: path.relative for each of
 * 20,000 files was a tenth of a run's start.
 */
function insideOf(dir: string): (p: string) => boolean {
  const d = path.resolve(dir);
  if (path.sep === "\\") return (p) => isInside(d, p); // case-insensitive names: as path.relative compares them
  const prefix = d.endsWith(path.sep) ? d : d + path.sep;
  return (p) => p === d || p.startsWith(prefix);
}

function isInside(dir: string, p: string): boolean {
  const rel = path.relative(dir, p);
  return rel === "" || (rel !== ".." && !rel.startsWith(".." + path.sep) && !path.isAbsolute(rel));
}

/** The real path of `p`, which may not exist yet: its deepest existing ancestor resolved, the rest appended. */
export function realPathDeep(p: string): string {
  const rest: string[] = [];
  for (let dir = p; ; ) {
    try {
      return path.join(realpathSync.native(dir), ...rest.reverse());
    } catch {
      const parent = path.dirname(dir);
      if (parent === dir) return p;
      rest.push(path.basename(dir));
      dir = parent;
    }
  }
}

function realTree(dir: string): string {
  try {
    return realpathSync.native(dir);
  } catch {
    return dir;
  }
}
