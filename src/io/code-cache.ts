// V8's compiled code for the CLI bundle's chunks, made when the package is built and read when a run
// loads them: V8 then neither parses a chunk (nor checks the syntax of its regular expressions) nor
// compiles the functions the cache holds. About 40 % of what winnow adds to node's own start-up for
// a 1 KB clean (docs/performance.md). Node 20 caches no ES module, so the bundle is CommonJS.
//
// Why not the v8-compile-cache package: it writes its cache into the temporary directory while
// winnow runs, for every module; here nothing is written by a run, and the cache of a chunk sits
// beside it in dist/bundle/ (`<chunk>.v8`), made by scripts/bundle-cli.mjs from a few sample runs.
// A cache V8 rejects (another node, other V8 flags) costs one file read: the chunk compiles as usual.
// Only chunks whose names carry their content's hash get a cache, so a cache never outlives its code.
// No chunk compiled here may call import() (io/import-file.ts says why).
import { readFileSync, writeFileSync } from "node:fs";
import Module from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

/** The file beside a chunk that holds its compiled code. */
const CACHE_SUFFIX = ".v8";

type Compile = (this: Module, content: string, filename: string) => unknown;

let installed = false;
let recorded: { script: vm.Script; file: string }[] | null = null;

/**
 * From now on, a CommonJS file loaded from the directory of `entryUrl` (the bundle's cli.cjs) runs
 * from its cache when it has one. Does nothing outside the CommonJS bundle (tsc's ES modules, tests).
 * With `record`, the cache of every chunk loaded is (re)written at exit, with each function the run
 * compiled: sample runs in a row add up.
 */
export function useCodeCache(entryUrl: string, record = false): void {
  if (installed || !entryUrl.endsWith(".cjs")) return;
  installed = true;
  if (record) {
    const made: { script: vm.Script; file: string }[] = [];
    recorded = made;
    process.once("exit", () => {
      for (const { script, file } of made) writeFileSync(file, script.createCachedData());
    });
  }
  const dir = path.dirname(fileURLToPath(entryUrl));
  const debug = process.env.WINNOW_DEBUG_CODE_CACHE !== undefined && process.env.WINNOW_DEBUG_CODE_CACHE !== "";
  const proto = (Module as unknown as { prototype: { _compile: Compile } }).prototype;
  const compile = proto._compile;
  proto._compile = function (this: Module, content: string, filename: string): unknown {
    if (path.dirname(filename) !== dir || !HASHED.test(path.basename(filename))) return compile.call(this, content, filename);
    const file = filename + CACHE_SUFFIX;
    let cachedData: Buffer | undefined;
    try {
      cachedData = readFileSync(file);
    } catch {
      cachedData = undefined; // none made for this chunk
    }
    // A chunk with no cache is compiled by node, as any file is (while recording, all are made here).
    if (cachedData === undefined && recorded === null) {
      if (debug) noteVerdict(filename, false);
      return compile.call(this, content, filename);
    }
    // The wrapper node puts around a CommonJS file, on the file's first line (line numbers stay).
    const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) { ${content}\n})`, { filename, cachedData });
    if (debug) noteVerdict(filename, cachedData !== undefined && !script.cachedDataRejected);
    recorded?.push({ script, file });
    const run = script.runInThisContext() as (...a: unknown[]) => unknown;
    return run.call(this.exports, this.exports, Module.createRequire(filename), this, filename, dir);
  };
}

/** WINNOW_DEBUG_CODE_CACHE: one JSON line on standard error a chunk, whether its cache was taken. */
function noteVerdict(filename: string, accepted: boolean): void {
  process.stderr.write(JSON.stringify({ codeCache: path.basename(filename), accepted }) + "\n");
}

/** A chunk name with the bundler's content hash (`start-DNiPEP7S.cjs`); the entries (cli.cjs, worker.cjs) have none. */
const HASHED = /-[\w-]{8}\.cjs$/;
