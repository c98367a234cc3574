// The one options object that the CLI, config files and the Node API all produce.
import { OPTION_TABLE, optionProblem } from "./option-table.js";
export const DEFAULT_OPTIONS = Object.freeze({
    ngram: 5,
    window: 4,
    threshold: 0.6,
    minWords: 8,
    exact: false,
    dedupe: true,
    defaultRules: true,
    disable: [],
    rules: [],
    stubMaxWords: 6,
    format: "text",
    scope: "run",
    minFiles: 2,
    minShare: 0.5,
});
/** Fills in defaults and rejects values that cannot work (the bounds are in option-table.ts). */
export function resolveOptions(partial = {}) {
    const o = { ...DEFAULT_OPTIONS, ...stripUndefined(partial) };
    for (const spec of OPTION_TABLE) {
        const value = o[spec.key];
        const problem = optionProblem(spec, value);
        if (problem !== null)
            throw new RangeError(`${spec.key} must be ${problem}, got ${String(value)}`);
    }
    return o;
}
function stripUndefined(o) {
    const out = {};
    for (const [k, v] of Object.entries(o))
        if (v !== undefined)
            out[k] = v;
    return out;
}
//# sourceMappingURL=options.js.map