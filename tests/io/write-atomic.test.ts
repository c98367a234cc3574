import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { writeFileAtomic, WriteRefused, type ReadStamp } from "../../src/io/write-atomic.js";
import { tempTree } from "../helpers/temp-tree.js";

function stampOf(file: string): ReadStamp {
  const s = statSync(file);
  return { size: s.size, mtimeMs: s.mtimeMs, mode: s.mode, uid: s.uid, gid: s.gid };
}

describe("writeFileAtomic", () => {
  test("replaces the file, keeps its mode, leaves no temporary file", async () => {
    const dir = tempTree({ "a.txt": "old\n" });
    const file = path.join(dir, "a.txt");
    chmodSync(file, 0o600);
    await writeFileAtomic(file, new TextEncoder().encode("new\n"), stampOf(file));
    expect(readFileSync(file, "utf8")).toBe("new\n");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(["a.txt"]);
  });

  test("refuses a file that changed since it was read, and leaves it as it is now", async () => {
    const dir = tempTree({ "a.txt": "old\n" });
    const file = path.join(dir, "a.txt");
    const stamp = stampOf(file);
    writeFileSync(file, "edited meanwhile\n");
    await expect(writeFileAtomic(file, new TextEncoder().encode("new\n"), stamp)).rejects.toThrow(WriteRefused);
    await expect(writeFileAtomic(file, new TextEncoder().encode("new\n"), stamp)).rejects.toThrow(/changed while it was being cleaned/);
    expect(readFileSync(file, "utf8")).toBe("edited meanwhile\n");
    expect(readdirSync(dir)).toEqual(["a.txt"]);
  });
});
