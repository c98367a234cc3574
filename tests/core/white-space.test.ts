import { describe, expect, test } from "vitest";
import { isTrimSpace, isWhiteSpace } from "../../src/core/white-space.js";

describe("isTrimSpace", () => {
  test("is what trim() removes, line endings aside", () => {
    for (let c = 0; c <= 0xffff; c++) {
      if (c === 10 || c === 13) continue;
      expect(isTrimSpace(c), `U+${c.toString(16)}`).toBe(String.fromCharCode(c).trim() === "");
    }
  });
});

describe("isWhiteSpace", () => {
  test("is what trim() removes", () => {
    for (let c = 0; c <= 0xffff; c++) {
      expect(isWhiteSpace(c), `U+${c.toString(16)}`).toBe(String.fromCharCode(c).trim() === "");
    }
  });
});
