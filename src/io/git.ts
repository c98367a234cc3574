// The few git questions a check of a change asks, through the git command: where the repository is,
// the committed tree (paths and blob ids) and the committed text of some blobs.
import { execFile, spawn } from "node:child_process";
import path from "node:path";

export interface GitRepo {
  /** The work tree's top directory. */
  root: string;
  /** Where the repository keeps its own files (.git, or the common one of a worktree). */
  gitDir: string;
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

/** The repository `cwd` is in, or null (not in one, or no git command). */
export async function findRepo(cwd: string): Promise<GitRepo | null> {
  try {
    const [root, gitDir] = (await git(cwd, ["rev-parse", "--show-toplevel", "--git-common-dir"])).split("\n");
    if (!root || !gitDir) return null;
    return { root, gitDir: path.resolve(cwd, gitDir) };
  } catch {
    return null;
  }
}

/**
 * Every file of HEAD's tree (regular files and executables, no links or submodules), paths from the
 * top of the work tree; empty before the first commit. `cwd`: any directory of the work tree (so
 * that this can run beside findRepo()).
 */
export async function headTree(cwd: string): Promise<TreeFile[]> {
  let out: string;
  try {
    out = await git(cwd, ["ls-tree", "-r", "-z", "--full-tree", "HEAD"]);
  } catch {
    return []; // no commit yet, or no repository
  }
  const files: TreeFile[] = [];
  for (const rec of out.split("\0")) {
    // "<mode> <type> <blob>\t<path>"
    const tab = rec.indexOf("\t");
    if (tab < 0) continue;
    const [mode, type, blob] = rec.slice(0, tab).split(" ");
    if (type !== "blob" || (mode !== "100644" && mode !== "100755") || !blob) continue;
    files.push({ path: rec.slice(tab + 1), blob });
  }
  return files;
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
