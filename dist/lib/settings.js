// Everything a run needs to know besides its files: the config file, per-file options, ignores,
// the reporter. Built once; options given by the caller (the CLI's flags) win over the config file.
import path from "node:path";
import { ConfigError } from "../base/errors.js";
import { loadRuleEngine } from "../core/boilerplate/user-pattern.js";
import { optionsForFile, resolveConfig } from "../config/file-options.js";
import { findConfigFile } from "../config/find-config.js";
import { loadRulesFile } from "../config/rules-file.js";
import { buildIgnoreFilter } from "../io/ignore-filter.js";
import { isReporterName } from "../report/reporter-names.js";
export async function loadSettings(s) {
    const cliOptions = s.options ?? {};
    const config = await findAndLoad(s.config, s.cwd, s.home);
    const c = config?.loaded.config;
    // User rules (the caller's, the config's, its overrides') run on RE2, loaded only when there are some.
    if ([cliOptions, config?.options, ...(config?.overrides.map((o) => o.options) ?? [])].some((o) => (o?.rules?.length ?? 0) > 0))
        await loadRuleEngine();
    const isIgnored = await buildIgnoreFilter({
        cwd: s.cwd,
        ignorePaths: [...(s.ignorePath ?? [])],
        gitignore: s.gitignore ?? true,
        ...(c?.ignore && config ? { configPatterns: { dir: config.loaded.dir, patterns: c.ignore } } : {}),
    });
    const reporter = s.reporter ?? c?.reporter ?? "stylish";
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
async function findAndLoad(configFile, cwd, home) {
    if (configFile === false)
        return null;
    const file = typeof configFile === "string" ? path.resolve(cwd, configFile) : await findConfigFile(cwd, ...(home ? [home] : []));
    if (file === null)
        return null;
    const shown = typeof configFile === "string" ? configFile : path.relative(cwd, file) || file;
    // The loader (and ajv, which validates) only when there is a config file.
    const { loadConfig } = await import("../config/load-config.js");
    const loaded = await loadConfig(file, shown);
    return resolveConfig(loaded, shown, loadRulesFile);
}
//# sourceMappingURL=settings.js.map