// The persistent index: entries come back as they went in; another stamp (normalization version,
// winnow version, format) or a damaged file reads as empty, so the index is made again; a save is
// atomic, so two runs at once leave one whole index and a crash leaves the old one.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, expect, test } from "vitest";
import type { CommittedText } from "../../src/core/committed-text.js";
import { ReferenceStore } from "../../src/io/reference-store.js";
import { ROOT } from "../helpers/run-cli.js";

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const fresh = (): string => (dir = mkdtempSync(path.join(tmpdir(), "winnow-store-")));

function entry(seed: number, units: number): CommittedText {
  const u32 = (n: number, k: number) => Uint32Array.from({ length: n }, (_, i) => (seed * 7919 + i * 104729 + k) >>> 0);
  return {
    indexed: {
      fpHi: u32(units, 1),
      fpLo: u32(units, 2),
      first: Int32Array.from({ length: units }, (_, i) => 2 * i),
      last: Int32Array.from({ length: units }, (_, i) => 2 * i + 1),
      raw: u32(units, 7),
      recText: Array.from({ length: units }, (_, i) => (i % 2 === 0 ? `Version ${seed}.${i} of the text, café ✓` : undefined)),
      recUnit: Int32Array.from({ length: units }, (_, i) => i),
      recHi: u32(units, 3),
      recLo: u32(units, 4),
      recShingles: Array.from({ length: units }, (_, i) => u32(i % 4, 5 + i)),
    },
    templates: u32(seed % 5, 6),
  };
}
const plain = (t: CommittedText | undefined) => t && JSON.parse(JSON.stringify({ ...t.indexed, recText: t.indexed.recText.map((x) => x ?? null), recShingles: t.indexed.recShingles.map((s) => Array.from(s)), templates: t.templates }, (_k, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as Uint32Array) : v)));

test("entries come back as they went in; a few new ones go to delta.bin, many rewrite index.bin without those not asked for", () => {
  const d = fresh();
  const a = ReferenceStore.open(d, "s1");
  expect(a.size).toBe(0);
  for (let i = 0; i < 5; i++) a.set(`blob${i}:o`, entry(i, i + 1));
  a.save();
  expect(readdirSync(d).sort()).toEqual(["index.bin"]);
  const b = ReferenceStore.open(d, "s1");
  expect(b.size).toBe(5);
  for (let i = 0; i < 5; i++) expect(plain(b.get(`blob${i}:o`))).toEqual(plain(entry(i, i + 1)));
  b.save(); // nothing new: nothing written
  b.close();
  expect(ReferenceStore.open(d, "s1").size).toBe(5);
  // One new entry: delta.bin, and index.bin as it was (its unused entries stay until it is rewritten).
  const before = readFileSync(path.join(d, "index.bin"));
  const c = ReferenceStore.open(d, "s1");
  c.get("blob1:o");
  c.set("new0:o", entry(9, 2));
  c.save();
  c.close();
  expect(readFileSync(path.join(d, "index.bin")).equals(before)).toBe(true);
  expect(readdirSync(d).sort()).toEqual(["delta.bin", "index.bin"]);
  const e = ReferenceStore.open(d, "s1");
  expect(e.size).toBe(6);
  expect(plain(e.get("new0:o"))).toEqual(plain(entry(9, 2)));
  // More new entries than delta.bin takes: one new index.bin of what this run asked for, no delta.bin.
  e.keep("blob2:o");
  for (let i = 1; i <= 300; i++) e.set(`new${i}:o`, entry(i % 7, 1));
  e.save();
  e.close();
  expect(readdirSync(d).sort()).toEqual(["index.bin"]);
  const f = ReferenceStore.open(d, "s1");
  expect(f.size).toBe(302); // blob1 was asked for by c, not by e: dropped with the other unused ones
  expect(f.get("blob1:o")).toBeUndefined();
  expect(plain(f.get("blob2:o"))).toEqual(plain(entry(2, 3)));
  expect(plain(f.get("new0:o"))).toEqual(plain(entry(9, 2)));
  f.close();
});

test("another stamp (a new normalization version) or a damaged file reads as an empty index", () => {
  const d = fresh();
  const a = ReferenceStore.open(d, JSON.stringify({ normalization: 1 }));
  a.set("x:o", entry(1, 3));
  a.save();
  expect(ReferenceStore.open(d, JSON.stringify({ normalization: 2 })).size).toBe(0);
  expect(ReferenceStore.open(d, JSON.stringify({ normalization: 1 })).size).toBe(1);
  const file = path.join(d, "index.bin");
  truncateSync(file, readFileSync(file).length - 8);
  expect(ReferenceStore.open(d, JSON.stringify({ normalization: 1 })).size).toBe(0);
  writeFileSync(file, "not an index");
  expect(ReferenceStore.open(d, JSON.stringify({ normalization: 1 })).size).toBe(0);
});

test("a crash before the rename leaves the old index whole; no temporary file is left by a save", () => {
  const d = fresh();
  const a = ReferenceStore.open(d, "s");
  a.set("old:o", entry(1, 2));
  a.save();
  // What a process killed mid-write leaves: a partial temporary file beside the index.
  writeFileSync(path.join(d, ".index.bin.winnow-999-0000.tmp"), "winnow-index\npartial");
  expect(plain(ReferenceStore.open(d, "s").get("old:o"))).toEqual(plain(entry(1, 2)));
  const b = ReferenceStore.open(d, "s");
  b.set("new:o", entry(2, 2));
  b.save();
  expect(readdirSync(d).filter((f) => f.endsWith(".tmp") && !f.includes("-999-"))).toEqual([]);
});

test("two processes saving at once leave one whole index", async () => {
  const d = fresh();
  const script = (n: number) => `
    import { ReferenceStore } from ${JSON.stringify(path.join(ROOT, "dist/io/reference-store.js"))};
    for (let round = 0; round < 20; round++) {
      const s = ReferenceStore.open(${JSON.stringify(d)}, "s");
      for (let i = 0; i < 200; i++) s.set("p${n}-" + round + "-" + i + ":o", { indexed: { fpHi: new Uint32Array(50).fill(${n}), fpLo: new Uint32Array(50), first: new Int32Array(50), last: new Int32Array(50), raw: new Uint32Array(50), recText: [], recUnit: new Int32Array(0), recHi: new Uint32Array(0), recLo: new Uint32Array(0), recShingles: [] }, templates: new Uint32Array(0) });
      s.save();
    }`;
  const run = (n: number) =>
    new Promise<number>((resolve) => spawn(process.execPath, ["--input-type=module", "-e", script(n)], { stdio: "inherit" }).on("close", (c) => resolve(c ?? -1)));
  expect(await Promise.all([run(1), run(2)])).toEqual([0, 0]);
  // Each file is one process's save, whole: 200 entries of one round in index.bin, and in delta.bin
  // (a later round's, which goes there while index.bin holds 200).
  const s = ReferenceStore.open(d, "s");
  expect([200, 400]).toContain(s.size);
  const e = s.get([...Array(2).keys()].map((k) => `p${k + 1}-19-0:o`).find((k) => s.get(k) !== undefined) ?? "");
  expect(e?.indexed.fpHi.length).toBe(50);
}, 60_000);

// 12 entries: a comparison sort of their postings; 1,200: thousands of postings, the radix sort
// (checked on every 97th entry's keys).
test.each([
  [12, 4, 1],
  [1200, 8, 97],
])("the tables name, for each key, every entry that holds it (%i entries; in the file, and after a save that rebuilt them)", (entries, units, step) => {
  const d = fresh();
  const a = ReferenceStore.open(d, "t");
  const made = new Map<string, CommittedText>();
  const name = (i: number): string => `k${String(i).padStart(4, "0")}:o`;
  for (let i = 0; i < entries; i++) {
    const e = entry(i % (entries / 2), 1 + (i % units)); // pairs of entries with the same keys: a key has two holders
    made.set(name(i), e);
    a.set(name(i), e);
  }
  a.save();
  const sortedKeys = [...made.keys()].sort();
  const check = (s: ReferenceStore): void => {
    for (const [key, e] of [...made].filter((_, i) => i % step === 0)) {
      const holders = (of: (visit: (id: number) => void) => void): string[] => {
        const ids: string[] = [];
        of((id) => ids.push(sortedKeys[id] ?? "?"));
        return ids;
      };
      // Every entry whose data holds the key, by a plain scan of what went in.
      const withRecord = (hi: number, lo: number) => [...made].filter(([, x]) => x.indexed.recHi.some((h, r) => h === hi && x.indexed.recLo[r] === lo)).map(([k]) => k).sort();
      const withShingle = (h: number) => [...made].filter(([, x]) => x.indexed.recShingles.some((sh) => Array.from(sh).includes(h))).map(([k]) => k).sort();
      const withTemplate = (hi: number, lo: number) => [...made].filter(([, x]) => [...Array(x.templates.length >> 1).keys()].some((p) => x.templates[2 * p] === hi && x.templates[2 * p + 1] === lo)).map(([k]) => k).sort();
      for (let r = 0; r < e.indexed.recHi.length; r++) {
        const hi = e.indexed.recHi[r] ?? 0;
        const lo = e.indexed.recLo[r] ?? 0;
        expect(holders((v) => s.forExact(hi, lo, v))).toEqual(withRecord(hi, lo));
      }
      for (const sh of e.indexed.recShingles) for (const h of Array.from(sh)) expect(holders((v) => s.forShingle(h, v))).toEqual(withShingle(h));
      for (let p = 0; p + 1 < e.templates.length; p += 2) {
        const hi = e.templates[p] ?? 0;
        const lo = e.templates[p + 1] ?? 0;
        expect(holders((v) => s.forTemplate(hi, lo, v))).toEqual(withTemplate(hi, lo));
      }
      expect(s.id(key)).toBe(sortedKeys.indexOf(key));
    }
    expect(holders0(s)).toEqual([]);
  };
  const holders0 = (s: ReferenceStore): number[] => {
    const ids: number[] = [];
    s.forShingle(0xdeadbeef, (id) => ids.push(id));
    return ids;
  };
  check(a); // as the save left it in memory
  const b = ReferenceStore.open(d, "t");
  check(b); // as read from the file
  expect(plain(b.get(name(3)))).toEqual(plain(made.get(name(3))));
  b.close();
});

test("a key held by an entry of index.bin and one of delta.bin: both are named, each by its own id", () => {
  const d = fresh();
  const a = ReferenceStore.open(d, "t");
  a.set("a:o", entry(4, 3));
  a.set("b:o", entry(5, 2));
  a.save();
  const b = ReferenceStore.open(d, "t");
  b.keep("a:o");
  b.set("c:o", entry(4, 3)); // the same keys as a:o, in delta.bin
  b.save();
  b.close();
  const s = ReferenceStore.open(d, "t");
  const ids = (visit: (v: (id: number) => void) => void): number[] => {
    const out: number[] = [];
    visit((id) => out.push(id));
    return out.sort((x, y) => x - y);
  };
  const e = entry(4, 3);
  const both = [s.id("a:o"), s.id("c:o")].sort((x, y) => x - y);
  expect(new Set([...both, s.id("b:o")]).size).toBe(3);
  expect(ids((v) => s.forExact(e.indexed.recHi[0] ?? 0, e.indexed.recLo[0] ?? 0, v))).toEqual(both);
  const sh = e.indexed.recShingles.find((x) => x.length > 0)?.[0] ?? 0;
  expect(ids((v) => s.forShingle(sh, v))).toEqual(both);
  expect(plain(s.get("c:o"))).toEqual(plain(e));
  s.close();
});
