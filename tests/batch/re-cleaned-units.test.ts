// A cut can glue or split the lines left around it into a unit the file did not have (clean.ts
// cleans the kept text again). Such a unit claims and looks up its keys like any other, so that a
// tree written once is clean to --check, and every engine (threads, shards sharing a store) agrees.
import path from "node:path";
import { describe, expect, test } from "vitest";
import { MemoryClaimStore, MemoryRun } from "../../src/core/claims/claim-store.js";
import { runFiles, type FilesResult } from "../../src/lib/files.js";
import { loadSettings } from "../../src/lib/settings.js";
import { runCli } from "../helpers/run-cli.js";
import { readTree, tempTree } from "../helpers/temp-tree.js";

const Q = "Regina Lutz showed more of the new boat's speed on the second day of the river trials, cutting a full minute from her time.";
const L = "The second day of the trials saw the unveiling of the new hulls and the lighter oars that the club bought over the winter months.";
const P = "The harbour council voted on Tuesday to extend the night ferry route across the river until spring, so riders can get home late.";
const X = "The club secretary thanked the volunteers who kept the boathouse open on both days, and the bakery that brought bread.";
const NOTES = Object.fromEntries([1, 2, 3].map((i) => [`t/c${i}.txt`, `Unrelated note number ${i} about the weather in the hills, where the snow came early and stayed until the end of March.\n`]));

/**
 * The rules cut the short lines over `P` (menus and a stub between them), and `P`, alone in its
 * block then, is a paragraph: in the file given it was a line of verse, no copy to look up.
 */
const GLUED_BY_RULES = {
  "t/a.txt": `${P}\n\nResidents of the north bank asked for a second pier, saying the crossing takes far too long in winter.\n`,
  "t/b.txt": `Sign in\nMaria\nSign up\nOn Mar 3\nNext story\n${P}\n\nA tide table for the week is printed on the back page of this issue, with the times of both ferries.\n`,
};

/**
 * b.txt's `Q` is a copy of a.txt's, and the short lines under it follow it there too (cut as
 * repeated with it); `L`, verse among them, is a paragraph once they are gone: only the cuts
 * against a.txt make it one, so b.txt alone never looks its key up (phase two's second round).
 * The notes keep the short lines from being learned as lines most files share.
 */
const GLUED_BY_COPIES = {
  "t/a.txt": `${Q}\n\nDay two at the river\n9 January 2008\nBy Ann Smith\n\n${X}\n\n${L}\n`,
  "t/b.txt": `${Q}\n\nDay two at the river\n9 January 2008\nBy Ann Smith\n${L}\n`,
  ...NOTES,
};

/**
 * b.txt holds a.txt's paragraph hard-wrapped, a line opening with the dash the wrap put first. Split
 * there, the dash line was a list item (never cut as a copy) beside the paragraph cut against
 * a.txt, and alone in b.txt's output a paragraph, which the next run cut.
 */
const WRAPPED = [
  "The band took over an abandoned courtroom and jail in the old town instead,",
  "and named it after the castle; the buzz soon spread and forty record labels",
  "turned up to one gig in Glasgow, where the band played a set of new songs",
  "- which the band thought was totally ridiculous, the singer said later on.",
];
const WRAPPED_DASH = {
  "t/a.txt": `${WRAPPED.join(" ")}\n\nThey signed with an independent label in June, home of a few bands they liked.\n`,
  "t/b.txt": `${WRAPPED.join("\n")}\n\nThe second album came out two years later and went to number one in a week.\n`,
  ...NOTES,
};

async function writeThenCheck(files: Record<string, string>, jobs: string): Promise<{ written: Map<string, Buffer>; check: string; code: number }> {
  const cwd = tempTree(files);
  const w = await runCli(["t", "--write", "--jobs", jobs, "--no-gitignore", "--no-config"], { cwd });
  expect(w.code, w.stderr).toBe(0);
  const c = await runCli(["t", "--check", "--jobs", jobs, "--no-gitignore", "--no-config"], { cwd });
  return { written: readTree(path.join(cwd, "t")), check: c.stderr, code: c.code };
}

describe("a unit a cut made is a unit like any other", () => {
  const cases = [
    { made: "made by the rules: it claims, and a later copy of it is cut in the same run", files: GLUED_BY_RULES, b: "A tide table for the week is printed on the back page of this issue, with the times of both ferries.\n" },
    { made: "made by cuts against another file: looked up in a second round", files: GLUED_BY_COPIES, b: "" },
    { made: "a wrapped dash, no unit of its own", files: WRAPPED_DASH, b: "The second album came out two years later and went to number one in a week.\n" },
  ];
  test.each(cases.flatMap((c) => ["1", "2"].map((jobs) => [c.made, jobs, c] as const)))("%s (--jobs %s)", async (_, jobs, { files, b }) => {
    const { written, check, code } = await writeThenCheck(files, jobs);
    expect(written.get("b.txt")?.toString()).toBe(b);
    expect(check).toMatch(/nothing to cut/);
    expect(code).toBe(0);
  }, 60_000);

  test("three shards sharing one store cut what one run cuts, with the same report", async () => {
    const cwd = tempTree({ ...GLUED_BY_COPIES, "t/d.txt": GLUED_BY_RULES["t/b.txt"], "t/0.txt": GLUED_BY_RULES["t/a.txt"] });
    const run = async (shard: { index: number; count: number } | null, store: MemoryRun): Promise<FilesResult> =>
      runFiles(["t"], await loadSettings({ cwd, options: {}, config: false, gitignore: false }), {
        cwd,
        mode: "check",
        keep: "results",
        jobs: 1,
        ...(shard ? { engine: { store: new MemoryClaimStore(store), shard, barrierMs: 60_000 } } : {}),
      });
    const reported = (rs: FilesResult[]): string[] => rs.flatMap((r) => r.files.map((o) => JSON.stringify([o.file, o.result?.text, o.result?.cuts])));
    const one = reported([await run(null, new MemoryRun())]);
    const store = new MemoryRun();
    const shards = reported(await Promise.all([1, 2, 3].map((index) => run({ index, count: 3 }, store))));
    expect(shards).toEqual(one);
    // Both glued units were cut as copies, each naming its first copy.
    const cutsOf = (file: string): unknown => JSON.parse(one.find((x) => x.startsWith(`["${file}"`)) ?? "[]")[2];
    expect(cutsOf("t/b.txt")).toContainEqual(expect.objectContaining({ kind: "duplicate", text: L, source: expect.objectContaining({ file: "t/a.txt" }) }));
    expect(cutsOf("t/d.txt")).toContainEqual(expect.objectContaining({ kind: "duplicate", text: P, source: expect.objectContaining({ file: "t/0.txt" }) }));
  }, 60_000);
});
