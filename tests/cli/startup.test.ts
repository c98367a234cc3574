// Start-up: what a run loads. The pre-commit hook runs winnow on one small file per commit, where
// loading modules costs more than cleaning; so a small run must not load what it does not use.
// Asserted on the modules loaded (sources, through the source maps of the bundle), never on timings.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { BIN, ROOT } from "../helpers/run-cli.js";
import { tempTree } from "../helpers/temp-tree.js";

const PROBE = path.join(ROOT, "tests/helpers/module-probe.mjs");
const scratch = mkdtempSync(path.join(tmpdir(), "winnow-probe-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let runs = 0;

const TEXT = "A first paragraph of an ordinary text.\n\nA second one, a little longer than the first.\n\n".repeat(12);
const MARKDOWN = "# Notes\n\nA paragraph of Markdown with *emphasis*.\n\n- one item\n- another item\n";

interface Loaded {
  /** Files the process loaded, relative to the package root. */
  files: string[];
  /** Source modules behind them (a bundle chunk maps to the sources in it), relative to the package root. */
  sources: string[];
}

/** Runs bin/winnow.js in `cwd` and says what it loaded. */
function loaded(argv: string[], cwd: string): Loaded {
  const list = path.join(scratch, `run-${runs++}.txt`);
  const r = spawnSync(process.execPath, ["--import", PROBE, BIN, ...argv], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, WINNOW_MODULE_PROBE: list, CI: "" },
  });
  expect(r.status, r.stderr).toBeLessThanOrEqual(1);
  const files = [...new Set(readFileSync(list, "utf8").split("\n"))].filter((f) => f !== "" && f !== PROBE);
  const sources = new Set<string>();
  for (const file of files) {
    const map = `${file}.map`;
    if (!existsSync(map)) {
      sources.add(file);
      continue;
    }
    for (const s of (JSON.parse(readFileSync(map, "utf8")) as { sources: string[] }).sources) sources.add(path.resolve(path.dirname(file), s));
  }
  const rel = (f: string): string => path.relative(ROOT, f).split(path.sep).join("/");
  return { files: files.map(rel), sources: [...sources].map(rel).sort() };
}

const pkg = (name: string) => (s: string) => s.startsWith(`node_modules/${name}/`);
const src = (prefix: string) => (s: string) => s.startsWith(`src/${prefix}`);
const loadedAny = (l: Loaded, test: (s: string) => boolean): string[] => l.sources.filter(test);

/** What no small clean or check of named files needs. */
const NOT_FOR_SMALL_RUNS: Record<string, (s: string) => boolean> = {
  ajv: pkg("ajv"),
  "cli-progress": pkg("cli-progress"),
  "fast-glob": pkg("fast-glob"),
  picomatch: (s) => s.includes("node_modules/picomatch/"),
  ignore: pkg("ignore"),
  diff: pkg("diff"),
  "config loader": src("config/load-config.ts"),
  "progress bar": src("io/progress.ts"),
  "report writers (--report, --diff)": (s) => /^src\/report\/(html.*|write-report|diff)\.ts$/.test(s),
  // Off unless --page-model: its weights and features were 212 KB of the 739 KB every run loaded.
  "the page model": (s) => /^src\/core\/boilerplate\/(page-model(-engine)?\.(ts|json)|apply-page-model\.ts|line-features\.ts|stop-words\.ts)$/.test(s),
  "stop-word lists (the page model's)": pkg("stopword"),
};

describe("start-up: what a run loads", () => {
  test("--version loads the version and nothing of the engine, the argument parser or any package", () => {
    const l = loaded(["--version"], scratch);
    expect(l.sources).toContain("src/lib/version.ts");
    expect(l.sources.filter((s) => s.startsWith("node_modules/"))).toEqual([]);
    for (const m of ["src/cli/run.ts", "src/cli/program.ts", "src/core/clean.ts", "src/core/stream-clean.ts", "src/core/fingerprint.ts"]) {
      expect(l.sources).not.toContain(m);
    }
  });

  test("cleaning a 1 KB text file loads a few bundled files, no Markdown parser, reporters or optional packages", () => {
    const cwd = tempTree({ "note.txt": TEXT });
    const l = loaded(["note.txt"], cwd);
    expect(l.sources).toContain("src/core/stream-clean.ts"); // the probe sees the engine
    // Bundled: a handful of files instead of one per module (~70 without the bundle).
    expect(l.files.filter((f) => f.startsWith("dist/")).length).toBeLessThanOrEqual(8);
    for (const [what, test] of Object.entries(NOT_FOR_SMALL_RUNS)) expect(loadedAny(l, test), what).toEqual([]);
    expect(loadedAny(l, (s) => /node_modules\/(mdast|micromark|markdown-it)/.test(s)), "Markdown parser").toEqual([]);
    expect(loadedAny(l, (s) => s.startsWith("src/report/") && s !== "src/report/reporter-names.ts"), "reporters and report writers").toEqual([]);
    expect(loadedAny(l, pkg("chalk")), "chalk").toEqual([]);
    expect(loadedAny(l, src("batch/")), "batch mode").toEqual([]);
    expect(loadedAny(l, src("core/claims/")), "the claims of batch runs and --check").toEqual([]);
  });

  test("--check of a named Markdown file loads the Markdown parser and a reporter, not fast-glob, cli-progress, ajv or the report writers", () => {
    const cwd = tempTree({ "notes.md": MARKDOWN });
    const l = loaded(["--check", "notes.md"], cwd);
    expect(loadedAny(l, pkg("markdown-it")).length).toBeGreaterThan(0);
    expect(l.sources).toContain("src/report/stylish.ts");
    for (const [what, test] of Object.entries(NOT_FOR_SMALL_RUNS)) expect(loadedAny(l, test), what).toEqual([]);
  });

  test("the page model is loaded when --page-model or a config file switches it on", () => {
    const model = "src/core/boilerplate/page-model.json";
    const cwd = tempTree({ "note.txt": TEXT, "on/.winnowrc.json": JSON.stringify({ pageModel: true }), "on/note.txt": TEXT });
    expect(loaded(["note.txt"], cwd).sources).not.toContain(model);
    expect(loaded(["--page-model", "note.txt"], cwd).sources).toContain(model);
    expect(loaded(["note.txt"], path.join(cwd, "on")).sources).toContain(model);
    expect(loaded(["--check", "."], path.join(cwd, "on")).sources).toContain(model);
  });

  test("what is left out is loaded when it is used: fast-glob for a directory, ajv for a config file, the writers for --report", () => {
    const cwd = tempTree({ "d/a.txt": TEXT, ".winnowrc.json": "{}\n" });
    const l = loaded(["--check", "d", "--report", path.join(scratch, "r.html")], cwd);
    expect(loadedAny(l, pkg("fast-glob")).length).toBeGreaterThan(0);
    expect(loadedAny(l, pkg("ajv")).length).toBeGreaterThan(0);
    expect(l.sources).toContain("src/config/load-config.ts");
    expect(l.sources).toContain("src/report/html.ts");
  });
});

describe("the bundle's decoder of named character references, its table parsed on first use", () => {
  test("answers as decode-named-character-reference for every name of the table and for names outside it", async () => {
    // @ts-expect-error: a build script in JavaScript, typed by its use here
    const { lazyDecoderModule } = (await import("../../scripts/lazy-entities.mjs")) as { lazyDecoderModule(t: Record<string, string>): string };
    const { characterEntities } = (await import("character-entities" as string)) as { characterEntities: Record<string, string> };
    const { decodeNamedCharacterReference: reference } = await import("decode-named-character-reference");
    const code = lazyDecoderModule(characterEntities);
    const { decodeNamedCharacterReference: lazy } = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { decodeNamedCharacterReference(v: string): string | false };
    const names = Object.keys(characterEntities);
    expect(names.length).toBeGreaterThan(2000);
    for (const name of [...names, "", "amp;", "AMP ", "eacut", "constructor", "__proto__", "toString", "hasOwnProperty"]) expect(lazy(name), name).toBe(reference(name));
  });

  test("a 1 KB clean of a text with references reads them (the table is in the chunk a plain run loads, not the package)", () => {
    const dup = "is what we drink every morning in the little town by the river.";
    const cwd = tempTree({ "note.txt": `Caf&eacute; au lait ${dup}\n\nCafé au lait ${dup}\n` });
    const r = spawnSync(process.execPath, [BIN, "note.txt"], { cwd, encoding: "utf8", env: { ...process.env, CI: "" } });
    expect(r.stdout).toBe(`Caf&eacute; au lait ${dup}\n`);
    expect(loadedAny(loaded(["note.txt"], cwd), pkg("character-entities")), "character-entities").toEqual([]);
  });
});
