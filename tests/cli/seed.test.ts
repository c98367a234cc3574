import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { runCli, spawnCli } from "../helpers/run-cli.js";

const input = readFileSync(new URL("../../fixtures/seed/input.txt", import.meta.url));
const expected = readFileSync(new URL("../../fixtures/seed/expected.txt", import.meta.url));

describe("the seed document", () => {
  test("comes out byte for byte through run()", async () => {
    const r = await runCli([], { stdin: input });
    expect(r.code).toBe(0);
    expect(r.stdoutBytes.equals(expected)).toBe(true);
    expect(r.stderr).toBe("");
  });

  test("comes out byte for byte through the spawned bin", () => {
    const r = spawnCli(["fixtures/seed/input.txt"]);
    expect(r.code).toBe(0);
    expect(r.stdoutBytes.equals(expected)).toBe(true);
  });
});
