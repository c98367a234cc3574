// Temporary repositories for check-mode tests: a tree with a .git directory (where config search stops).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach } from "vitest";

export function tempRepo(files: Record<string, string>, opts: { git?: boolean } = {}): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), "winnow-test-"));
  // A .git directory marks the repository root, where config search stops.
  if (opts.git !== false) mkdirSync(path.join(dir, ".git"));
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** For a test file: `tree(files)` makes a temporary repository that is removed after each test. */
export function tempTrees(): (files: Record<string, string>) => string {
  let cleanup = (): void => {};
  afterEach(() => cleanup());
  return (files) => {
    const t = tempRepo(files);
    cleanup = t.cleanup;
    return t.dir;
  };
}

/** A paragraph long enough to be cut as a duplicate with the default options. */
export const PARA = "This paragraph was pasted into the document twice by an editor who was in a hurry that day.";
export const DUPLICATED = `${PARA}\n\n${PARA}\n`;
export const CLEAN = `${PARA}\n\nAnother paragraph, which is said only once in the whole of this small document.\n`;
