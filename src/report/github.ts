// GitHub Actions workflow commands: one `::warning` annotation per cut, shown on the pull request diff.
import { cutTitle, describeCut } from "./describe-cut.js";
import { sortedByFile, type FileFindings, type ReportContext } from "./reporter-types.js";

export function githubReport(files: readonly FileFindings[], _ctx: ReportContext): string {
  const out: string[] = [];
  for (const f of sortedByFile(files)) {
    for (const cut of f.result.cuts) {
      const props = [
        `file=${escapeProperty(f.file)}`,
        `line=${cut.startLine}`,
        `endLine=${cut.endLine}`,
        `title=${escapeProperty(`winnow: ${cutTitle(cut)}`)}`,
      ].join(",");
      out.push(`::warning ${props}::${escapeData(describeCut(cut))}\n`);
    }
  }
  return out.join("");
}

/** The runner's own escaping (actions/toolkit command.ts): %, CR and LF in messages. */
export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Properties also escape `:` and `,`, which separate them. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
