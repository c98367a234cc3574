// Everything a run needs to know besides its files: the config file, per-file options, ignores,
// the reporter. Built once from the flags; flags win over the config file.
import path from "node:path";
import { DEFAULT_OPTIONS } from "../core/options.js";
import { optionsForFile, resolveConfig } from "../config/file-options.js";
import { findConfigFile } from "../config/find-config.js";
import { buildIgnoreFilter } from "../io/ignore-filter.js";
import { isReporterName } from "../reporters/names.js";
import { ConfigError } from "./errors.js";
import { loadRulesFile, optionsFromArgs } from "./options-from-args.js";
export async function loadSettings(args, ctx) {
    const all = await optionsFromArgs(args, ctx.cwd);
    const cliOptions = {};
    for (const key of args.explicit) {
        if (Object.hasOwn(DEFAULT_OPTIONS, key))
            cliOptions[key] = all[key];
    }
    const config = await findAndLoad(args, ctx.cwd);
    const c = config?.loaded.config;
    const isIgnored = await buildIgnoreFilter({
        cwd: ctx.cwd,
        ignorePaths: args.ignorePath,
        gitignore: args.gitignore,
        ...(c?.ignore && config ? { configPatterns: { dir: config.loaded.dir, patterns: c.ignore } } : {}),
    });
    const reporter = args.reporter ?? c?.reporter ?? "stylish";
    if (!isReporterName(reporter))
        throw new ConfigError(`${config?.shown ?? "--reporter"}: unknown reporter "${reporter}"`);
    return {
        config,
        cliOptions,
        isIgnored,
        extensions: c?.extensions ?? [],
        reporter,
        optionsFor: (file) => optionsForFile(config, cliOptions, file),
    };
}
async function findAndLoad(args, cwd) {
    if (args.config === false)
        return null;
    const file = typeof args.config === "string" ? path.resolve(cwd, args.config) : await findConfigFile(cwd);
    if (file === null)
        return null;
    const shown = typeof args.config === "string" ? args.config : path.relative(cwd, file) || file;
    // The loader (and ajv, which validates) only when there is a config file.
    const { loadConfig } = await import("../config/load-config.js");
    const loaded = await loadConfig(file, shown);
    return resolveConfig(loaded, shown, loadRulesFile);
}
//# sourceMappingURL=settings.js.map