// The colour level of one output stream, decided here because chalk 5 does not read NO_COLOR:
// the --color/--no-color flag, then NO_COLOR, then FORCE_COLOR, then whether the stream is a terminal.
import { Chalk } from "chalk";
export function colorLevel(flag, env, stream) {
    if (flag === false)
        return 0;
    if (flag === true)
        return Math.max(1, forced(env.FORCE_COLOR) ?? terminalLevel(env));
    // no-color.org: set and not empty.
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== "")
        return 0;
    const force = forced(env.FORCE_COLOR);
    if (force !== undefined)
        return force;
    if (!stream.isTTY)
        return 0;
    return terminalLevel(env);
}
export function chalkFor(flag, env, stream) {
    return new Chalk({ level: colorLevel(flag, env, stream) });
}
/** FORCE_COLOR as chalk and Node read it: "" or "true" is 1, "false" is 0, 0 to 3 is that level. */
function forced(v) {
    if (v === undefined)
        return undefined;
    if (v === "" || v === "true")
        return 1;
    if (v === "false")
        return 0;
    const n = Number(v);
    return Number.isInteger(n) && n >= 0 ? Math.min(n, 3) : undefined;
}
function terminalLevel(env) {
    const term = env.TERM ?? "";
    if (term === "dumb")
        return 0;
    if (env.COLORTERM === "truecolor" || env.COLORTERM === "24bit")
        return 3;
    if (/-256(color)?$/i.test(term))
        return 2;
    return 1;
}
//# sourceMappingURL=color-level.js.map