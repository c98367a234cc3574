import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { planBatch } from "../../src/batch/plan.js";
import { runBatch, type FileOutcome } from "../../src/batch/run-batch.js";
import { resolveOptions } from "../../src/core/options.js";
import { tempTree } from "../helpers/temp-tree.js";

const P1 = "The harbour council voted on Tuesday to extend the night ferry route across the river until spring.";
const P2 = "Residents of the north bank asked for a second pier, saying the crossing takes far too long in winter.";
const P3 = "A café on the quay — «Chez Anaïs» — serves 😀 breakfast to the crews of the early boats every day.";

/** A run over a.txt (first copies) and b.txt (their copies); `between` runs when phase two starts. */
async function run(jobs: number, a: string | Uint8Array, between?: (dir: string) => void): Promise<FileOutcome[]> {
  const dir = tempTree({ "a.txt": a, "b.txt": `Something new that nobody wrote before, at some length, about the tide tables.\n\n${P3}\n\n${P1}\n` });
  const plan = await planBatch(["a.txt", "b.txt"], { cwd: dir });
  return runBatch({
    files: plan.files,
    options: resolveOptions({}),
    jobs,
    mode: "check",
    keep: "findings",
    hooks: { phase: (name) => void (name === "cleaning" && between?.(dir)) },
  });
}

describe("phase two reads first copies back from their files", () => {
  for (const jobs of [1, 2]) {
    test(`--jobs ${jobs}: a copy is cut against its first copy as the file holds it, in UTF-8 (BOM, non-ASCII) and UTF-16`, async () => {
      const text = `\uFEFF${P2}\r\n\r\n${P3}\r\n\r\n> ${P1}\r\n`;
      for (const a of [text, Buffer.concat([Buffer.of(0xff, 0xfe), Buffer.from(text.slice(1), "utf16le")]), Buffer.concat([Buffer.of(0xfe, 0xff), Buffer.from(text.slice(1), "utf16le").swap16()])]) {
        const [, b] = await run(jobs, a);
        expect(b?.status).toBe("changed");
        const cuts = b?.findings?.cuts ?? [];
        expect(cuts.map((c) => [c.kind, c.text, c.source?.file])).toEqual([
          ["duplicate", P3, "a.txt"],
          ["duplicate", P1, "a.txt"],
        ]);
      }
    }, 60_000);

    test(`--jobs ${jobs}: a file that holds first copies and changes before phase two fails the files that need them, named, and no cut is made against what it holds now`, async () => {
      const a = `${P2}\n\n${P3}\n\n${P1}\n`;
      const changes = [P1.replace("Tuesday", "Monday"), P1.replace("spring", "Spring")];
      for (const now of [`${P2}\n\n${P3}\n\n${changes[0]}\n`, `${P2}\n\n${P3}\n\n${changes[1]}\n`, `${P2}\n`]) {
        const [first, b] = await run(jobs, a, (dir) => writeFileSync(path.join(dir, "a.txt"), now));
        expect(first?.status).not.toBe("failed");
        expect(b).toMatchObject({ file: "b.txt", status: "failed", reason: "a.txt, which holds a first copy of its text, changed during the run; run again" });
      }
      // Bytes added after the first copies change none of them.
      const [, b] = await run(jobs, a, (dir) => writeFileSync(path.join(dir, "a.txt"), `${a}\nA line added.\n`));
      expect(b?.findings?.cuts.map((c) => c.text)).toEqual([P3, P1]);
    }, 60_000);
  }
});
