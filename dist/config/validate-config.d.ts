import type { WinnowConfig } from "./config-types.js";
export declare function validateConfig(data: unknown, shown: string): Promise<WinnowConfig>;
