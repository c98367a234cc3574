// The few git questions a check of a change asks, through the git command: where the repository is,
// the committed tree (paths and blob ids) and the committed text of some blobs.
import { execFile, spawn } from "node:child_process";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { tempNameBeside } from "./temp-name.js";

export interface GitRepo {
  /** The work tree's top directory. */
  root: string;
  /** Where the repository keeps its own files (.git, or the common one of a worktree). */
  gitDir: string;
  /** The id of HEAD's tree; null before the first commit. */
  tree: string | null;
}

export interface TreeFile {
  /** Path from the work tree's top, POSIX separators. */
  path: string;
  /** The blob id: a hash of the content. */
  blob: string;
}

function git(cwd: string, args: string[], maxBuffer = 1 << 30): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile("git", args, { cwd, maxBuffer, encoding: "utf8", env: { ...process.env, GIT_OPTIONAL_LOCKS: "0" } }, (e, out) => (e ? reject(e) : resolve(out)));
  });
}

/** The repository `cwd` is in, with HEAD's tree, or null (not in one, or no git command). */
export async function findRepo(cwd: string): Promise<GitRepo | null> {
  const ask = async (args: string[]): Promise<GitRepo | null> => {
    const [root, gitDir, tree] = (await git(cwd, ["rev-parse", "--show-toplevel", "--git-common-dir", ...args])).split("\n");
    return root && gitDir ? { root, gitDir: path.resolve(cwd, gitDir), tree: tree || null } : null;
  };
  try {
    return await ask(["HEAD^{tree}"]);
  } catch {
    // No commit yet (HEAD names nothing), or no repository.
  }
  try {
    return await ask([]);
  } catch {
    return null;
  }
}

/**
 * Every file of HEAD's tree (regular files and executables, no links or submodules), paths from the
 * top of the work tree; empty before the first commit. The listing is kept in `cacheFile` under
 * the tree's id, so that a check of a tree checked before starts no `git ls-tree` (a process, and
 * 5,000 records through a pipe, for each commit's check); a tree id names its whole content.
 */
export async function headTree(repo: GitRepo, cacheFile: string): Promise<TreeFile[]> {
  if (repo.tree === null) return [];
  let out: string | null = null;
  try {
    const kept = readFileSync(cacheFile, "utf8");
    if (kept.startsWith(`${repo.tree}\n`)) out = kept.slice(repo.tree.length + 1);
  } catch {
    // Not listed before.
  }
  if (out === null) {
    try {
      out = await git(repo.root, ["ls-tree", "-r", "-z", "--full-tree", repo.tree]);
    } catch {
      return [];
    }
    keepListing(cacheFile, `${repo.tree}\n${out}`);
  }
  // Records "<mode> <type> <blob>\t<path>\0", read in place: two strings a file, not six.
  const files: TreeFile[] = [];
  for (let at = 0; at < out.length; ) {
    let end = out.indexOf("\0", at);
    if (end < 0) end = out.length;
    const tab = out.indexOf("\t", at);
    if (tab > at && tab < end && (out.startsWith("100644 blob ", at) || out.startsWith("100755 blob ", at))) files.push({ path: out.slice(tab + 1, end), blob: out.slice(at + 12, tab) });
    at = end + 1;
  }
  return files;
}

/** Written whole and renamed into place; a failure (a read-only repository) only costs the next run a `git ls-tree`. */
function keepListing(file: string, text: string): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const tmp = tempNameBeside(file);
    try {
      writeFileSync(tmp, text, { flag: "wx" });
      renameSync(tmp, file);
    } catch (e) {
      rmSync(tmp, { force: true });
      throw e;
    }
  } catch {
    // The listing only saves time.
  }
}

/** The content of each blob, read through one `git cat-file --batch`. */
export function readBlobs(repo: GitRepo, blobs: readonly string[]): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  if (blobs.length === 0) return Promise.resolve(out);
  return new Promise((resolve, reject) => {
    const child = spawn("git", ["cat-file", "--batch"], { cwd: repo.root, stdio: ["pipe", "pipe", "pipe"] });
    const chunks: Buffer[] = [];
    let err = "";
    child.stdout.on("data", (c: Buffer) => chunks.push(c));
    child.stderr.on("data", (c: Buffer) => (err += c.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`git cat-file: ${err.trim() || `exit ${code}`}`));
      const all = Buffer.concat(chunks);
      let at = 0;
      for (const blob of blobs) {
        const nl = all.indexOf(10, at);
        if (nl < 0) break;
        const header = all.toString("utf8", at, nl).split(" ");
        at = nl + 1;
        if (header[1] === "missing") continue;
        const size = Number(header[2]);
        out.set(blob, all.subarray(at, at + size));
        at += size + 1;
      }
      resolve(out);
    });
    child.stdin.end(blobs.join("\n") + "\n");
  });
}
