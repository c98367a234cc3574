import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { DUPLICATED, tempRepo } from "../helpers/temp-repo.js";

let cleanup = (): void => {};
afterEach(() => cleanup());

function tree(files: Record<string, string>, git = true): string {
  const t = tempRepo(files, { git });
  cleanup = t.cleanup;
  return t.dir;
}

/** The options the run used, read back from the JSON report. */
async function optionsUsed(cwd: string, args: string[] = []): Promise<{ code: number; options: Record<string, unknown>; stderr: string }> {
  const r = await runCli(["--check", "--reporter", "json", ...args], { cwd, stdin: DUPLICATED });
  const options = r.stdout ? ((JSON.parse(r.stdout) as { options: Record<string, unknown> }).options) : {};
  return { code: r.code, options, stderr: r.stderr };
}

describe("config sources", () => {
  test.each([
    [".winnowrc.json", '{ "minWords": 40 }'],
    ["winnow.config.js", "export default { minWords: 40 };\n"],
    ["winnow.config.mjs", "export default { minWords: 40 };\n"],
    ["package.json", '{ "name": "x", "winnow": { "minWords": 40 } }'],
  ])("%s is found in the working directory", async (name, content) => {
    const cwd = tree({ [name]: content });
    const r = await optionsUsed(cwd);
    expect(r.options.minWords).toBe(40);
    expect(r.code).toBe(0); // the paragraph is shorter than 40 words: no longer a duplicate
  });

  test("a package.json without a winnow key is not a config", async () => {
    const cwd = tree({ "package.json": '{ "name": "x" }', "sub/.keep": "" });
    expect((await optionsUsed(cwd)).code).toBe(1);
  });

  test("the search walks up to the repository root and no further", async () => {
    const root = tree({ "repo/.winnowrc.json": '{ "minWords": 40 }', "repo/docs/deep/.keep": "", ".winnowrc.json": '{ "minWords": 50 }' }, false);
    const { mkdirSync } = await import("node:fs");
    mkdirSync(path.join(root, "repo/.git"));
    expect((await optionsUsed(path.join(root, "repo/docs/deep"))).options.minWords).toBe(40);
    const { rmSync } = await import("node:fs");
    rmSync(path.join(root, "repo/.winnowrc.json"));
    // The repository root has no config: the one above it is not used.
    expect((await optionsUsed(path.join(root, "repo/docs/deep"))).options.minWords).toBe(8);
  });

  test("--config PATH is used instead of the search; --no-config skips it", async () => {
    const cwd = tree({ ".winnowrc.json": '{ "minWords": 40 }', "other.json": '{ "minWords": 30 }' });
    expect((await optionsUsed(cwd, ["--config", "other.json"])).options.minWords).toBe(30);
    expect((await optionsUsed(cwd, ["--no-config"])).options.minWords).toBe(8);
  });

  test("a flag given on the command line wins over the config file", async () => {
    const cwd = tree({ ".winnowrc.json": '{ "minWords": 40, "ngram": 3 }' });
    const r = await optionsUsed(cwd, ["--min-words", "5"]);
    expect([r.options.minWords, r.options.ngram]).toEqual([5, 3]);
  });

  test("overrides apply to the files their globs match", async () => {
    const cwd = tree({
      ".winnowrc.json": JSON.stringify({ overrides: [{ files: "*.txt", options: { dedupe: false } }, { files: "docs/keep/**", options: { minWords: 40 } }] }),
      "a.txt": DUPLICATED,
      "a.md": DUPLICATED,
      "docs/keep/b.md": DUPLICATED,
      "docs/c.md": DUPLICATED,
    });
    const codes = await Promise.all(["a.txt", "a.md", "docs/keep/b.md", "docs/c.md"].map(async (f) => (await runCli(["--check", f], { cwd })).code));
    expect(codes).toEqual([0, 1, 0, 1]);
  });

  test("a rules file named in the config is read relative to it", async () => {
    const cwd = tree({
      "conf/winnow.json": '{ "rules": "rules.json" }',
      "conf/rules.json": '[{ "name": "house-ad", "pattern": "^buy our mugs" }]',
    });
    const r = await runCli(["--check", "--config", "conf/winnow.json"], { cwd, stdin: "Some text.\n\nBuy our mugs\n\nMore text.\n" });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("house-ad");
  });
});

describe("config errors name the file, the key and what was expected", () => {
  test.each([
    ['{ "threshold": "high" }', /^winnow: \.winnowrc\.json: threshold: expected a number, got string "high"$/],
    ['{ "ngramm": 4 }', /^winnow: \.winnowrc\.json: unknown key "ngramm"$/],
    ['{ "overrides": [{ "files": "*.md", "options": { "minWords": -1 } }] }', /^winnow: \.winnowrc\.json: overrides\[0\]\.options\.minWords: expected a value that must be >= 0, got -1$/],
    ['{ "overrides": [{ "files": "*.md" }] }', /^winnow: \.winnowrc\.json: overrides\[0\]: missing key "options"$/],
    ['{ "reporter": "xml" }', /^winnow: \.winnowrc\.json: reporter: expected one of "stylish", "json", "github", "sarif", got "xml"$/],
    ['{ "disable": ["subscribe", "no-such-rule"] }', /^winnow: \.winnowrc\.json: disable: no rule named "no-such-rule" \(see --list-rules\)$/],
    ['{ "overrides": [{ "files": "*.md", "options": { "ignore": ["x"] } }] }', /^winnow: \.winnowrc\.json: "overrides\[0\]\.options\.ignore": not an option that can be overridden per file$/],
  ])("%s", async (json, message) => {
    const cwd = tree({ ".winnowrc.json": json });
    const r = await runCli(["--check"], { cwd, stdin: "x\n" });
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd()).toMatch(message);
  });

  test("a JS config that throws", async () => {
    const cwd = tree({ "winnow.config.mjs": "throw new Error('boom');\n" });
    const r = await runCli(["--check"], { cwd, stdin: "x\n" });
    expect([r.code, r.stderr]).toEqual([2, "winnow: winnow.config.mjs: cannot load: boom\n"]);
  });
});

describe("the shipped schema", () => {
  test("accepts the README's example config, and the run uses it", async () => {
    const example = {
      $schema: "./node_modules/winnow/schema/winnow.schema.json",
      minWords: 10,
      disable: ["share-buttons"],
      ignore: ["vendor/**"],
      extensions: ["rst"],
      overrides: [{ files: "CHANGELOG.md", options: { dedupe: false } }],
    };
    const cwd = tree({ ".winnowrc.json": JSON.stringify(example) });
    const r = await optionsUsed(cwd);
    expect(r.stderr).toBe("");
    expect([r.options.minWords, r.options.disable]).toEqual([10, ["share-buttons"]]);
  });

  test("is itself a valid draft-07 schema under ajv's strict mode", async () => {
    const { Ajv } = await import("ajv");
    const { readFileSync } = await import("node:fs");
    const schema = JSON.parse(readFileSync(new URL("../../schema/winnow.schema.json", import.meta.url), "utf8")) as object;
    expect(() => new Ajv({ strict: true, allowUnionTypes: true }).compile(schema)).not.toThrow();
  });
});
