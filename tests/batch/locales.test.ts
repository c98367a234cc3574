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
