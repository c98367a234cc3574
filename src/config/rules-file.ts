// A rules file (--rules, or the config's "rules"): read, parsed and every pattern compiled, with
// one-line errors that name the file.
import { readFile } from "node:fs/promises";
import { ConfigError } from "../base/errors.js";
import { compileUserRule } from "../core/boilerplate/ruleset.js";
import { loadRuleEngine } from "../core/boilerplate/user-pattern.js";
import { printableName } from "../io/raw-path.js";
import type { UserRule } from "../core/options.js";

/** A rules file: a JSON array of { name, pattern, mode } (mode defaults to "line"). */
export async function loadRulesFile(file: string, shown: string): Promise<UserRule[]> {
  let raw: string;
  try {
    raw = await readFile(file, "utf8");
  } catch (e) {
    throw new ConfigError(`${shown}: cannot read rules file (${(e as NodeJS.ErrnoException).code ?? "error"})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    throw new ConfigError(`${shown}: not valid JSON: ${printableName((e as Error).message)}`);
  }
  if (!Array.isArray(data)) throw new ConfigError(`${shown}: expected a JSON array of rules`);
  await loadRuleEngine();
  return data.map((r: unknown, i: number) => {
    const rule = r as Partial<UserRule> | null;
    if (!rule || typeof rule.name !== "string" || typeof rule.pattern !== "string") {
      throw new ConfigError(`${shown}: rule ${i}: expected { "name": string, "pattern": string, "mode": "line" | "prefix" }`);
    }
    const mode = rule.mode ?? "line";
    if (mode !== "line" && mode !== "prefix") throw new ConfigError(`${shown}: rule "${rule.name}": mode must be "line" or "prefix"`);
    const out: UserRule = { name: rule.name, pattern: rule.pattern, mode };
    try {
      compileUserRule(out);
    } catch (e) {
      throw new ConfigError(`${shown}: ${(e as Error).message}`);
    }
    return out;
  });
}
