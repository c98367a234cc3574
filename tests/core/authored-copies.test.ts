// Copies across files that a writer meant: pages of one section, or of two sections side by side.
import { beforeAll, describe, expect, test } from "vitest";
import { neighbours } from "../../src/core/authored-copies.js";
import { clean } from "../../src/core/clean.js";
import { DedupIndex } from "../../src/core/dedup-index.js";
import { loadFormat } from "../../src/core/unit-splitters.js";

beforeAll(async () => {
  await loadFormat("markdown");
});

const SAID = "The new release turns on keep-alive for every outgoing connection by default, which cuts the time spent opening sockets.";

describe("neighbours", () => {
  test.each([
    ["a release note and the announcement it repeats", "site/blog/release/v9.md", "site/blog/announcements/v9-announce.md", true],
    ["a folder's index page and a page in the folder", "pages/fr/download/index.mdx", "pages/fr/download/current.mdx", true],
    ["a page and a page of a sub-folder", "pages/fr/eol.mdx", "pages/fr/about/eol.mdx", true],
    ["two top folders of the run", "docs/configuration.md", "guide/filing.md", false],
    ["two files at the top", "README.md", "CHANGELOG.md", false],
    ["sections two folders apart", "site/docs/guides/deploy/netlify.md", "site/docs/reference.md", false],
    ["Windows separators", "site\\blog\\release\\v9.md", "site\\blog\\news\\v9.md", true],
  ])("%s", (_name, a, b, expected) => {
    expect(neighbours(a, b)).toBe(expected);
    expect(neighbours(b, a)).toBe(expected);
  });
});

describe("a paragraph repeated across files", () => {
  const run = (a: string, b: string) => {
    const index = new DedupIndex();
    clean(`## Keep-alive\n\n${SAID}\n`, { format: "markdown" }, { index, name: a });
    return clean(`# Version 9\n\nThe highlights of this release follow.\n\n### HTTP\n\n${SAID}\n`, { format: "markdown" }, { index, name: b }).cuts;
  };

  test("stays in a release note that repeats its announcement (two sections of one blog)", () => {
    expect(run("site/blog/announcements/v9-announce.md", "site/blog/release/v9.md")).toEqual([]);
  });

  test("is cut between two top folders of the run", () => {
    expect(run("docs/announce.md", "guide/release.md")).toEqual([expect.objectContaining({ kind: "duplicate", startLine: 7 })]);
  });
});
