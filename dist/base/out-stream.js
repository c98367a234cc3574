// The one thing every layer writes to: process.stdout/stderr in the CLI, any sink in a test or a library caller.
export {};
//# sourceMappingURL=out-stream.js.map