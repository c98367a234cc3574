// Where the config file is: the first directory from the working directory up to the repository
// root (the directory holding .git) that has one. Within a directory, the first name below wins.
import { stat, readFile } from "node:fs/promises";
import path from "node:path";

export const CONFIG_NAMES = [".winnowrc.json", "winnow.config.js", "winnow.config.mjs", "package.json"] as const;

export async function findConfigFile(cwd: string): Promise<string | null> {
  for (let dir = path.resolve(cwd); ; ) {
    for (const name of CONFIG_NAMES) {
      const file = path.join(dir, name);
      if (!(await isFile(file))) continue;
      if (name !== "package.json" || (await hasWinnowKey(file))) return file;
    }
    const parent = path.dirname(dir);
    if (parent === dir || (await exists(path.join(dir, ".git")))) return null;
    dir = parent;
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
