// The config search runs config code, so it stays inside what the user owns: it never looks in or
// above a folder others can write to (/tmp) or that another user owns, and never above the home
// directory (with no .git above the working directory it used to run any parent's winnow.config.js).
import { chmodSync, chownSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { tempTree } from "../helpers/temp-tree.js";

/** A config that leaves a mark when it runs, and sets an option the report shows. */
const CONFIG = (mark: string): string => `import { writeFileSync } from "node:fs";\nwriteFileSync(${JSON.stringify(mark)}, "ran");\nexport default { minWords: 40 };\n`;

async function minWordsUsed(cwd: string, home: string): Promise<unknown> {
  const r = await runCli(["--check", "--reporter", "json"], { cwd, stdin: "A line.\n", env: { HOME: home } });
  return (JSON.parse(r.stdout) as { options: Record<string, unknown> }).options.minWords;
}

test("a config in a world-writable parent (like /tmp) is not run", async () => {
  const root = tempTree({ "shared/proj/docs/.keep": "" });
  const mark = path.join(root, "mark");
  writeFileSync(path.join(root, "shared/winnow.config.mjs"), CONFIG(mark));
  chmodSync(path.join(root, "shared"), 0o1777);
  expect(await minWordsUsed(path.join(root, "shared/proj/docs"), "/nonexistent-home")).toBe(8);
  expect(existsSync(mark)).toBe(false);
});

test("the search stops at the home directory: a config above it is not run, one in it is", async () => {
  const root = tempTree({ "home/me/proj/.keep": "" });
  const mark = path.join(root, "mark");
  writeFileSync(path.join(root, "winnow.config.mjs"), CONFIG(mark));
  expect(await minWordsUsed(path.join(root, "home/me/proj"), path.join(root, "home/me"))).toBe(8);
  expect(existsSync(mark)).toBe(false);
  writeFileSync(path.join(root, "home/me/.winnowrc.json"), '{ "minWords": 30 }');
  expect(await minWordsUsed(path.join(root, "home/me/proj"), path.join(root, "home/me"))).toBe(30);
});

const isRoot = process.getuid?.() === 0;

test.skipIf(!isRoot && process.env.CI !== "true")("(needs root for chown) a config in a folder another user owns is not run", async () => {
  const root = tempTree({ "theirs/proj/.keep": "" });
  const mark = path.join(root, "mark");
  writeFileSync(path.join(root, "theirs/winnow.config.mjs"), CONFIG(mark));
  chownSync(path.join(root, "theirs"), 65534, 65534);
  expect(await minWordsUsed(path.join(root, "theirs/proj"), "/nonexistent-home")).toBe(8);
  expect(existsSync(mark)).toBe(false);
  // The working directory's own config, in a folder the user owns, still counts.
  mkdirSync(path.join(root, "theirs/proj/mine"));
  writeFileSync(path.join(root, "theirs/proj/mine/.winnowrc.json"), '{ "minWords": 30 }');
  chownSync(path.join(root, "theirs/proj"), 65534, 65534);
  expect(await minWordsUsed(path.join(root, "theirs/proj/mine"), "/nonexistent-home")).toBe(30);
});
