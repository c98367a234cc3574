// Cleans one file in-process and prints what the dedup index holds: entries and bytes (JSON).
import { readFileSync } from "node:fs";
import { clean, DedupIndex } from "../dist/index.js";

const [file, mode] = process.argv.slice(2);
const index = new DedupIndex();
clean(readFileSync(file, "utf8"), mode === "exact" ? { exact: true } : {}, { index, name: file });
const entries = index.exact.size + index.shingles.size;
process.stdout.write(
  JSON.stringify({ exact: index.exact.size, shingles: index.shingles.size, tableBytes: index.tableBytes, bytesPerEntry: index.tableBytes / entries }) + "\n",
);
