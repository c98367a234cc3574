// Rule guards (src/core/boilerplate/standing.ts): a line a built-in rule matches stays when it reads
// as the author's. Here: "Label: link" in Markdown, a release post's own download or data file.
import { describe, expect, test } from "vitest";
import { clean } from "../../../src/index.js";

const post = (line: string) => `# Tidy 3.0.2\n\nThe sorter no longer skips notes without a date.\n\n${line}\n\nThanks to everyone who reported it, and to the two people who sent a fix within a day of the report.\n`;
const rules = (text: string, format: "markdown" | "text") => clean(text, { format }).cuts.filter((c) => c.kind === "boilerplate").map((c) => c.rule);

describe("a line whose value is a link of the post", () => {
  test.each([
    "Source: [https://example.org/dist/v3.0.2/tidy-3.0.2.tar.gz](https://example.org/dist/v3.0.2/tidy-3.0.2.tar.gz)",
    "Source: [the tarball][tarball]",
    "- Source: [tidy-3.0.2.tar.gz](https://example.org/dist/v3.0.2/tidy-3.0.2.tar.gz)",
  ])("is the author's in Markdown: %s", (line) => {
    expect(rules(post(line), "markdown")).toEqual([]);
  });

  test("is still chrome in plain text, where a page names its source", () => {
    const line = "Source: [https://example.org/dist/v3.0.2/tidy-3.0.2.tar.gz](https://example.org/dist/v3.0.2/tidy-3.0.2.tar.gz)";
    expect(rules(post(line), "text")).toEqual(["article-meta"]);
  });

  test("a source named in words is chrome in Markdown too", () => {
    expect(rules(post("Source: Example News Agency"), "markdown")).toEqual(["article-meta"]);
  });
});
