/** Shown only on a terminal, outside CI, and unless --no-progress. */
export function progressWanted(stream, env, flag) {
    return flag && stream.isTTY === true && !env.CI;
}
//# sourceMappingURL=progress-wanted.js.map