// CLI arguments to the core's Options (the rules file is read here, at the edge).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { resolveOptions, type Options, type UserRule } from "../core/options.js";
import { BUILTIN_RULES, CTA_SCORE_RULE, STUB_RULE } from "../core/boilerplate/rules.js";
import { compileUserRule, CONTEXT_RULES } from "../core/boilerplate/ruleset.js";
import { LEARNED_RULE } from "../core/learned-lines.js";
import { PAGE_MODEL_RULE } from "../core/boilerplate/page-model.js";
import { ConfigError, UsageError } from "./errors.js";
import type { CliArgs } from "./program.js";

export async function optionsFromArgs(args: CliArgs, cwd: string): Promise<Options> {
  const rules = args.rules ? await loadRulesFile(path.resolve(cwd, args.rules), args.rules) : [];
  const known = new Set([...BUILTIN_RULES.map((r) => r.name), CTA_SCORE_RULE, STUB_RULE, ...CONTEXT_RULES, PAGE_MODEL_RULE, LEARNED_RULE, ...rules.map((r) => r.name)]);
  for (const name of args.disable) {
    if (!known.has(name)) throw new UsageError(`--disable: no rule named "${name}" (see --list-rules)`);
  }
  const partial: Partial<Options> = {
    exact: args.exact,
    dedupe: args.dedupe,
    defaultRules: args.defaultRules,
    disable: args.disable,
    rules,
  };
  if (args.ngram !== undefined) partial.ngram = args.ngram;
  if (args.window !== undefined) partial.window = args.window;
  if (args.threshold !== undefined) partial.threshold = args.threshold;
  if (args.minWords !== undefined) partial.minWords = args.minWords;
  if (args.stubMaxWords !== undefined) partial.stubMaxWords = args.stubMaxWords;
  if (args.scope !== undefined) partial.scope = args.scope;
  if (args.minFiles !== undefined) partial.minFiles = args.minFiles;
  if (args.minShare !== undefined) partial.minShare = args.minShare;
  try {
    return resolveOptions(partial);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

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
    throw new ConfigError(`${shown}: not valid JSON: ${(e as Error).message}`);
  }
  if (!Array.isArray(data)) throw new ConfigError(`${shown}: expected a JSON array of rules`);
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
