// Which files a batch run takes: the patterns expanded (config extensions too), ignored files left
// out silently (pre-commit and lint-staged name every staged file), and the --against references.
import path from "node:path";
import { expandPaths } from "../io/expand-paths.js";
import type { RunSettings } from "./settings.js";

export interface Selected {
  files: string[];
  /** Patterns that matched nothing (an ignored file still counts as matched). */
  unmatched: string[];
  /** --against files that are not among `files`. */
  references: string[];
  /** Named paths that are not regular files (a device, a FIFO): each an error. */
  notFiles: { pattern: string; kind: string }[];
}

export async function selectFiles(patterns: readonly string[], against: readonly string[], cwd: string, settings: RunSettings, extensions: readonly string[]): Promise<Selected> {
  const kept = (list: string[]): string[] => list.filter((f) => !settings.isIgnored(path.resolve(cwd, f)));
  const { files, unmatched, notFiles } = await expandPaths([...patterns], { cwd, extensions });
  const chosen = kept(files);
  const inRun = new Set(chosen);
  const references = against.length === 0 ? [] : kept((await expandPaths([...against], { cwd, extensions })).files).filter((f) => !inRun.has(f));
  return { files: chosen, unmatched, references, notFiles };
}
