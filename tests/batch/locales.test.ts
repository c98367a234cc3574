// A tree laid out by locale: files of different locales are never compared, with any --jobs.
import { describe, expect, test } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { tempTree } from "../helpers/temp-tree.js";

const UNTRANSLATED = "This paragraph has not been translated yet, so the page shows the English text until a translator takes it up.";
const COPIED = "Run the build once before you start the server, or the first request waits for every page to compile.";

// The copy stands two folders below the page it is pasted into: pages of neighbouring sections may
// repeat a paragraph on purpose (core/authored-copies.ts), pages further apart do not.
const tree = {
  "docs/en/guide.md": `# Guide\n\n${UNTRANSLATED}\n`,
  "docs/en/intro.md": `# Intro\n\n${COPIED}\n`,
  "docs/en/deploy/cloud/how.md": `# Deploy\n\n## Build\n\n### Once\n\n${COPIED}\n`,
  "docs/ja/guide.md": `# ガイド\n\n${UNTRANSLATED}\n`,
  "docs/ja/intro.md": `# はじめに\n\n${COPIED}\n`,
  "docs/ja/deploy/cloud/how.md": `# デプロイ\n\n## ビルド\n\n### 一度\n\n${COPIED}\n`,
};

async function cuts(flags: string[]): Promise<string[]> {
  const cwd = tempTree(tree);
  // Learned lines off: in a tree this small a paragraph in half the files would be learned as furniture.
  // Markdown read as scraped pages: in authored Markdown (the default) no copy across files is cut.
  const r = await runCli(["docs", "--check", "--reporter", "json", "--disable", "learned", "--markdown-text", "scraped", ...flags], { cwd });
  const report = JSON.parse(r.stdout || r.stderr) as { files: { file: string; cuts: { kind: string; source?: { file?: string } }[] }[] };
  return report.files.flatMap((f) => f.cuts.map((c) => `${f.file} <- ${c.source?.file ?? "?"}`));
}

describe("locales", () => {
  test.each([["1"], ["2"]])("with --jobs %s only copies within one locale are cut", async (jobs) => {
    expect(await cuts(["--jobs", jobs])).toEqual(["docs/en/intro.md <- docs/en/deploy/cloud/how.md", "docs/ja/intro.md <- docs/ja/deploy/cloud/how.md"]);
  });

  test("--locales off compares every file with every other", async () => {
    const all = await cuts(["--locales", "off", "--jobs", "1"]);
    expect(all).toEqual(["docs/en/intro.md <- docs/en/deploy/cloud/how.md", "docs/ja/intro.md <- docs/en/deploy/cloud/how.md"]);
  });
});

// A locale's salt is a 32-bit hash of its folder path (site/docs/ko): for half of all names it is
// 2^31 or more. The threads' engine spills a shingle's first sighting with the salt in an Int32Array,
// and read it back signed: those first sightings were dropped, so a near copy was judged against a
// later copy (or none) depending on what the folder above the locales was called.
describe("the name of the folder above the locale folders changes nothing", () => {
  const FIRST = "The harbour office opens at seven each morning and closes at dusk, except on the feast days of the town.";
  const NEAR = "The harbour office opens at seven each morning and closes at dusk, except on the feast days of the old town.";
  async function nearCuts(site: string, jobs: string): Promise<string[]> {
    const files = {
      [`${site}/docs/en/x.txt`]: "Nothing here is said twice: a page of its own words only.\n",
      [`${site}/docs/ko/a.txt`]: `${FIRST}\n`,
      [`${site}/docs/ko/b.txt`]: `${FIRST}\n`,
      [`${site}/docs/ko/c.txt`]: `${NEAR}\n`,
    };
    const r = await runCli([site, "--check", "--reporter", "json", "--disable", "learned", "--jobs", jobs], { cwd: tempTree(files) });
    const report = JSON.parse(r.stdout) as { files: { file: string; cuts: { kind: string; source?: { file?: string } }[] }[] };
    return report.files.flatMap((f) => f.cuts.map((c) => `${f.file.slice(site.length)} ${c.kind} <- ${(c.source?.file ?? "").slice(site.length)}`));
  }

  // "site-a/docs/ko" hashes below 2^31, "site-b/docs/ko" and "south/docs/ko" above it.
  test.each([["site-a"], ["site-b"], ["south"]])("%s: the near copy names the first file that holds its words", async (site) => {
    const want = ["/docs/ko/b.txt duplicate <- /docs/ko/a.txt", "/docs/ko/c.txt near-duplicate <- /docs/ko/a.txt"];
    expect(await nearCuts(site, "1")).toEqual(want);
    expect(await nearCuts(site, "2")).toEqual(want);
  });
});
