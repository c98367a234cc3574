import { describe, expect, test } from "vitest";
import { formatOfPath } from "../../src/config/file-options.js";

describe("formatOfPath", () => {
  test.each([
    ["docs/guide.md", "markdown"],
    ["docs/guide.markdown", "markdown"],
    ["src/content/docs/en/guide.mdx", "markdown"],
    ["README.MDX", "markdown"],
    ["notes.txt", "text"],
    ["page.mdx.txt", "text"],
  ])("%s is read as %s", (file, format) => {
    expect(formatOfPath(file)).toBe(format);
  });

  test("standard input without a path is text", () => {
    expect(formatOfPath(null)).toBe("text");
  });
});
