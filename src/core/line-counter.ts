// Counts lines over text that arrives in pieces, as countLines would over the whole (a CR and the
// LF after it are one line ending even when they arrive apart).

export class LineCounter {
  private n = 0;
  private lastCR = false;
  private open = false;

  add(s: string): void {
    if (s.length === 0) return;
    if (!s.includes("\r")) {
      // LF only (most text): the engine's indexOf finds them faster than a loop over every char.
      for (let i = s.indexOf("\n"); i !== -1; i = s.indexOf("\n", i + 1)) if (i > 0 || !this.lastCR) this.n++;
      this.lastCR = false;
      this.open = s.charCodeAt(s.length - 1) !== 10;
      return;
    }
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 13) this.n++;
      else if (c === 10 && !this.lastCR) this.n++;
      this.lastCR = c === 13;
      this.open = c !== 10 && c !== 13;
    }
  }

  /** add() for the UTF-8 of a text (line ends are the same bytes in it). */
  addBytes(b: Uint8Array): void {
    if (b.length === 0) return;
    if (b.indexOf(13) === -1) {
      for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) if (i > 0 || !this.lastCR) this.n++;
      this.lastCR = false;
      this.open = b[b.length - 1] !== 10;
      return;
    }
    for (let i = 0; i < b.length; i++) {
      const c = b[i] ?? 0;
      if (c === 13) this.n++;
      else if (c === 10 && !this.lastCR) this.n++;
      this.lastCR = c === 13;
      this.open = c !== 10 && c !== 13;
    }
  }

  /** Lines so far, a last line without a line ending included. */
  total(): number {
    return this.n + (this.open ? 1 : 0);
  }
}
