import { type ChalkInstance } from "chalk";
export type ColorLevel = 0 | 1 | 2 | 3;
export declare function colorLevel(flag: boolean | undefined, env: Readonly<Record<string, string | undefined>>, stream: {
    isTTY?: boolean;
}): ColorLevel;
export declare function chalkFor(flag: boolean | undefined, env: Readonly<Record<string, string | undefined>>, stream: {
    isTTY?: boolean;
}): ChalkInstance;
