// Line table over the original text: where each line starts, where its content ends, where the next begins.
/** Splits on LF, CRLF and lone CR, keeping every line's own ending in the table. */
export function splitLines(text) {
    const start = [];
    const end = [];
    const next = [];
    const n = text.length;
    let s = 0;
    let i = 0;
    if (!text.includes("\r")) {
        // LF only (most text): the engine's indexOf finds line ends faster than a loop.
        for (let e = text.indexOf("\n"); e !== -1; e = text.indexOf("\n", s)) {
            start.push(s);
            end.push(e);
            next.push(e + 1);
            s = e + 1;
        }
        i = n;
    }
    while (i < n) {
        const c = text.charCodeAt(i);
        if (c === 10 || c === 13) {
            start.push(s);
            end.push(i);
            i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
            next.push(i);
            s = i;
        }
        else {
            i++;
        }
    }
    if (s < n) {
        start.push(s);
        end.push(n);
        next.push(n);
    }
    return { start, end, next };
}
export function lineText(text, lines, i) {
    return text.slice(lines.start[i], lines.end[i]);
}
//# sourceMappingURL=lines.js.map