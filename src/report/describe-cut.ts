// One sentence per cut, shared by the reporters so a finding reads the same everywhere.
import type { Cut, SourceRef } from "../core/types.js";

export function describeCut(cut: Cut): string {
  switch (cut.kind) {
    case "duplicate":
      return cut.rule === "repeated-block"
        ? `repeated together with the text around ${where(cut.source)}`
        : `repeats ${where(cut.source)}`;
    case "near-duplicate":
      return `${Math.round((cut.similarity ?? 0) * 100)}% the same as ${where(cut.source)}`;
    case "boilerplate": {
      const what = cut.prefix ? "prefix" : "line";
      return cut.match !== undefined ? `${what} matches rule ${cut.rule}: ${quote(cut.match)}` : `${what} matches rule ${cut.rule}`;
    }
  }
}

/** A short title: the kind, and the rule for boilerplate. */
export function cutTitle(cut: Cut): string {
  return cut.kind === "boilerplate" ? `boilerplate (${cut.rule})` : cut.kind;
}

/** `lines 3-5`, or `docs/a.md:3-5` when the kept copy stands in another file. */
export function where(source: SourceRef | undefined): string {
  if (!source) return "an earlier unit";
  const range = source.startLine === source.endLine ? `${source.startLine}` : `${source.startLine}-${source.endLine}`;
  if (source.file !== undefined) return `${source.file}:${range}`;
  return source.startLine === source.endLine ? `line ${range}` : `lines ${range}`;
}

function quote(s: string): string {
  const one = s.replace(/\s+/g, " ").trim();
  return `"${one.length > 60 ? one.slice(0, 57) + "..." : one}"`;
}
