// A generated Markdown document of about `bytes` bytes, built from the corpus tree's paragraphs (so it
// holds the same repeated paragraphs and boilerplate lines as the rest of the bench): headings,
// paragraphs, list items, block quotes, fenced code and tables, as documentation pages mix them.
// Deterministic: the same tree gives the same file.
import { readFileSync } from "node:fs";

export function markdownDoc(treeFiles, bytes) {
  const out = [];
  let size = 0;
  let n = 0;
  const add = (s) => {
    out.push(s);
    size += Buffer.byteLength(s) + 1;
  };
  for (const f of treeFiles) {
    const paras = readFileSync(f, "utf8").split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    if (paras.length === 0) continue;
    add(`## ${paras[0].split(/\s+/).slice(0, 6).join(" ")}`);
    add("");
    for (const p of paras.slice(1)) {
      n++;
      const shape = n % 17;
      if (shape === 3 || shape === 4 || shape === 5) add(`- ${p}`);
      else if (shape === 7) add(`> ${p}`);
      else if (shape === 9) add(["```js", `const x${n} = ${n};`, `console.log(x${n});`, "```"].join("\n"));
      else if (shape === 11) add(["| name | value |", "| --- | --- |", `| item ${n} | ${p.split(/\s+/).slice(0, 4).join(" ")} |`].join("\n"));
      else if (shape === 13) add(`### Notes ${n % 5}`);
      else add(p);
      if (shape !== 3 && shape !== 4) add("");
      if (size >= bytes) break;
    }
    if (out.length > 0 && out[out.length - 1] !== "") add("");
    if (size >= bytes) break;
  }
  return out.join("\n") + "\n";
}
