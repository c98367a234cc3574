// Counts lines over text that arrives in pieces, as countLines would over the whole (a CR and the
// LF after it are one line ending even when they arrive apart).
export class LineCounter {
    n = 0;
    lastCR = false;
    open = false;
    add(s) {
        if (s.length === 0)
            return;
        if (!s.includes("\r")) {
            // LF only (most text): the engine's indexOf finds them faster than a loop over every char.
            for (let i = s.indexOf("\n"); i !== -1; i = s.indexOf("\n", i + 1))
                if (i > 0 || !this.lastCR)
                    this.n++;
            this.lastCR = false;
            this.open = s.charCodeAt(s.length - 1) !== 10;
            return;
        }
        for (let i = 0; i < s.length; i++) {
            const c = s.charCodeAt(i);
            if (c === 13)
                this.n++;
            else if (c === 10 && !this.lastCR)
                this.n++;
            this.lastCR = c === 13;
            this.open = c !== 10 && c !== 13;
        }
    }
    /** Lines so far, a last line without a line ending included. */
    total() {
        return this.n + (this.open ? 1 : 0);
    }
}
//# sourceMappingURL=line-counter.js.map