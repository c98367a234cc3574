// The default human reporter: `file:line:col  kind  reason`, grouped by file, and a summary line.
import type { Cut } from "../core/types.js";
import { describeCut } from "./describe-cut.js";
import { sortedByFile, type FileFindings, type ReportContext } from "./reporter-types.js";

export function stylishReport(files: readonly FileFindings[], ctx: ReportContext): string {
  const c = ctx.chalk;
  const groups: string[] = [];
  let total = 0;
  let changed = 0;
  const byKind = { duplicate: 0, "near-duplicate": 0, boilerplate: 0 };
  for (const f of sortedByFile(files)) {
    const cuts = f.result.cuts;
    if (cuts.length === 0) continue;
    changed++;
    total += cuts.length;
    const locs = cuts.map((cut) => `${f.file}:${cut.startLine}:1`);
    const width = Math.max(...locs.map((l) => l.length));
    const rows = cuts.map((cut, i) => {
      byKind[cut.kind]++;
      return `${c.dim((locs[i] ?? "").padEnd(width))}  ${kindLabel(cut, c)}  ${describeCut(cut)}`;
    });
    groups.push(`${c.underline(f.file)}\n${rows.join("\n")}\n`);
  }
  const checked = `${files.length} ${plural(files.length, "file")}`;
  if (total === 0) return `${c.green("✔")} nothing to cut in ${checked}\n`;
  const kinds = `${byKind.duplicate} duplicate, ${byKind["near-duplicate"]} near-duplicate, ${byKind.boilerplate} boilerplate`;
  const verb = ctx.written ? "cut" : "would cut";
  const summary = `${c.yellow("✖")} ${verb} ${total} ${plural(total, "unit")} in ${changed} of ${checked} (${kinds})`;
  const fix = !ctx.written && ctx.fixCommand !== undefined ? `  run \`${ctx.fixCommand}\` to cut them, or put ${keepMarker(files)} above a paragraph to keep it\n` : "";
  return `${groups.join("\n")}\n${summary}\n${fix}`;
}

/** The marker that keeps the next paragraph, in the form the files with findings take: MDX refuses an HTML comment. */
function keepMarker(files: readonly FileFindings[]): string {
  const found = files.filter((f) => f.result.cuts.length > 0);
  const mdx = found.filter((f) => /\.mdx$/i.test(f.file)).length;
  if (mdx === 0) return "<!-- winnow-disable-next -->";
  return mdx === found.length ? "{/* winnow-disable-next */}" : "<!-- winnow-disable-next --> ({/* winnow-disable-next */} in MDX)";
}

function kindLabel(cut: Cut, c: ReportContext["chalk"]): string {
  const label = cut.kind.padEnd(14);
  return cut.kind === "boilerplate" ? c.magenta(label) : c.yellow(label);
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
