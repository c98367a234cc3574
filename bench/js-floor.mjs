#!/usr/bin/env node
// The least a JavaScript program does for awk '!seen[$0]++': read the files, split lines, keep the
// first copy of each, write. A bench row beside cat and awk: what node itself costs on this machine
// (start-up, decoding, strings), the floor under anything winnow does in JavaScript.
import { readFileSync, writeSync } from "node:fs";

const seen = new Set();
const out = [];
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, "utf8");
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end);
    if (!seen.has(line)) {
      seen.add(line);
      out.push(line);
    }
    start = end + 1;
  }
}
// Written in one piece, as awk would print it: each kept line ended by a newline.
const bytes = out.length > 0 ? Buffer.from(out.join("\n") + "\n") : Buffer.alloc(0);
for (let at = 0; at < bytes.length; ) at += writeSync(1, bytes, at);
