let engine;
/** Loads the engine; user rules cannot be compiled before. */
export async function loadRuleEngine() {
    engine ??= (await import("re2js")).RE2JS;
}
/** For callers that import re2js themselves (the Node API does). */
export function registerRuleEngine(e) {
    engine = e;
}
const UNSUPPORTED = [
    [/\(\?<[=!]/, "a look-behind"],
    [/\(\?[=!]/, "a look-ahead"],
    [/\\[1-9]|\\k</, "a back-reference"],
];
/** Compiles a user pattern, case-insensitive; `anchored` matches only at the start. Throws a RangeError with the reason. */
export function compileUserPattern(source, anchored) {
    if (source === "")
        throw new RangeError("empty pattern (it would match every line)");
    const plain = source.replace(/\\\\/g, "");
    for (const [test, what] of UNSUPPORTED) {
        if (test.test(plain))
            throw new RangeError(`pattern uses ${what}, which the linear-time engine user rules run on (RE2) does not have`);
    }
    if (engine === undefined)
        throw new Error("user rules need the rule engine: await loadRuleEngine() first");
    const E = engine;
    let re;
    try {
        re = E.compile(anchored ? `^(?:${source})` : source, E.CASE_INSENSITIVE);
    }
    catch (e) {
        throw new RangeError(`invalid pattern: ${e.message.replace(/^error parsing regexp: /, "").replace("`(?i)", "`")}`);
    }
    return {
        source,
        exec(s) {
            const m = re.matcher(s);
            if (!m.find())
                return null;
            const hit = [m.group() ?? ""];
            hit.index = m.start();
            hit.input = s;
            return hit;
        },
    };
}
//# sourceMappingURL=user-pattern.js.map