// Learned boilerplate is page furniture: a sentence that is a file's prose is never learned, no
// learned rule empties a file, and of files that are copies of each other the first copy stays.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { tempTree } from "../helpers/temp-tree.js";

const SENTENCE = "Chapter one of the novel begins with a long sentence about the sea.\n";
const three = (): string => tempTree({ "three/c1.txt": SENTENCE, "three/c2.txt": SENTENCE, "three/c3.txt": SENTENCE });
const read = (dir: string, f: string): string => readFileSync(path.join(dir, "three", f), "utf8");

test("three one-sentence files, --write: the first copy stays; the copies go as duplicates of it, not as learned lines", async () => {
  const dir = three();
  const r = await runCli(["three", "--write", "--jobs", "1", "--report", "r.json"], { cwd: dir });
  expect(r.code).toBe(0);
  expect(read(dir, "c1.txt")).toBe(SENTENCE);
  expect(read(dir, "c2.txt")).toBe("");
  expect(read(dir, "c3.txt")).toBe("");
  const report = JSON.parse(readFileSync(path.join(dir, "r.json"), "utf8")) as { files: { file: string; cuts: { kind: string; rule?: string }[] }[] };
  const cuts = report.files.flatMap((f) => f.cuts.map((c) => `${f.file} ${c.kind}`));
  expect(cuts).toEqual(["three/c2.txt duplicate", "three/c3.txt duplicate"]);
});

test.each([["1"], ["2"]])("three one-sentence files, --write --scope file --jobs %s: every file keeps its sentence", async (jobs) => {
  const dir = three();
  const r = await runCli(["three", "--write", "--scope", "file", "--jobs", jobs], { cwd: dir });
  expect(r.code).toBe(0);
  for (const f of ["c1.txt", "c2.txt", "c3.txt"]) expect(read(dir, f), f).toBe(SENTENCE);
});

test("no learned rule empties a file: files of nothing but the same short line keep it; the line still goes where there is more", async () => {
  const NAV = "Home | News | Sports | Opinion\n";
  const dir = tempTree({
    "s/a.txt": NAV,
    "s/b.txt": NAV,
    "s/c.txt": `${NAV}\nThe harbour reopened on Monday after the storm, the port authority said.\n`,
    "s/d.txt": `${NAV}\nA second story about the ferry timetable and the winter fares.\n`,
  });
  const r = await runCli(["s", "--out-dir", "out", "--jobs", "1"], { cwd: dir });
  expect(r.code).toBe(0);
  const out = (f: string): string => readFileSync(path.join(dir, "out", f), "utf8");
  expect(out("a.txt")).toBe(NAV);
  expect(out("b.txt")).toBe(NAV);
  expect(out("c.txt")).toBe("The harbour reopened on Monday after the storm, the port authority said.\n");
  expect(out("d.txt")).toBe("A second story about the ferry timetable and the winter fares.\n");
});
