// gitignore-style ignore files, read the way prettier reads its own: ./.gitignore and ./.winnowignore
// by default, or the --ignore-path files instead. Each file's patterns are relative to its directory.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Ignore } from "ignore";
import { relativeTo } from "./relative-path.js";

export const DEFAULT_IGNORE_FILES = [".gitignore", ".winnowignore"] as const;

export interface IgnoreSettings {
  cwd: string;
  /** --ignore-path values; when given they replace the default files. */
  ignorePaths: readonly string[];
  /** False with --no-gitignore: .gitignore is not read. */
  gitignore: boolean;
  /** Patterns from the config file's `ignore`, relative to its directory. */
  configPatterns?: { dir: string; patterns: readonly string[] };
}

/** True when the absolute path is ignored. */
export type IgnoreFilter = (file: string) => boolean;

export async function buildIgnoreFilter(s: IgnoreSettings): Promise<IgnoreFilter> {
  const names = s.ignorePaths.length > 0 ? s.ignorePaths : DEFAULT_IGNORE_FILES.filter((n) => s.gitignore || n !== ".gitignore");
  const sources: { dir: string; patterns: string | string[] }[] = [];
  for (const name of names) {
    const file = path.resolve(s.cwd, name);
    const text = await readIfPresent(file);
    if (text !== null) sources.push({ dir: path.dirname(file), patterns: text });
  }
  if (s.configPatterns && s.configPatterns.patterns.length > 0) {
    sources.push({ dir: s.configPatterns.dir, patterns: [...s.configPatterns.patterns] });
  }
  // Loaded only when there is something to match: pipe mode starts faster without it.
  const ignore = sources.length > 0 ? (await import("ignore")).default : null;
  const sets: { dir: string; ig: Ignore }[] = ignore ? sources.map(({ dir, patterns }) => ({ dir, ig: ignore().add(patterns) })) : [];
  if (sets.length === 0) return () => false;
  return (file) =>
    sets.some(({ dir, ig }) => {
      const rel = relativeTo(dir, path.resolve(s.cwd, file));
      return rel !== null && ig.ignores(rel);
    });
}

/** A missing ignore file is no error, as for prettier and git. */
async function readIfPresent(file: string): Promise<string | null> {
  try {
    return await readFile(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return null;
    throw e;
  }
}
