#!/usr/bin/env node
// Bundles the CLI into dist/bundle/ (run after tsc): start-up time of a small run is mostly spent
// resolving and loading modules (~70 files for a 1 KB clean), so the command line gets a few big files.
// - cli.js: main() and the version only (`winnow --version` loads nothing else);
// - start-*.js: what any cleaning run needs (argument parsing, settings, the engine), loaded by main();
// - worker.js: the batch worker thread (found by pool.ts beside the chunk that starts it);
// - other chunks: what only some runs need (Markdown parser, batch mode, reporters, ajv, fast-glob,
//   cli-progress, the HTML report), loaded by the dynamic imports in the sources.
// dist/bundle/ is as deep as dist/cli/, so the URLs relative to import.meta.url (package.json,
// schema/) resolve alike. The public API (dist/index.js) is left to tsc.
import { rmSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "rolldown";
import { lazyDecoderModule } from "./lazy-entities.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");
const OUT = path.join(ROOT, "dist", "bundle");
const src = (p) => path.join(ROOT, "src", p);

/** What main() imports itself, shared with the rest: a small chunk of their own, so that cli.js does not load `start`. */
const BOOT = /[\\/]src[\\/](lib[\\/]version|io[\\/](raw-path|interrupt|text-stream))\.ts$/;

/** Modules of the `start` chunk: whatever a plain clean of one file or of standard input loads. */
const START = [
  /[\\/]src[\\/]base[\\/]/,
  /[\\/]src[\\/]cli[\\/](run|program|options-from-args|batch-args|pipe|single-input|summary)\.ts$/,
  /[\\/]src[\\/]lib[\\/](settings|clean-stream)\.ts$/,
  /[\\/]src[\\/]config[\\/](file-options|find-config|rules-file)\.ts$/,
  /[\\/]src[\\/]core[\\/](?!markdown[\\/])/,
  /[\\/]src[\\/]io[\\/](decode|file-list|ignore-filter|raw-path|read-chunks|read-input|relative-path|stdout|output-target|stream-to-file|temp-name|text-stream|interrupt)\.ts$/,
  /[\\/]src[\\/]report[\\/]reporter-names\.ts$/,
  /[\\/]node_modules[\\/](commander|xxhash-wasm)[\\/]/,
];

/**
 * Core modules that only some runs use, left out of `start` (the bundler gives them chunks of their
 * own, loaded with what imports them): the page model (its weights, features and stop-word lists,
 * 212 KB of the 739 KB of `start` when they were there), which page-model-loader.ts imports for
 * the runs that switch it on; the claims of batch runs, locale folders, and the committed text that
 * --check compares with. tests/cli/startup.test.ts checks that a plain run loads none of them.
 */
const NOT_START = [
  /[\\/]src[\\/]core[\\/]boilerplate[\\/](page-model(-engine)?|apply-page-model|line-features|stop-words)\.(ts|json)$/,
  /[\\/]src[\\/]core[\\/](claims[\\/]|locales\.ts$|committed-text\.ts$)/,
];

/**
 * commander requires node:child_process when it loads, only to spawn executable subcommands, which
 * winnow does not have: it gets a spawn() that loads the module on first use (about 2 ms saved a run).
 */
const LAZY_CHILD_PROCESS = "\0commander-child-process";
const lazyChildProcess = {
  name: "commander-lazy-child-process",
  resolveId(id, importer) {
    return id === "node:child_process" && importer !== undefined && /[\\/]node_modules[\\/]commander[\\/]/.test(importer) ? LAZY_CHILD_PROCESS : null;
  },
  load(id) {
    if (id !== LAZY_CHILD_PROCESS) return null;
    return [
      'import { createRequire } from "node:module";',
      "const require = createRequire(import.meta.url);",
      'export function spawn(...args) { return require("node:child_process").spawn(...args); }',
    ].join("\n");
  },
};

/** The HTML entity table, built by src/core/entities.ts's decoder on first use rather than at load (scripts/lazy-entities.mjs). */
const LAZY_ENTITIES = "\0lazy-named-character-reference";
const lazyEntities = {
  name: "lazy-named-character-reference",
  resolveId(id) {
    return id === "decode-named-character-reference" ? LAZY_ENTITIES : null;
  },
  async load(id) {
    if (id !== LAZY_ENTITIES) return null;
    const decoder = await this.resolve("decode-named-character-reference", src("core/entities.ts"), { skipSelf: true });
    const table = await this.resolve("character-entities", decoder.id);
    return lazyDecoderModule((await import(pathToFileURL(table.id).href)).characterEntities);
  },
};

rmSync(OUT, { recursive: true, force: true });
await build({
  input: { cli: src("cli/main.ts"), worker: src("batch/worker.ts") },
  platform: "node",
  plugins: [lazyChildProcess, lazyEntities],
  logLevel: "warn",
  output: {
    dir: OUT,
    format: "esm",
    entryFileNames: "[name].js",
    chunkFileNames: "[name]-[hash].js",
    sourcemap: true,
    codeSplitting: {
      groups: [
        { name: "boot", test: BOOT, priority: 2 },
        { name: "start", test: (id) => START.some((re) => re.test(id)) && !NOT_START.some((re) => re.test(id)), priority: 1 },
      ],
    },
  },
});
