// cleanFiles and checkFiles, the library under --write, --out-dir and --check, called in-process.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { UsageError } from "../../src/base/errors.js";
import { clean } from "../../src/core/clean.js";
import { checkFiles, cleanFiles, defaultJobs } from "../../src/lib/files.js";
import { readTree, tempTree } from "../helpers/temp-tree.js";

const A = "The ferry to the island runs twice a day in winter, at nine and at four, from the north pier.";
const B = "Tickets are sold on board; a return costs twelve pounds, and children under five travel free.";
const DIRTY = `${A}\n\n${B}\n\n${A}\n`;
const ACROSS = `A page of its own about the harbour and its history.\n\n${B}\n`;
const CLEAN = "A note that says one thing once, and shares no paragraph with the others.\n";
const files = { "site/a.txt": DIRTY, "site/b.txt": ACROSS, "site/c.txt": CLEAN };
const one = { jobs: 1, config: false as const };

describe("cleanFiles", () => {
  test("write: rewrites the files that change, keeps the others, cuts copies across files", async () => {
    const cwd = tempTree(files);
    const r = await cleanFiles(["site"], { ...one, cwd, write: true });
    expect(r.files.map((f) => [f.file, f.status])).toEqual([
      ["site/a.txt", "changed"],
      ["site/b.txt", "changed"],
      ["site/c.txt", "unchanged"],
    ]);
    expect(readFileSync(path.join(cwd, "site/a.txt"), "utf8")).toBe(`${A}\n\n${B}\n`);
    // b.txt's second paragraph was first seen in a.txt: a cross-file duplicate.
    expect(readFileSync(path.join(cwd, "site/b.txt"), "utf8")).toBe("A page of its own about the harbour and its history.\n");
    expect(readFileSync(path.join(cwd, "site/c.txt"), "utf8")).toBe(CLEAN);
    expect(r.files[0]?.counts?.kinds.duplicate).toBe(1);
  });

  test("outDir: mirrors the tree, leaves the inputs alone, gives the same text as clean()", async () => {
    const cwd = tempTree({ "in/a.txt": DIRTY });
    const r = await cleanFiles(["in"], { ...one, cwd, outDir: "out" });
    expect(r.files).toHaveLength(1);
    expect(readFileSync(path.join(cwd, "in/a.txt"), "utf8")).toBe(DIRTY);
    expect(readFileSync(path.join(cwd, "out/a.txt"), "utf8")).toBe(clean(DIRTY).text);
  });

  test("needs exactly one of write and outDir", async () => {
    const cwd = tempTree(files);
    await expect(cleanFiles(["site"], { cwd })).rejects.toBeInstanceOf(UsageError);
    await expect(cleanFiles(["site"], { cwd, write: true, outDir: "o" })).rejects.toThrow(/choose one/);
    expect(readTree(path.join(cwd, "site")).get("a.txt")?.toString()).toBe(DIRTY);
  });

  test("options win over the config file, and onFile sees each file in path order", async () => {
    const cwd = tempTree({ ...files, ".winnowrc.json": JSON.stringify({ dedupe: false }) });
    const seen: string[] = [];
    await cleanFiles(["site"], { cwd, jobs: 1, outDir: "out", onFile: (o) => seen.push(o.file) });
    expect(readFileSync(path.join(cwd, "out/a.txt"), "utf8")).toBe(DIRTY);
    expect(seen).toEqual(["site/a.txt", "site/b.txt", "site/c.txt"]);
    await cleanFiles(["site"], { cwd, jobs: 1, outDir: "out2", options: { dedupe: true } });
    expect(readFileSync(path.join(cwd, "out2/a.txt"), "utf8")).toBe(`${A}\n\n${B}\n`);
  });
});

describe("checkFiles", () => {
  test("says what would be cut, where its kept copy is, and writes nothing", async () => {
    const cwd = tempTree(files);
    const r = await checkFiles(["site"], { ...one, cwd });
    expect(r.changed).toEqual(["site/a.txt", "site/b.txt"]);
    expect(r.failed).toEqual([]);
    const b = r.findings.find((f) => f.file === "site/b.txt");
    expect(b?.result.cuts.map((c) => [c.kind, c.text, c.source?.file])).toEqual([["duplicate", B, "site/a.txt"]]);
    expect(readTree(path.join(cwd, "site")).get("a.txt")?.toString()).toBe(DIRTY);
  });

  test("a pattern that matches nothing is listed; an ignored file is left out", async () => {
    const cwd = tempTree({ ...files, ".winnowignore": "site/a.txt\n" });
    const r = await checkFiles(["site", "nothing/*.md"], { ...one, cwd });
    expect(r.unmatched).toEqual(["nothing/*.md"]);
    expect(r.findings.map((f) => f.file)).toEqual(["site/b.txt", "site/c.txt"]);
    expect(r.changed).toEqual([]);
  });
});

describe("defaultJobs", () => {
  test("a few small files (a pre-commit check) are cleaned in this thread; from 64 KB of input on, one thread a core", () => {
    const kb = (n: number) => ({ size: n * 1024 });
    expect(defaultJobs([kb(10), kb(10), kb(10)], 8)).toBe(1);
    expect(defaultJobs([], 8)).toBe(1);
    expect(defaultJobs([kb(63), { size: 1023 }], 8)).toBe(1);
    expect(defaultJobs([kb(32), kb(32)], 8)).toBe(8);
    expect(defaultJobs([kb(500)], 2)).toBe(2);
  });
});
