// The CLI bundle's chunks run from the compiled code the build made (src/io/code-cache.ts): the
// cache is used where it fits, and where it does not (another node, a damaged file) the run is the
// same, only slower. Asserted on what V8 said of each cache (WINNOW_DEBUG_CODE_CACHE), never on timings.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import Module from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseAst } from "rolldown/parseAst";
import { afterAll, describe, expect, test } from "vitest";
import { useCodeCache } from "../../src/io/code-cache.js";
import { BIN, ROOT, spawnCli } from "../helpers/run-cli.js";

const scratch = mkdtempSync(path.join(tmpdir(), "winnow-code-cache-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const TEXT =
  "A first paragraph of an ordinary text, with a number (42) in it.\n\nShare this article\n\n" +
  "A second paragraph, a little longer than the first one was.\n\nA first paragraph of an ordinary text, with a number (42) in it.\n";
writeFileSync(path.join(scratch, "page.txt"), TEXT);
writeFileSync(path.join(scratch, "page.md"), "# Notes\n\n" + TEXT);

interface Verdict {
  codeCache: string;
  accepted: boolean;
}

function runBin(bin: string, argv: string[]): { status: number | null; stdout: string; verdicts: Verdict[] } {
  const r = spawnCli(["--no-config", ...argv], { bin, cwd: scratch, env: { WINNOW_DEBUG_CODE_CACHE: "1", CI: "" } });
  const verdicts = r.stderr
    .split("\n")
    .filter((l) => l.startsWith('{"codeCache"'))
    .map((l) => JSON.parse(l) as Verdict);
  return { status: r.code, stdout: r.stdout, verdicts };
}

/** The import() expressions in a chunk's code (comments and strings that say "import(" are not). */
function dynamicImports(code: string): number {
  let n = 0;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === "object") {
      if ((node as { type?: unknown }).type === "ImportExpression") n++;
      Object.values(node).forEach(walk);
    }
  };
  walk(parseAst(code));
  return n;
}

const chunk = (verdicts: Verdict[], name: string): Verdict | undefined => verdicts.find((v) => v.codeCache.startsWith(`${name}-`));

describe("the bundle's code cache", () => {
  test("a small clean runs the engine's chunk from the cache the build made", () => {
    const r = runBin(BIN, ["page.txt"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("A first paragraph of an ordinary text, with a number (42) in it.\n\nA second paragraph, a little longer than the first one was.\n");
    expect(chunk(r.verdicts, "start")).toEqual({ codeCache: expect.stringMatching(/^start-.*\.cjs$/), accepted: true });
  });

  test("the pre-commit hook's --check of Markdown runs the Markdown parser and the reporters from theirs", () => {
    const r = runBin(BIN, ["--check", "page.md"]);
    expect(r.status).toBe(1);
    for (const name of ["start", "split-markdown", "check"]) expect(chunk(r.verdicts, name)?.accepted, name).toBe(true);
  });

  test("batch workers load the engine from the cache too (each thread has its own loader)", () => {
    const dir = path.join(scratch, "many");
    cpSync(path.join(scratch, "page.txt"), path.join(dir, "a.txt"));
    for (const n of ["b", "c", "d"]) writeFileSync(path.join(dir, `${n}.txt`), TEXT.replace("(42)", `(${n})`));
    const r = runBin(BIN, ["--no-gitignore", "--jobs", "2", dir, "--out-dir", path.join(scratch, "many-out")]);
    expect(r.status).toBe(0);
    const starts = r.verdicts.filter((v) => v.codeCache.startsWith("start-"));
    // the main thread's and at least one worker's
    expect(starts.length).toBeGreaterThanOrEqual(2);
    expect(starts.every((v) => v.accepted)).toBe(true);
  });

  test("only chunks whose names carry their content's hash have a cache (so none outlives its code), and none that calls import()", () => {
    const files = readdirSync(path.join(ROOT, "dist/bundle"));
    const caches = files.filter((f) => f.endsWith(".v8"));
    expect(caches.length).toBeGreaterThanOrEqual(3);
    for (const c of caches) {
      expect(c).toMatch(/-[\w-]{8}\.cjs\.v8$/);
      expect(files).toContain(c.slice(0, -".v8".length));
      // import() from code compiled through vm fails on node 20 (a user's winnow.config.js)
      expect(dynamicImports(readFileSync(path.join(ROOT, "dist/bundle", c.slice(0, -".v8".length)), "utf8")), c).toBe(0);
    }
    expect(files).not.toContain("cli.cjs.v8");
    expect(files).not.toContain("worker.cjs.v8");
  });

  test("a cache V8 rejects, or none, gives the same output and exit code: the chunk is compiled as usual", () => {
    const pkg = path.join(scratch, "pkg");
    for (const p of ["bin", "dist/bundle", "package.json", "schema"]) cpSync(path.join(ROOT, p), path.join(pkg, p), { recursive: true });
    const bin = path.join(pkg, "bin/winnow.js");
    const good = runBin(bin, ["page.txt"]);
    expect(chunk(good.verdicts, "start")?.accepted).toBe(true);
    const startCache = readdirSync(path.join(pkg, "dist/bundle")).find((f) => f.startsWith("start-") && f.endsWith(".v8"));
    expect(startCache).toBeDefined();
    const cacheFile = path.join(pkg, "dist/bundle", startCache ?? "");

    writeFileSync(cacheFile, Buffer.from("not what V8 wrote"));
    const damaged = runBin(bin, ["page.txt"]);
    expect(chunk(damaged.verdicts, "start")?.accepted).toBe(false);
    expect([damaged.status, damaged.stdout]).toEqual([good.status, good.stdout]);

    rmSync(cacheFile);
    const none = runBin(bin, ["page.txt"]);
    expect(chunk(none.verdicts, "start")?.accepted).toBe(false);
    expect([none.status, none.stdout]).toEqual([good.status, good.stdout]);
  });

  test("a chunk that calls import() is told apart from one whose comments say so", () => {
    expect(dynamicImports('/** @typedef { import("./a.js").A } A */ const f = () => 1;')).toBe(0);
    expect(dynamicImports("async function load(u) { return (await Promise.race([import(u), t])).default; }")).toBe(1);
  });

  test("the user's config file is imported from the boot chunk, which node compiles", () => {
    const boot = readdirSync(path.join(ROOT, "dist/bundle")).find((f) => /^boot-.*\.cjs$/.test(f));
    expect(boot).toBeDefined();
    expect(dynamicImports(readFileSync(path.join(ROOT, "dist/bundle", boot ?? ""), "utf8"))).toBe(1);
  });

  test("outside the CommonJS bundle (tsc's ES modules, these tests) nothing is hooked", () => {
    const proto = (Module as unknown as { prototype: { _compile: unknown } }).prototype;
    const before = proto._compile;
    useCodeCache("file:///somewhere/dist/cli/main.js");
    expect(proto._compile).toBe(before);
  });
});
