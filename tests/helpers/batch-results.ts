// A multi-file run without the batch CLI: clean() over a folder's files in sorted order with one shared index.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { clean } from "../../src/core/clean.js";
import { DedupIndex } from "../../src/core/dedup-index.js";
import type { FileResult } from "../../src/report/json.js";

export function cleanFolder(dir: string, shownAs: string): FileResult[] {
  const index = new DedupIndex();
  return readdirSync(dir)
    .sort()
    .map((name) => {
      const file = `${shownAs}/${name}`;
      const input = readFileSync(path.join(dir, name), "utf8");
      return { file, input, result: clean(input, {}, { index, name: file }) };
    });
}
