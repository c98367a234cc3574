// The layers of src/, checked in `npm test` (tests/layers.test.ts runs dependency-cruiser with this):
//   base (errors, output stream) < core (pure) < io < config, report < library (batch, lib, index) < cli
// A module may import its own layer or any layer below it, never one above, and no import may close a cycle.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-cycle",
      severity: "error",
      comment: "An import cycle: move the shared piece into a leaf module both sides import.",
      from: {},
      to: { circular: true },
    },
    {
      name: "base-is-a-leaf",
      severity: "error",
      comment: "src/base (errors, output stream) sits at the bottom and imports nothing of the project.",
      from: { path: "^src/base/" },
      to: { path: "^src/(?!base/)" },
    },
    {
      name: "core-is-pure",
      severity: "error",
      comment: "src/core is pure: it imports only itself and src/base, and no Node module (no fs, no process).",
      from: { path: "^src/core/" },
      to: { path: "^src/(?!core/|base/)" },
    },
    {
      name: "core-uses-no-node-module",
      severity: "error",
      comment: "src/core is pure: no node:fs, node:path, node:process ...",
      from: { path: "^src/core/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "io-below-config-and-report",
      severity: "error",
      comment: "src/io reads and writes; config, reports and everything above may use it, not the reverse.",
      from: { path: "^src/io/" },
      to: { path: "^src/(config|report|batch|lib|cli)/|^src/index\\.ts$" },
    },
    {
      name: "store-below-library",
      comment: "src/store (index stores on Redis) is I/O: the library and the CLI use it, not the reverse.",
      severity: "error",
      from: { path: "^src/store/" },
      to: { path: "^src/(config|report|batch|lib|cli)/|^src/index\\.ts$" },
    },
    {
      name: "config-and-report-below-library",
      severity: "error",
      comment: "Config and reports are used by the library and the CLI, never the reverse.",
      from: { path: "^src/(config|report)/" },
      to: { path: "^src/(batch|lib|cli)/|^src/index\\.ts$" },
    },
    {
      name: "nothing-imports-cli",
      severity: "error",
      comment: "src/cli is the top: commander wiring over the library. Nothing below it imports it.",
      from: { path: "^src/(?!cli/)" },
      to: { path: "^src/cli/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // Type-only imports count: a cycle through types is still a cycle for a reader.
    tsPreCompilationDeps: true,
  },
};
