// Inline markers that switch cutting off: `<!-- winnow-disable -->` … `<!-- winnow-enable -->`
// and `<!-- winnow-disable-next -->` (the next unit). They work in Markdown and in plain text. MDX
// (2 and later) refuses an HTML comment, so there the same words go in a comment expression:
// `{/* winnow-disable-next */}`; either form is read in any file.
import type { Lines } from "./lines.js";
import type { UnitSpan } from "./units.js";

const MARKER = /^\s*(?:<!--\s*winnow-(disable-next|disable|enable)\s*-->|\{\s*\/\*\s*winnow-(disable-next|disable|enable)\s*\*\/\s*\})\s*$/;

/** Units under a marker become "code": never cut, never indexed. Markers inside code blocks are text. */
export function applyMarkers(text: string, lines: Lines, spans: UnitSpan[]): UnitSpan[] {
  if (!text.includes("winnow-")) return spans;
  const n = lines.start.length;
  const inBlock = new Uint8Array(n);
  for (const s of spans) if (s.kind === "code" && s.last > s.first) inBlock.fill(1, s.first, s.last + 1);
  const off = new Uint8Array(n);
  const nextAfter: number[] = [];
  let disabled = false;
  for (let i = 0; i < n; i++) {
    const m = inBlock[i] ? null : MARKER.exec(text.slice(lines.start[i], lines.end[i]));
    if (m) {
      off[i] = 1;
      const what = m[1] ?? m[2];
      if (what === "disable") disabled = true;
      else if (what === "enable") disabled = false;
      else nextAfter.push(i);
    } else if (disabled) {
      off[i] = 1;
    }
  }
  const out = spans.map((s) => (off.subarray(s.first, s.last + 1).includes(1) ? { ...s, kind: "code" as const } : s));
  for (const line of nextAfter) {
    const k = out.findIndex((s) => s.last > line);
    const target = out[k];
    if (target) out[k] = { ...target, kind: "code" };
  }
  return out;
}
