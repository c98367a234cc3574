import { readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { planBatch } from "../../src/batch/plan.js";
import { runBatch, type FileOutcome } from "../../src/batch/run-batch.js";
import { sweepOrder } from "../../src/batch/file-tasks.js";
import { resolveOptions } from "../../src/core/options.js";
import { tempTree } from "../helpers/temp-tree.js";

const P1 = "The harbour council voted on Tuesday to extend the night ferry route across the river until spring.";
const P2 = "Residents of the north bank asked for a second pier, saying the crossing takes far too long in winter.";
const P3 = "A café on the quay — «Chez Anaïs» — serves 😀 breakfast to the crews of the early boats every day.";

/** This process's claim spill files in the temporary directory. */
function spillFiles(): string[] {
  return readdirSync(tmpdir()).filter((f) => f.startsWith(`winnow-claims-${process.pid}-`));
}

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

    test(`--jobs ${jobs}: a file that holds first copies and changes before phase two: its first copies are the texts phase one read (the run's own copy), and the run's spill files are gone afterwards`, async () => {
      const a = `${P2}\n\n${P3}\n\n${P1}\n`;
      const before = spillFiles();
      for (const now of [`${P2}\n\n${P3}\n\n${P1.replace("Tuesday", "Monday")}\n`, `${P2}\n`, "gone"]) {
        const [first, b] = await run(jobs, a, (dir) => (now === "gone" ? rmSync(path.join(dir, "a.txt")) : writeFileSync(path.join(dir, "a.txt"), now)));
        expect(first?.status).toBe(now === "gone" ? "failed" : "unchanged");
        expect(b?.status).toBe("changed");
        expect(b?.findings?.cuts.map((c) => [c.text, c.source?.file])).toEqual([
          [P3, "a.txt"],
          [P1, "a.txt"],
        ]);
      }
      expect(spillFiles()).toEqual(before);
    }, 60_000);
  }
});

test("a run removes the spill files a killed run left in the temporary directory, and none of a live process", async () => {
  // A PID no process has (above the kernel's pid_max), and one that is alive (vitest's parent).
  const dead = [`winnow-claims-4194999-0123456789ab.0`, `winnow-claims-4194999-0123456789ab.t1`];
  const kept = [`winnow-claims-${process.ppid}-aaaaaaaaaaaa.0`, `winnow-claims-4194999-notes.txt`];
  for (const f of [...dead, ...kept]) writeFileSync(path.join(tmpdir(), f), "spilled");
  try {
    const [a] = await run(1, `${P2}\n\n${P3}\n\n${P1}\n`);
    expect(a?.status).toBe("unchanged");
    const now = new Set(readdirSync(tmpdir()));
    expect(dead.filter((f) => now.has(f))).toEqual([]);
    expect(kept.filter((f) => now.has(f))).toEqual(kept);
  } finally {
    for (const f of [...dead, ...kept]) rmSync(path.join(tmpdir(), f), { force: true });
  }
}, 60_000);

describe("the order in which a decide sweep takes its files", () => {
  test("every file once, whatever the count; in full runs, places one after another are a stride apart", () => {
    for (const stride of [0, 1, 3, 256]) {
      for (const n of [0, 1, 2, 5, 511, 512, 513, 1000, 1537]) {
        const taken = Array.from({ length: n }, (_, p) => sweepOrder(p, n, stride));
        expect([...taken].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
        if (stride === 0) expect(taken).toEqual(Array.from({ length: n }, (_, i) => i));
      }
    }
    const n = 1000;
    const at = (p: number): number => sweepOrder(p, n, 256);
    expect([at(0), at(1), at(2), at(3), at(511)]).toEqual([0, 256, 1, 257, 511]);
    // Places one after another are at most a stride apart in path order.
    for (let p = 1; p < n; p++) expect(Math.abs(at(p) - at(p - 1))).toBeLessThanOrEqual(256);
  });
});
