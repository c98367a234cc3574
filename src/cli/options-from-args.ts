// CLI arguments to the core's Options (the rules file is read here, at the edge).
import path from "node:path";
import { OPTION_TABLE } from "../core/option-table.js";
import { DEFAULT_OPTIONS, resolveOptions, type Options } from "../core/options.js";
import { knownRuleNames } from "../core/boilerplate/rule-registry.js";
import { loadPageModel } from "../core/boilerplate/page-model-loader.js";
import { loadRulesFile } from "../config/rules-file.js";
import { UsageError } from "../base/errors.js";
import type { CliArgs } from "./program.js";

export async function optionsFromArgs(args: CliArgs, cwd: string): Promise<Options> {
  const rules = args.rules ? await loadRulesFile(path.resolve(cwd, args.rules), args.rules) : [];
  const known = knownRuleNames(rules);
  for (const name of args.disable) {
    if (!known.has(name)) throw new UsageError(`--disable: no rule named "${name}" (see --list-rules)`);
  }
  // Every flag of the option table lands on the key of the same name (commander camel-cases flags).
  const given = args as unknown as Record<string, unknown>;
  const partial: Record<string, unknown> = { rules };
  for (const spec of OPTION_TABLE) {
    if (spec.flag !== null && spec.type !== "rules" && given[spec.key] !== undefined) partial[spec.key] = given[spec.key];
  }
  // --page-model: its weights and features are loaded by the runs that ask for them alone.
  if (partial.pageModel === true) await loadPageModel();
  try {
    return resolveOptions(partial);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** The options given on the command line (not defaulted): they win over the config file. */
export async function explicitOptions(args: CliArgs, cwd: string): Promise<Partial<Options>> {
  const all = await optionsFromArgs(args, cwd);
  const given: Partial<Options> = {};
  for (const key of args.explicit) {
    if (Object.hasOwn(DEFAULT_OPTIONS, key)) (given as Record<string, unknown>)[key] = all[key as keyof Options];
  }
  return given;
}
