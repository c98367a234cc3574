import { describe, expect, test } from "vitest";
import { keptParts } from "../../src/batch/run-batch.js";
import { clean } from "../../src/core/clean.js";

const input = "A paragraph that says something worth keeping, at some length, for the test.\n\nAdvertisement\n";

describe("what a batch run keeps of a cleaned file", () => {
  const result = clean(input);

  test("--check keeps the cuts and figures the reporters read, and neither text", () => {
    expect(result.cuts.length).toBeGreaterThan(0);
    const kept = keptParts("findings", result, input);
    expect(kept).toEqual({ findings: { cuts: result.cuts, stats: result.stats } });
    expect(Object.keys(kept.findings ?? {}).sort()).toEqual(["cuts", "stats"]);
  });

  test("a report keeps both texts too; a plain run nothing", () => {
    expect(keptParts("results", result, input)).toEqual({ findings: result, result, input });
    expect(keptParts("counts", result, input)).toEqual({});
  });
});
