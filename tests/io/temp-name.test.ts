import path from "node:path";
import { expect, test } from "vitest";
import { tempNameBeside } from "../../src/io/temp-name.js";

test("a temporary name sits beside its target, hidden, with the pid and 8 hex digits, and differs call to call", () => {
  const target = path.join("/some/dir", "notes.md");
  const names = Array.from({ length: 200 }, () => tempNameBeside(target));
  for (const n of names) {
    expect(path.dirname(n)).toBe("/some/dir");
    expect(path.basename(n)).toMatch(new RegExp(`^\\.notes\\.md\\.winnow-${process.pid}-[0-9a-f]{8}\\.tmp$`));
  }
  expect(new Set(names).size).toBe(names.length);
});
