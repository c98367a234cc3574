// Where the config file is: the first directory from the working directory up to the repository
// root (the directory holding .git) that has one. Within a directory, the first name below wins.
// A config file is code that runs, so the search stays where the user owns the folders, as git's
// safe.directory does: it never looks in or above a folder another user owns or others can write
// to (/tmp), and it stops at the home directory.
import { stat, readFile } from "node:fs/promises";
import { homedir } from "node:os";
import path from "node:path";

export const CONFIG_NAMES = [".winnowrc.json", "winnow.config.js", "winnow.config.mjs", "package.json"] as const;

/** `home`: the user's home directory (HOME), where the search ends. */
export async function findConfigFile(cwd: string, home: string = homedir()): Promise<string | null> {
  const uid = process.getuid?.();
  const homeDir = path.resolve(home);
  for (let dir = path.resolve(cwd); ; ) {
    if (!(await ownFolder(dir, uid))) return null;
    for (const name of CONFIG_NAMES) {
      const file = path.join(dir, name);
      if (!(await isFile(file))) continue;
      if (name !== "package.json" || (await hasWinnowKey(file))) return file;
    }
    const parent = path.dirname(dir);
    if (parent === dir || dir === homeDir || (await exists(path.join(dir, ".git")))) return null;
    dir = parent;
  }
}

/** Owned by the user and not writable by others (no uid on Windows: any folder). */
async function ownFolder(dir: string, uid: number | undefined): Promise<boolean> {
  if (uid === undefined) return true;
  try {
    const s = await stat(dir);
    return s.uid === uid && (s.mode & 0o002) === 0;
  } catch {
    return false;
  }
}

async function hasWinnowKey(file: string): Promise<boolean> {
  try {
    const pkg: unknown = JSON.parse(await readFile(file, "utf8"));
    return typeof pkg === "object" && pkg !== null && Object.hasOwn(pkg, "winnow");
  } catch {
    // A broken package.json is npm's problem, not a winnow config.
    return false;
  }
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}
