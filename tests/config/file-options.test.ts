import { describe, expect, test } from "vitest";
import { formatOfPath, optionsForFile, plainTextOfPath } from "../../src/config/file-options.js";

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

describe("plainTextOfPath", () => {
  test.each([
    ["README.txt", "authored"],
    ["readme", "authored"],
    ["docs/ReadMe.txt", "authored"],
    ["runtime/spell/README_en.txt", "authored"],
    ["src/INSTALLpc.txt", "authored"],
    ["INSTALL", "authored"],
    ["NEWS", "authored"],
    ["CHANGELOG.txt", "authored"],
    ["AUTHORS", "authored"],
    ["LICENSE-MIT", "authored"],
    // Names a crawled page may have: not a project's document.
    ["news.txt", "scraped"],
    ["history.txt", "scraped"],
    ["NEWSLETTER.txt", "scraped"],
    ["pages/readme-tips-from-a-blog.txt", "scraped"],
    ["page-009.txt", "scraped"],
  ])("%s is %s", (file, kind) => {
    expect(plainTextOfPath(file)).toBe(kind);
  });

  test("standard input without a path is scraped", () => {
    expect(plainTextOfPath(null)).toBe("scraped");
  });

  test("a flag or a config file says otherwise for any file", () => {
    expect(optionsForFile(null, {}, "/repo/README.txt").plainText).toBe("authored");
    expect(optionsForFile(null, { plainText: "scraped" }, "/repo/README.txt").plainText).toBe("scraped");
    expect(optionsForFile(null, { plainText: "authored" }, "/repo/notes/page.txt").plainText).toBe("authored");
  });
});
