import { describe, expect, test } from "vitest";
import { clean } from "../../src/core/clean.js";

// A 100 MB file of one paragraph a line is one block of 350,000 lines: nothing may spread a
// per-line array into a call's arguments (Math.max(...lens) overflowed the stack there).
describe("a block of 200,000 lines", () => {
  test("is cleaned without running out of stack", () => {
    const lines: string[] = [];
    for (let i = 0; i < 200_000; i++) lines.push(`Line number ${i} of a very long block, written out in words ${i % 97}.`);
    const text = lines.join("\n") + "\n";
    const r = clean(text);
    expect(r.stats.linesIn).toBe(200_000);
    expect(r.text.length).toBeGreaterThan(0);
  });
});
