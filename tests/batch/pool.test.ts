import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { createPool, WarmWorkers } from "../../src/batch/pool.js";
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
