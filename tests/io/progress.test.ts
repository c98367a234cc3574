import { describe, expect, test } from "vitest";
import { createProgress, progressWanted } from "../../src/io/progress.js";

class Tty {
  isTTY = true;
  columns = 120;
  text = "";
  write(c: string | Uint8Array): boolean {
    this.text += typeof c === "string" ? c : new TextDecoder().decode(c);
    return true;
  }
  cursorTo(): boolean {
    return true;
  }
  clearLine(): boolean {
    return true;
  }
  moveCursor(): boolean {
    return true;
  }
}

describe("progress", () => {
  test.each([
    [true, {}, true, true],
    [true, { CI: "true" }, true, false],
    [false, {}, true, false],
    [true, {}, false, false],
  ])("tty %s, env %j, flag %s: shown %s", (tty, env, flag, want) => {
    expect(progressWanted({ isTTY: tty, write: () => true }, env, flag)).toBe(want);
  });

  test("draws files, MB, MB/s and time left, and keeps logged lines", () => {
    const s = new Tty();
    const p = createProgress(s);
    p.phase("cleaning", 2, 3 * 1024 * 1024);
    p.advance(1024 * 1024);
    p.log("winnow: b.txt: skipped: binary file");
    p.advance(2 * 1024 * 1024);
    p.stop();
    expect(s.text).toMatch(/winnow cleaning .* 1\/2 files \| 1\.0\/3\.0 MB \| [\d.]+ MB\/s \| \S+ left/);
    expect(s.text).toContain("winnow: b.txt: skipped: binary file\n");
  });
});
