export declare const CONFIG_NAMES: readonly [".winnowrc.json", "winnow.config.js", "winnow.config.mjs", "package.json"];
/** `home`: the user's home directory (HOME), where the search ends. */
export declare function findConfigFile(cwd: string, home?: string): Promise<string | null>;
