import type { UserRule } from "../core/options.js";
/** A rules file: a JSON array of { name, pattern, mode } (mode defaults to "line"). */
export declare function loadRulesFile(file: string, shown: string): Promise<UserRule[]>;
