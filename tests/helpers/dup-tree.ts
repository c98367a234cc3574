// A generated tree in the shapes of a crawl, for runs that must come out alike however they are split:
// files share paragraphs (exact copies across files and within one), near copies (a word changed),
// copies that differ in a number (a fact: kept), page chrome and calls to action on many pages, a
// Markdown file now and then, and a locale folder.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const SYLLABLES = ["ka", "lo", "mi", "ter", "van", "os", "pre", "dun", "sil", "wa", "ne", "gor", "tu", "bel", "ri", "sto", "pa", "qui"];
const CHROME = ["Home | About | Contact | Blog", "Subscribe to our newsletter for weekly updates!", "Share this article on Facebook, Twitter and LinkedIn", "© 2024 Example Media. All rights reserved.", "Click here to sign up for a free trial today"];

/** Writes `files` files under `dir` (seeded: the same tree every time); returns their relative paths. */
export function writeDupTree(dir: string, files: number, seed = 11): string[] {
  let s = seed >>> 0;
  const next = (n: number): number => ((s = (Math.imul(s, 1_103_515_245) + 12_345) >>> 0), (s >>> 8) % n);
  const word = (): string => Array.from({ length: 1 + next(3) }, () => SYLLABLES[next(SYLLABLES.length)]).join("");
  const sentence = (): string => {
    const w = Array.from({ length: 8 + next(12) }, word);
    const first = w[0] ?? "x";
    w[0] = first.charAt(0).toUpperCase() + first.slice(1);
    if (next(4) === 0) w.splice(2, 0, String(10 + next(990)));
    return `${w.join(" ")}.`;
  };
  const paragraph = (): string => Array.from({ length: 2 + next(4) }, sentence).join(" ");
  const shared = Array.from({ length: Math.max(20, Math.floor(files / 3)) }, paragraph);
  const names: string[] = [];
  for (let f = 0; f < files; f++) {
    const md = f % 7 === 3;
    const folder = f % 11 === 5 ? path.join("de", `s${f % 3}`) : `s${f % 5}`;
    const name = path.join(folder, `page-${String(f).padStart(4, "0")}.${md ? "md" : "txt"}`);
    const parts: string[] = [];
    if (next(3) > 0) parts.push(CHROME[0] ?? "");
    if (md) parts.push(`# ${sentence().slice(0, 40)}`);
    const n = 3 + next(6);
    for (let p = 0; p < n; p++) {
      const r = next(10);
      if (r < 4) parts.push(paragraph());
      else if (r < 7) parts.push(shared[next(shared.length)] ?? "");
      else if (r < 8) {
        // A near copy: one word of a shared paragraph changed.
        const words = (shared[next(shared.length)] ?? "").split(" ");
        words[Math.min(words.length - 1, 3 + next(5))] = word();
        parts.push(words.join(" "));
      } else if (r < 9) {
        // The same paragraph with another number: a different fact.
        parts.push((shared[next(shared.length)] ?? "").replace(/\d+/, String(1000 + next(9000))));
      } else if (parts.length > 1) parts.push(parts[1 + next(parts.length - 1)] ?? "");
      if (next(6) === 0) parts.push(CHROME[1 + next(CHROME.length - 1)] ?? "");
    }
    if (next(2) === 0) parts.push(CHROME[3] ?? "");
    mkdirSync(path.join(dir, folder), { recursive: true });
    writeFileSync(path.join(dir, name), `${parts.join("\n\n")}\n`);
    names.push(name);
  }
  return names;
}
