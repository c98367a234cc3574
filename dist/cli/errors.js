// Expected failures carry their exit code; only run() turns them into one.
export class WinnowError extends Error {
    exitCode;
    constructor(message, exitCode) {
        super(message);
        this.exitCode = exitCode;
        this.name = new.target.name;
    }
}
/** Bad flags, bad option values, bad combinations: exit 2. */
export class UsageError extends WinnowError {
    constructor(message) {
        super(message, 2);
    }
}
/** A file that cannot be read, decoded or written: exit 2. */
export class InputError extends WinnowError {
    constructor(message) {
        super(message, 2);
    }
}
/** A config file that cannot be loaded or does not validate: exit 2. */
export class ConfigError extends WinnowError {
    constructor(message) {
        super(message, 2);
    }
}
//# sourceMappingURL=errors.js.map