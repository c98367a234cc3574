// The laws every clean result must obey, checked against its input. Throws with what broke.
import type { CleanResult } from "../../src/core/types.js";

interface Line {
  /** Content without the line ending (and without a BOM on line 0). */
  body: string;
  /** Content with its line ending, as it stands in the text (BOM excepted). */
  full: string;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let s = i;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      const body = text.slice(s, i);
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      out.push({ body, full: text.slice(s, i) });
      s = i;
    } else i++;
  }
  if (s < text.length) out.push({ body: text.slice(s), full: text.slice(s) });
  return out;
}

const isBlank = (s: string): boolean => s.trim() === "";

/**
 * Conservation and accounting: the output is the input's lines in order, each either kept whole,
 * kept less a reported prefix, removed by exactly one reported cut, or (blank lines only) dropped;
 * nothing else is written. Every cut names the text it removed.
 */
export function checkLaws(input: string, r: CleanResult): void {
  const lines = linesOf(input);
  const full = new Map<number, number>(); // line -> cut number
  const prefix = new Map<number, string>();
  r.cuts.forEach((c, n) => {
    if (c.startLine < 1 || c.endLine > lines.length || c.startLine > c.endLine) throw new Error(`cut ${n} outside the text: ${c.startLine}-${c.endLine}`);
    if (c.prefix) {
      if (c.startLine !== c.endLine) throw new Error(`prefix cut ${n} spans lines`);
      if (prefix.has(c.startLine - 1)) throw new Error(`line ${c.startLine} has two prefix cuts`);
      const body = lines[c.startLine - 1]?.body ?? "";
      if (!body.startsWith(c.text) || c.text.length === 0) throw new Error(`prefix cut ${n} text is not the start of line ${c.startLine}`);
      prefix.set(c.startLine - 1, c.text);
      return;
    }
    for (let l = c.startLine - 1; l < c.endLine; l++) {
      if (full.has(l)) throw new Error(`line ${l + 1} removed by two cuts`);
      full.set(l, n);
    }
    const removed = lines.slice(c.startLine - 1, c.endLine).map((l) => l.full).join("");
    if (!removed.startsWith(c.text) || !isBlank(removed.slice(c.text.length))) throw new Error(`cut ${n} text differs from lines ${c.startLine}-${c.endLine}`);
  });
  for (const l of prefix.keys()) if (full.has(l)) throw new Error(`line ${l + 1} both prefix-cut and removed`);

  const hasBom = input.charCodeAt(0) === 0xfeff;
  let out = r.text;
  // The BOM stands before any output (a U+FEFF inside the text is part of its line).
  if (hasBom && out.length > 0) {
    if (out.charCodeAt(0) !== 0xfeff) throw new Error("BOM lost");
    out = out.slice(1);
  }
  // Kept lines may join ("A\r" then "\n" reads as one CRLF), so match bytes, not lines: the set of
  // output offsets reachable after each input line, blank lines being optional.
  let reach = new Set<number>([0]);
  lines.forEach((line, l) => {
    if (full.has(l)) return;
    const cut = prefix.get(l)?.length ?? 0;
    // A header that took the whole line takes its line ending with it.
    const want = cut > 0 && cut >= line.body.length ? "" : line.full.slice(cut);
    const optional = cut === 0 && isBlank(line.body);
    const next = new Set<number>();
    for (const p of reach) {
      if (optional) next.add(p);
      if (out.startsWith(want, p)) next.add(p + want.length);
    }
    if (next.size === 0) {
      const p = Math.max(...reach);
      throw new Error(`line ${l + 1} ${JSON.stringify(line.full.slice(0, 60))} neither kept nor reported (output at ${p}: ${JSON.stringify(out.slice(p, p + 60))})`);
    }
    reach = next;
  });
  if (!reach.has(out.length)) {
    const p = Math.max(...reach);
    throw new Error(`output has text the input lacks at ${p}: ${JSON.stringify(out.slice(p, p + 60))}`);
  }
  const counts = { duplicate: 0, "near-duplicate": 0, boilerplate: 0 };
  for (const c of r.cuts) counts[c.kind]++;
  for (const k of Object.keys(counts) as (keyof typeof counts)[]) {
    if (counts[k] !== r.stats.cuts[k]) throw new Error(`stats count ${r.stats.cuts[k]} ${k} cuts, report has ${counts[k]}`);
  }
}
