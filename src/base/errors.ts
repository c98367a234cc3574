// Expected failures carry their exit code; only the CLI's run() turns them into one. Every layer may
// throw them: they sit below io, config and the library, which import nothing from the CLI.

export class WinnowError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Bad flags, bad option values, bad combinations: exit 2. */
export class UsageError extends WinnowError {
  constructor(message: string) {
    super(message, 2);
  }
}

/** A file that cannot be read, decoded or written: exit 2. */
export class InputError extends WinnowError {
  constructor(message: string) {
    super(message, 2);
  }
}

/** A config file that cannot be loaded or does not validate: exit 2. */
export class ConfigError extends WinnowError {
  constructor(message: string) {
    super(message, 2);
  }
}
