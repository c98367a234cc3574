// User rules' patterns run on RE2 (re2js, a pure JavaScript port: no native build), whose matching
// time is linear in the text: a pattern such as (a+)+$ that backtracks for ever in JavaScript's
// engine cannot hang a run. RE2 has no look-arounds or back-references, the constructs that need
// backtracking; a pattern using one is refused with that reason. Loaded on demand (70 ms of start-up).
import type { RE2JS as RE2JSClass } from "re2js";

let engine: typeof RE2JSClass | undefined;

/** Loads the engine; user rules cannot be compiled before. */
export async function loadRuleEngine(): Promise<void> {
  engine ??= (await import("re2js")).RE2JS;
}

/** For callers that import re2js themselves (the Node API does). */
export function registerRuleEngine(e: typeof RE2JSClass): void {
  engine = e;
}

/** What a rule's pattern offers the classifier: RegExp's exec (index and whole match). */
export interface RulePattern {
  exec(s: string): RegExpExecArray | null;
  readonly source: string;
}

const UNSUPPORTED: [RegExp, string][] = [
  [/\(\?<[=!]/, "a look-behind"],
  [/\(\?[=!]/, "a look-ahead"],
  [/\\[1-9]|\\k</, "a back-reference"],
];

/** Compiles a user pattern, case-insensitive; `anchored` matches only at the start. Throws a RangeError with the reason. */
export function compileUserPattern(source: string, anchored: boolean): RulePattern {
  if (source === "") throw new RangeError("empty pattern (it would match every line)");
  const plain = source.replace(/\\\\/g, "");
  for (const [test, what] of UNSUPPORTED) {
    if (test.test(plain)) throw new RangeError(`pattern uses ${what}, which the linear-time engine user rules run on (RE2) does not have`);
  }
  if (engine === undefined) throw new Error("user rules need the rule engine: await loadRuleEngine() first");
  const E = engine;
  let re: RE2JSClass;
  try {
    re = E.compile(anchored ? `^(?:${source})` : source, E.CASE_INSENSITIVE);
  } catch (e) {
    throw new RangeError(`invalid pattern: ${(e as Error).message.replace(/^error parsing regexp: /, "").replace("`(?i)", "`")}`);
  }
  return {
    source,
    exec(s: string): RegExpExecArray | null {
      const m = re.matcher(s);
      if (!m.find()) return null;
      const hit = [m.group() ?? ""] as unknown as RegExpExecArray;
      hit.index = m.start();
      hit.input = s;
      return hit;
    },
  };
}
