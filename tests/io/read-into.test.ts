import { closeSync, openSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { readInto } from "../../src/io/read-into.js";
import { tempTree } from "../helpers/temp-tree.js";

test("reads the bytes asked for from a position or where the descriptor stands, fewer only at the end of the file", () => {
  const dir = tempTree({});
  const file = path.join(dir, "f.bin");
  writeFileSync(file, Buffer.from("0123456789"));
  const fd = openSync(file, "r");
  try {
    const buf = new Uint8Array(16);
    expect(readInto(fd, buf, 4, 3)).toBe(4);
    expect(Buffer.from(buf.subarray(0, 4)).toString()).toBe("3456");
    expect(readInto(fd, buf, 16, 7)).toBe(3);
    expect(Buffer.from(buf.subarray(0, 3)).toString()).toBe("789");
    // Without a position: from where the descriptor stands, which moves on.
    expect(readInto(fd, buf, 6)).toBe(6);
    expect(readInto(fd, buf)).toBe(4);
    expect(Buffer.from(buf.subarray(0, 4)).toString()).toBe("6789");
    expect(readInto(fd, buf)).toBe(0);
  } finally {
    closeSync(fd);
  }
});
