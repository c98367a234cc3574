// Paths as config globs and ignore files match them: POSIX, relative to the folder that states them.
import path from "node:path";

/** POSIX path of `file` under `dir`, or null when it lies outside. */
export function relativeTo(dir: string, file: string): string | null {
  const rel = path.relative(dir, file);
  if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) return null;
  return rel.split(path.sep).join("/");
}
