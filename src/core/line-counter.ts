// Counts lines over text that arrives in pieces, as countLines would over the whole (a CR and the
// LF after it are one line ending even when they arrive apart).

export class LineCounter {
  private n = 0;
  private lastCR = false;
  private open = false;

  add(s: string): void {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
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
