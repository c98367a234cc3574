#!/usr/bin/env node
// Bundles the CLI into dist/bundle/ (run after tsc): start-up time of a small run is mostly spent
// resolving and loading modules (~70 files for a 1 KB clean), so the command line gets a few big files.
// - cli.cjs: main() and the version only (`winnow --version` loads nothing else);
// - start-*.cjs: what any cleaning run needs (argument parsing, settings, the engine), loaded by main();
// - worker.cjs: the batch worker thread (found by pool.ts beside the chunk that starts it);
// - other chunks: what only some runs need (Markdown parser, batch mode, reporters, ajv, fast-glob,
//   cli-progress, the HTML report), loaded by the dynamic imports in the sources.
// dist/bundle/ is as deep as dist/cli/, so the URLs relative to import.meta.url (package.json,
// schema/) resolve alike. The public API (dist/index.js) is left to tsc.
// The bundle is CommonJS so that its chunks can run from V8's compiled code (src/io/code-cache.ts),
// which node 20 offers for CommonJS only: sample runs after the build write each chunk's `.v8`.
import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "rolldown";
import { lazyDecoderModule } from "./lazy-entities.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");
const OUT = path.join(ROOT, "dist", "bundle");
const src = (p) => path.join(ROOT, "src", p);

/** What main() imports itself, shared with the rest: a small chunk of their own, so that cli.js does not load `start`. */
const BOOT = /[\\/]src[\\/](lib[\\/]version|io[\\/](raw-path|interrupt|text-stream|code-cache|import-file))\.ts$/;

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

/**
 * xxhash-wasm makes its WebAssembly instance with the asynchronous API, so fingerprint.ts awaits it
 * at its top level, which CommonJS has no way to say. In the bundle, the instance is made with the
 * synchronous API (a 1.6 KB module: node compiles it on the main thread at once), and the await goes.
 */
const syncXxhash = {
  name: "sync-xxhash-wasm",
  transform(code, id) {
    const edits = /[\\/]node_modules[\\/]xxhash-wasm[\\/]/.test(id)
      ? [["async function e(){", "function e(){"], ["(await WebAssembly.instantiate(t)).instance", "new WebAssembly.Instance(new WebAssembly.Module(t))"]]
      : /[\\/]src[\\/]core[\\/]fingerprint\.ts$/.test(id)
        ? [["const hasher = await xxhash();", "const hasher = xxhash();"]]
        : [];
    for (const [from, to] of edits) {
      if (!code.includes(from)) throw new Error(`bundle: ${id} no longer holds ${JSON.stringify(from)}: see syncXxhash in scripts/bundle-cli.mjs`);
      code = code.replace(from, to);
    }
    return edits.length > 0 ? { code, map: null } : null;
  },
};

rmSync(OUT, { recursive: true, force: true });
await build({
  input: { cli: src("cli/main.ts"), worker: src("batch/worker.ts") },
  platform: "node",
  plugins: [lazyChildProcess, lazyEntities, syncXxhash],
  logLevel: "warn",
  output: {
    dir: OUT,
    format: "cjs",
    strict: true,
    entryFileNames: "[name].cjs",
    chunkFileNames: "[name]-[hash].cjs",
    sourcemap: true,
    codeSplitting: {
      groups: [
        { name: "boot", test: BOOT, priority: 2 },
        { name: "start", test: (id) => START.some((re) => re.test(id)) && !NOT_START.some((re) => re.test(id)), priority: 1 },
      ],
    },
  },
});

recordCodeCache();

/**
 * Runs the bundle on a few small inputs with the code cache recording (src/io/code-cache.ts): a
 * clean of a file and of standard input, a --check of Markdown, a scraped page with the page model,
 * a folder of them in batch mode, and (where git is installed) the pre-commit hook's check in a
 * repository, first and later. Each run adds the functions it compiled to the `.v8` of every chunk
 * it loaded. A failed sample run fails the build. The runs get node's default flags: V8 takes a
 * cache only under the flags it was made with, so NODE_OPTIONS (`--max-old-space-size` on many CI
 * machines) is left out.
 */
function recordCodeCache() {
  const dir = mkdtempSync(path.join(tmpdir(), "winnow-code-cache-"));
  try {
    const cli = path.join(OUT, "cli.cjs");
    // A file, not `node -e`: main() reads its arguments from process.argv[2] on, as bin/winnow.js has them.
    const recorder = path.join(dir, "record.cjs");
    writeFileSync(recorder, `const cli = require(${JSON.stringify(cli)}); cli.useCodeCache(${JSON.stringify(pathToFileURL(cli).href)}, true); cli.main();\n`);
    const paragraph = (i) => `Paragraph ${i} of a sample text, long enough to be a unit: it has a number (${i * 7}) and a link https://example.org/${i}.`;
    const text = [1, 2, 3, 1, 4, 2].map(paragraph).join("\n\n") + "\n\nSubscribe to our newsletter for more stories!\n\nShare this article\n";
    writeFileSync(path.join(dir, "sample.txt"), text);
    writeFileSync(path.join(dir, "sample.md"), `# Sample\n\n${text}\n- an item\n- another item\n`);
    // A scraped page, for the page model (it reads only texts the rules found chrome in) and batch mode.
    const page = ["Home", "News", "Sport", "Weather", "", text, "", "Related stories", "Share on Facebook", "Share on Twitter", "", "About us", "Contact", "Privacy Policy", "Terms of Use", "© 2024 Example Media Group. All rights reserved.", ""].join("\n");
    mkdirSync(path.join(dir, "pages"));
    for (const n of [1, 2, 3]) writeFileSync(path.join(dir, "pages", `page-${n}.txt`), page.replace("Paragraph 4", `Paragraph ${4 + n}`));
    const run = (args, opts = {}, expect = undefined) => {
      const { NODE_OPTIONS: _, ...env } = process.env;
      const r = spawnSync(process.execPath, [recorder, ...args], { cwd: dir, encoding: "utf8", env: { ...env, CI: "" }, ...opts });
      // A run that read its arguments wrong would still exit 0 or 1 (a clean of one file, a usage
      // error is 2): what each sample run is for shows in what it printed.
      if (expect !== undefined && !expect.test(r.stdout + r.stderr)) throw new Error(`bundle: sample run winnow ${args.join(" ")} printed ${JSON.stringify((r.stdout + r.stderr).slice(0, 200))}`);
      if (r.error !== undefined || (r.status !== 0 && r.status !== 1)) throw new Error(`bundle: sample run winnow ${args.join(" ")} failed: ${r.error ?? r.stderr}`);
    };
    run(["--no-config", "sample.txt"], {}, /^Paragraph 1 [^]*Paragraph 4 /);
    run(["--no-config"], { input: text }, /^Paragraph 1 [^]*Paragraph 4 /);
    run(["--no-config", "--check", "sample.md"], {}, /would cut 1 unit/);
    run(["--no-config", "--page-model", "pages/page-1.txt"], {}, /Paragraph 5 /);
    run(["--no-config", "--no-gitignore", "--jobs", "1", "pages", "--out-dir", "pages-out"]);
    if (!existsSync(path.join(dir, "pages-out", "page-3.txt"))) throw new Error("bundle: the sample batch run wrote no pages-out/page-3.txt");
    const git = (...a) => spawnSync("git", a, { cwd: dir, stdio: "ignore" });
    if (git("init", "-q").status === 0) {
      git("add", "sample.md");
      git("-c", "user.name=build", "-c", "user.email=build@localhost", "commit", "-q", "-m", "sample");
      appendFileSync(path.join(dir, "sample.md"), `\n${paragraph(9)}\n`);
      git("add", "sample.md");
      run(["--check", "sample.md"], {}, /nothing to cut|would cut/);
      run(["--check", "sample.md"], {}, /nothing to cut|would cut/);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
