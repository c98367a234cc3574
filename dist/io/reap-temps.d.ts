/** Removes stale temporary files in each directory; returns how many went. */
export declare function reapStaleTemps(dirs: Iterable<string>): number;
