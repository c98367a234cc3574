export declare class WinnowError extends Error {
    readonly exitCode: number;
    constructor(message: string, exitCode: number);
}
/** Bad flags, bad option values, bad combinations: exit 2. */
export declare class UsageError extends WinnowError {
    constructor(message: string);
}
/** A file that cannot be read, decoded or written: exit 2. */
export declare class InputError extends WinnowError {
    constructor(message: string);
}
/** A config file that cannot be loaded or does not validate: exit 2. */
export declare class ConfigError extends WinnowError {
    constructor(message: string);
}
