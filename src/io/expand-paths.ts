// Command-line paths and globs to a sorted file list, the way prettier takes them.
import { stat } from "node:fs/promises";
import type { Stats } from "node:fs";
import path from "node:path";
import type FastGlob from "fast-glob";
import { DEFAULT_EXTENSIONS } from "./extensions.js";
import { fsPath } from "./raw-path.js";

/** Directories never entered, whatever the pattern says. */
export const ALWAYS_SKIPPED_DIRS: readonly string[] = [".git", "node_modules"];

export { DEFAULT_EXTENSIONS } from "./extensions.js";

export interface ExpandOptions {
  /** Where relative patterns start, and what the returned paths are relative to. */
  cwd: string;
  /** Extensions (without the dot) that a directory expands to. Default: txt, md, markdown, mdx. */
  extensions?: readonly string[];
}

export interface Expanded {
  /** Matched files, relative to `cwd`, POSIX separators, sorted by code unit, no repeats. */
  files: string[];
  /** Patterns that matched no file (after skipping .git and node_modules), in the order given. */
  unmatched: string[];
  /** Literal paths that exist but are neither a file nor a directory (a device, a FIFO), and what they are. */
  notFiles: { pattern: string; kind: string }[];
}

/**
 * Each pattern is tried as a literal file, then as a directory (expanded to the extensions, dot
 * files and dot directories left out: `.github/`, `.vitepress/` hold a tool's templates and
 * includes, not a text of the tree; name one to read it; and PROGRAM_INPUTS), then as a fast-glob pattern (`dot: true`,
 * symbolic links not followed into). Files under `.git` and `node_modules` are always left out,
 * even when named literally.
 */
export async function expandPaths(patterns: readonly string[], options: ExpandOptions): Promise<Expanded> {
  const { cwd } = options;
  const extensions = options.extensions ?? DEFAULT_EXTENSIONS;
  const found = new Set<string>();
  const unmatched: string[] = [];
  const notFiles: { pattern: string; kind: string }[] = [];
  for (const pattern of patterns) {
    const special = await specialKind(path.resolve(cwd, pattern));
    if (special !== null) {
      notFiles.push({ pattern, kind: special });
      continue;
    }
    const matches = await expandOne(pattern, cwd, extensions);
    const kept = matches.filter((f) => !inSkippedDir(f));
    if (kept.length === 0) unmatched.push(pattern);
    for (const f of kept) found.add(f);
  }
  const files = [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { files, unmatched, notFiles };
}

/**
 * Files a directory leaves out though their extension is a text's: a program's input, whose lines
 * are code or a list it reads (CMakeLists.txt: in curl/curl a build loop was cut as a near copy of
 * the one above it). Named, or matched by a glob, they are read.
 */
export const PROGRAM_INPUTS: readonly string[] = ["**/CMakeLists.txt", "**/requirements*.txt", "**/*[-_]requirements.txt", "**/constraints*.txt", "**/robots.txt"];

async function expandOne(pattern: string, cwd: string, extensions: readonly string[]): Promise<string[]> {
  const abs = path.resolve(cwd, pattern);
  const kind = await statKind(abs);
  if (kind === "file") return [toRelative(cwd, abs)];
  if (kind === "dir") {
    const exts = extensions.length === 1 ? extensions[0] ?? "" : `{${extensions.join(",")}}`;
    const options = globOptions(abs, false);
    const inDir = await (await fastGlob())(`**/*.${exts}`, { ...options, dot: false, ignore: [...(options.ignore ?? []), ...PROGRAM_INPUTS] });
    return inDir.map((f) => toRelative(cwd, path.join(abs, f)));
  }
  // fast-glob wants forward slashes even on Windows.
  const glob = pattern.split(path.sep).join("/");
  const matches = await (await fastGlob())(glob, globOptions(cwd, true));
  return matches.map((f) => toRelative(cwd, path.resolve(cwd, f)));
}

/** fast-glob is loaded only for a directory or a glob: a named file (a pre-commit hook's list) needs only stat. */
async function fastGlob(): Promise<typeof FastGlob> {
  return (await import("fast-glob")).default;
}

function globOptions(cwd: string, caseSensitive: boolean): FastGlob.Options {
  return {
    cwd,
    dot: true,
    onlyFiles: true,
    followSymbolicLinks: false,
    unique: true,
    caseSensitiveMatch: caseSensitive,
    ignore: ALWAYS_SKIPPED_DIRS.map((d) => `**/${d}/**`),
  };
}

async function statKind(abs: string): Promise<"file" | "dir" | null> {
  try {
    const s = await stat(fsPath(abs));
    return s.isFile() ? "file" : s.isDirectory() ? "dir" : null;
  } catch {
    return null;
  }
}

/** What a path that exists and is neither a file nor a directory is, or null. */
async function specialKind(abs: string): Promise<string | null> {
  let s: Stats;
  try {
    s = await stat(fsPath(abs));
  } catch {
    return null;
  }
  if (s.isFile() || s.isDirectory()) return null;
  return s.isCharacterDevice() ? "character device" : s.isBlockDevice() ? "block device" : s.isFIFO() ? "FIFO" : s.isSocket() ? "socket" : "special file";
}

function toRelative(cwd: string, abs: string): string {
  const rel = path.relative(cwd, abs) || path.basename(abs);
  return rel.split(path.sep).join("/");
}

function inSkippedDir(rel: string): boolean {
  const parts = rel.split("/");
  parts.pop();
  return parts.some((p) => ALWAYS_SKIPPED_DIRS.includes(p));
}
