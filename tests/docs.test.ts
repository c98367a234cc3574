// The README a newcomer reads first, and the pages it links: short, its commands on the first screen,
// every relative link landing on a file, nothing that points outside the repository.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { ROOT } from "./helpers/run-cli.js";

const README = readFileSync(path.join(ROOT, "README.md"), "utf8");
const pages = ["README.md", ...readdirSync(path.join(ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];

describe("README and docs", () => {
  test("the README is under 12 KB and shows install, npm test and the three uses on its first screen", () => {
    expect(Buffer.byteLength(README)).toBeLessThan(12 * 1024);
    const first = README.split("\n").slice(0, 40).join("\n");
    expect(first).toMatch(/npm install && node bin\/winnow\.js fixtures\/seed\/input\.txt/);
    expect(first).toMatch(/^npm test\b/m);
    expect(first).toMatch(/## Install/);
    for (const use of ["Pipe", "Batch", "Pre-commit and CI"]) expect(first).toContain(`**${use}**`);
    expect(existsSync(path.join(ROOT, "fixtures/seed/input.txt"))).toBe(true);
  });

  test.each(pages)("%s: every relative link lands on a file", (page) => {
    // Code is not read for links: rules.md quotes a rule's examples, one of them a Markdown line
    // with a link of its own ("[preview pane](./preview.md)"), in code spans and fences.
    const text = readFileSync(path.join(ROOT, page), "utf8").replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");
    const links = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? "").filter((l) => !/^[a-z]+:/.test(l) && !l.startsWith("#"));
    for (const link of links) expect(existsSync(path.resolve(ROOT, path.dirname(page), link.replace(/#.*$/, ""))), link).toBe(true);
  });

  test.each(pages)("%s: names no issue number and no folder outside the repository", (page) => {
    const text = readFileSync(path.join(ROOT, page), "utf8");
    expect(text).not.toMatch(/\bissues? #\d+/i);
    expect(text).not.toMatch(/\.\.\/shared/);
  });
});
