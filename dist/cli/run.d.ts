import type { RunContext } from "./context.js";
export declare function run(ctx: RunContext): Promise<number>;
