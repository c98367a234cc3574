import type { LoadedConfig } from "./config-types.js";
export declare function loadConfig(file: string, shown: string): Promise<LoadedConfig>;
