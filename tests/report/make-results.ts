// Regenerates fixtures/reporters/results.json from guide.md and notes.txt with the current engine
// (UPDATE_RESULTS=1 npx vitest run tests/report/golden.test.ts); review the diff before committing.
import { readFileSync, writeFileSync } from "node:fs";
import { clean } from "../../src/core/clean.js";
import { DedupIndex } from "../../src/core/dedup-index.js";
import { loadFormat } from "../../src/core/unit-splitters.js";

export async function makeResults(dir: URL): Promise<void> {
  await loadFormat("markdown");
  const index = new DedupIndex();
  const out = ["guide.md", "notes.txt"].map((file) => {
    const input = readFileSync(new URL(file, dir), "utf8");
    const result = clean(input, { format: file.endsWith(".md") ? "markdown" : "text" }, { index, name: `docs/${file}` });
    return { file: `docs/${file}`, input, result };
  });
  writeFileSync(new URL("results.json", dir), JSON.stringify(out, null, 2) + "\n");
}
