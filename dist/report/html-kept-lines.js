// Which input lines show in the clean text, so the page can hide the others with CSS alone.
import { splitLines } from "../core/lines.js";
/**
 * Matches the clean text's lines, in order, against the input lines that no cut removed (with a cut
 * prefix taken off). The clean text is such a subsequence, so the earliest match always succeeds; a
 * blank line may pair with another blank line than the one render kept, which looks the same.
 * Returns null when the clean text is not such a subsequence (the page then shows it separately).
 */
export function keptLines(input, lines, cuts, output) {
    const n = lines.start.length;
    const cutLine = new Array(n).fill(false);
    const prefixLen = new Array(n).fill(0);
    for (const c of cuts) {
        if (c.prefix)
            prefixLen[c.startLine - 1] = c.text.length;
        else
            for (let l = c.startLine; l <= c.endLine; l++)
                cutLine[l - 1] = true;
    }
    const out = splitLines(output);
    const outText = (j) => stripBom(output.slice(out.start[j], out.end[j]));
    const kept = new Array(n).fill(false);
    let j = 0;
    for (let i = 0; i < n && j < out.start.length; i++) {
        if (cutLine[i])
            continue;
        const line = stripBom(input.slice(lines.start[i], lines.end[i]));
        if (line.slice(prefixLen[i] ?? 0) === outText(j)) {
            kept[i] = true;
            j++;
        }
    }
    return j === out.start.length ? kept : null;
}
export function stripBom(s) {
    return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}
//# sourceMappingURL=html-kept-lines.js.map