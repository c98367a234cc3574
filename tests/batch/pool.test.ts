import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { createPool, WarmWorkers, WORKER_YOUNG_MB } from "../../src/batch/pool.js";
import { resolveOptions } from "../../src/core/options.js";

const dir = mkdtempSync(path.join(tmpdir(), "winnow-pool-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("workers started ahead of their pool", () => {
  test("a pool of the same options takes them, and close() ends the ones no pool took", async () => {
    const options = resolveOptions({});
    const warm = new WarmWorkers(options, 3);
    // Options that only look alike are another run's: not taken.
    expect(warm.take(resolveOptions({}))).toBeNull();
    const first = warm.take(options);
    expect(first).not.toBeNull();
    const exited = new Promise<number>((resolve) => first?.once("exit", resolve));
    await first?.terminate();
    expect(await exited).toBeTypeOf("number");

    const pool = createPool(options, 1, warm);
    await pool.close();
    // One thread runs in this one: nothing was taken.
    const second = warm.take(options);
    expect(second).not.toBeNull();
    await second?.terminate();

    const file = path.join(dir, "a.txt");
    writeFileSync(file, "A paragraph long enough to be a unit of its own, said once.\n");
    const workers = createPool(options, 2, warm);
    // The last spare went to the pool, which started the second itself.
    expect(warm.take(options)).toBeNull();
    const got = await workers.templates(file);
    expect(got.kind).toBe("ok");
    await workers.close();
    await warm.close();
  });

  test("close() before any pool ends every worker", async () => {
    const options = resolveOptions({});
    const warm = new WarmWorkers(options, 2);
    await warm.close();
    expect(warm.take(options)).toBeNull();
  });
});

describe("a worker's young generation", () => {
  test("stays within the limit the pool sets (V8's default keeps 32 MB committed per thread)", async () => {
    const { spawnSync } = await import("node:child_process");
    const { BIN } = await import("../helpers/run-cli.js");
    const words = "alpha beta gamma delta river stone cloud paper window garden letter market summer winter yellow silver".split(" ");
    let s = 7;
    const rand = (): number => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296;
    const input = path.join(dir, "young");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(input);
    // Four files of 3 MB of distinct paragraphs: enough allocation for V8 to grow a default young generation to 32 MB.
    for (let f = 0; f < 4; f++) {
      const parts: string[] = [];
      for (let size = 0; size < 3e6; ) {
        const p = Array.from({ length: 20 + Math.floor(rand() * 30) }, () => words[Math.floor(rand() * words.length)] + (rand() < 0.1 ? ` ${Math.floor(rand() * 1e5)}` : "")).join(" ") + ".";
        parts.push(p);
        size += p.length + 2;
      }
      writeFileSync(path.join(input, `f${f}.txt`), parts.join("\n\n") + "\n");
    }
    const r = spawnSync(process.execPath, [BIN, "-q", "--no-config", "--jobs", "2", input, "--out-dir", path.join(dir, "young-out")], {
      encoding: "utf8",
      env: { ...process.env, WINNOW_DEBUG_MEMORY: "1" },
    });
    expect(r.status, r.stderr).toBe(0);
    const notes = r.stderr.split("\n").filter((l) => l.startsWith('{"memory"')).map((l) => JSON.parse(l) as { thread: number; newSpace: number });
    const workers = notes.filter((n) => n.thread !== 0);
    expect(workers.length).toBeGreaterThan(0);
    // Two semi-spaces of a third of the limit each.
    expect(Math.max(...workers.map((n) => n.newSpace))).toBeLessThanOrEqual((2 * WORKER_YOUNG_MB) / 3);
  }, 60_000);
});
