// A tree of text files that no rule cuts and no two files share: winnow writes every file as it
// came, so an output file can be checked against its input.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const SYLLABLES = ["ka", "lo", "mi", "ter", "van", "os", "pre", "dun", "sil", "wa", "ne", "gor", "tu", "bel", "ri"];

/** Writes `files` files of `paragraphs` paragraphs each as DIR/d0..d3/fNNN.txt; returns their paths relative to `dir`. */
export function writeUniqueTree(dir: string, files: number, paragraphs: number): string[] {
  let seed = 7;
  const next = (n: number): number => ((seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0), seed % n);
  const word = (): string => Array.from({ length: 2 + next(3) }, () => SYLLABLES[next(SYLLABLES.length)]).join("");
  const paragraph = (): string => Array.from({ length: 30 }, word).join(" ") + ".";
  const names: string[] = [];
  for (let f = 0; f < files; f++) {
    const name = path.join(`d${f % 4}`, `f${String(f).padStart(3, "0")}.txt`);
    mkdirSync(path.join(dir, path.dirname(name)), { recursive: true });
    writeFileSync(path.join(dir, name), Array.from({ length: paragraphs }, paragraph).join("\n\n") + "\n");
    names.push(name);
  }
  return names;
}
