// Line shapes the unit splitter asks about on every line: a table row, a line of code. Each regex
// has a cheap test in front that is true whenever the regex could match, so most prose never
// reaches the regex (these were 9 % of a full cleaning).
import { isWhiteSpace } from "./white-space.js";
// Pipes or tabs between cells, or space-aligned columns ending in a figure (a price list).
export const TABLE_ROW = /\|.*\||\S\t+\S|\S {3,}[-+$€£(]?\p{N}[\p{N}.,%)]*$/u;
// Lines of code, JSON or protocol examples: braces, statement ends, "key": value, headers.
export const CODE_LINE = /^\s*[{}[\]()]+[,;]?\s*$|[{;]\s*$|^\s*"[^"]+"\s*:|^[A-Z][A-Za-z]*(?:-[A-Za-z]+)*:\s+\S+$|^(?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS) \S+ HTTP\/\d|^HTTP\/\d(?:\.\d)? \d{3}\b|^\s*(?:\/\/|#include|import |export |const |let |var |function |def |class |return\b)/;
const SPACE = 32;
export function isTableRow(line) {
    return mayBeTableRow(line) && TABLE_ROW.test(line.trim());
}
export function isCodeLine(line) {
    return mayBeCodeLine(line) && CODE_LINE.test(line);
}
/**
 * True whenever TABLE_ROW can match `line.trim()`: two pipes, a tab, or the last space of the line
 * (trailing white space aside) ending a run of three: nothing but a figure may follow that run.
 */
export function mayBeTableRow(line) {
    const p = line.indexOf("|");
    if (p >= 0 && line.indexOf("|", p + 1) >= 0)
        return true;
    if (line.indexOf("\t") >= 0)
        return true;
    const t = line.trimEnd();
    const k = t.lastIndexOf(" ");
    return k >= 2 && t.charCodeAt(k - 1) === SPACE && t.charCodeAt(k - 2) === SPACE;
}
/**
 * True whenever CODE_LINE can match: every alternative but one is anchored at the start or the end,
 * so the first and last characters that are not white space decide, and the last (`Name: value`,
 * `GET /path HTTP/1.1`) needs a capital first character followed by letters, hyphens and then a
 * colon, a slash or a space after an upper-case word.
 */
export function mayBeCodeLine(line) {
    const n = line.length;
    let a = 0;
    while (a < n && isWhiteSpace(line.charCodeAt(a)))
        a++;
    if (a === n)
        return false;
    let b = n - 1;
    while (isWhiteSpace(line.charCodeAt(b)))
        b--;
    const last = line.charCodeAt(b);
    if (last === 0x7b /* { */ || last === 0x3b /* ; */)
        return true;
    const first = line.charCodeAt(a);
    // { } [ ] ( ) / #
    if (first === 0x7b || first === 0x7d || first === 0x5b || first === 0x5d || first === 0x28 || first === 0x29 || first === 0x2f || first === 0x23)
        return true;
    // "key": a closing quote with a colon after it (dialogue opens with a quote too, and has none).
    if (first === 0x22)
        return quotedKey(line, a);
    // import export const let var function def class return
    if (first === 0x69 || first === 0x65 || first === 0x63 || first === 0x6c || first === 0x76 || first === 0x66 || first === 0x64 || first === 0x72)
        return true;
    if (a !== 0 || first < 0x41 || first > 0x5a)
        return false;
    // A capital at the very start: a header name, a method (three capitals or more) or HTTP.
    let j = 1;
    let upper = true;
    for (; j < n; j++) {
        const c = line.charCodeAt(j);
        if ((c >= 0x61 && c <= 0x7a) || c === 0x2d)
            upper = false;
        else if (!(c >= 0x41 && c <= 0x5a))
            break;
    }
    const stop = j < n ? line.charCodeAt(j) : -1;
    return stop === 0x3a /* : */ || stop === 0x2f /* / */ || (stop === SPACE && upper && j >= 3);
}
/** Whether the quote at `open` closes (not at once) with a colon after it, white space between. */
function quotedKey(line, open) {
    const close = line.indexOf('"', open + 1);
    if (close <= open + 1)
        return false;
    let k = close + 1;
    while (k < line.length && isWhiteSpace(line.charCodeAt(k)))
        k++;
    return line.charCodeAt(k) === 0x3a;
}
/** `s.trim().length`, without making the string. */
export function trimmedLength(s) {
    let b = s.length;
    while (b > 0 && isWhiteSpace(s.charCodeAt(b - 1)))
        b--;
    let a = 0;
    while (a < b && isWhiteSpace(s.charCodeAt(a)))
        a++;
    return b - a;
}
/** `s.trimEnd().length`, without making the string. */
export function trimmedEndLength(s) {
    let b = s.length;
    while (b > 0 && isWhiteSpace(s.charCodeAt(b - 1)))
        b--;
    return b;
}
//# sourceMappingURL=line-shapes.js.map