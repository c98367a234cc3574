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
/** The repository `cwd` is in, or null (not in one, or no git command). */
export declare function findRepo(cwd: string): Promise<GitRepo | null>;
/**
 * Every file of HEAD's tree (regular files and executables, no links or submodules), paths from the
 * top of the work tree; empty before the first commit. `cwd`: any directory of the work tree (so
 * that this can run beside findRepo()).
 */
export declare function headTree(cwd: string): Promise<TreeFile[]>;
/** The content of each blob, read through one `git cat-file --batch`. */
export declare function readBlobs(repo: GitRepo, blobs: readonly string[]): Promise<Map<string, Buffer>>;
