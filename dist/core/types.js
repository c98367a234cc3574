// Plain data shared by the core, the reporters and the CLI.
export {};
//# sourceMappingURL=types.js.map