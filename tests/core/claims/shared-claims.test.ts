import { describe, expect, test } from "vitest";
import { localeSalt } from "../../../src/core/claims/claim-keys.js";
import { blobAdded, blobFile, blobPath, blobTexts, blobUnit, decodeSpan, encodeFileBlob, INLINE, spanHash } from "../../../src/core/claims/records.js";
import { PartialClaims, recordIndex, releaseNow, seenFilter, SharedClaims, type SpillWriter } from "../../../src/core/claims/shared-claims.js";
import { NO_SOURCES, SourceChanged, sharedSources } from "../../../src/core/claims/shared-sources.js";
import type { UnitTable } from "../../../src/core/claims/file-claims.js";

const R = 2 ** 21;

function table(n: number, seed: number): UnitTable {
  const col = (k: number) => Uint32Array.from({ length: n }, (_, i) => seed * 1000 + k * 100 + i);
  return { fpHi: col(1), fpLo: col(2), first: Int32Array.from({ length: n }, (_, i) => 2 * i), last: Int32Array.from({ length: n }, (_, i) => 2 * i), raw: col(3) };
}

describe("claims kept by the threads", () => {
  test("the first copy of a key is the lowest (file, unit) over every thread's table, whichever thread claimed it and in whatever order", () => {
    // [salt, hash, file, unit] claims, spread over threads in two ways.
    const fr = localeSalt("docs/fr");
    const claims: [number, number, number, number][] = [
      [0, 7, 5, 3],
      [0, 7, 2, 9],
      [0, 7, 2, 4],
      [fr, 7, 1, 0],
      [0, 0xffffffff, 3, 1],
      [0, 8, 4, 2],
    ];
    for (const spread of [(i: number) => i % 2, (i: number) => (i < 3 ? 1 : 0)]) {
      const index = recordIndex(10);
      const parts = [new PartialClaims(0, index), new PartialClaims(1, index)];
      claims.forEach(([salt, h, f, u], i) => parts[spread(i)]!.claimShingle(salt, h, f, u));
      claims.forEach(([salt, h, f, u], i) => parts[1 - spread(i)]!.claimExact(salt, h, h ^ 1, f, u));
      const shared = new SharedClaims(parts.map((p) => p.publish()), index);
      expect(shared.shingleMin(0, 7)).toBe(2 * R + 4);
      expect(shared.shingleMin(fr, 7)).toBe(1 * R + 0);
      expect(shared.shingleMin(0, 0xffffffff)).toBe(3 * R + 1);
      expect(shared.shingleMin(0, 8)).toBe(4 * R + 2);
      expect(shared.shingleMin(0, 9)).toBeNaN();
      expect(shared.shingleMin(localeSalt("de"), 7)).toBeNaN();
      expect(shared.exactMin(0, 7, 6)).toBe(2 * R + 4);
      expect(shared.exactMin(0, 7, 7)).toBeNaN();
      expect(shared.exactMin(fr, 7, 6)).toBe(1 * R);
    }
  });

  test("with shingles held once spilled, every key two files hold still names its lowest claimer, over any threads, in any order, whether the spill can be written or not", () => {
    // Claims and looks-ups of [salt, hash, file, unit, claims?], made up so that many keys are held
    // once, some by several files, some by one file twice, some looked up only.
    let x = 7;
    const rnd = (n: number): number => {
      // mulberry32
      x = (x + 0x6d2b79f5) | 0;
      let t = Math.imul(x ^ (x >>> 15), 1 | x);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) % n;
    };
    const events: [number, number, number, number, boolean][] = [];
    for (let file = 0; file < 400; file++) {
      for (let unit = 0; unit < 6; unit++) {
        const claims = rnd(5) !== 0;
        for (let k = 0; k < 8; k++) {
          const common = rnd(4) === 0;
          // Salts as localeSalt makes them: unsigned, half of them 2^31 or more (a spill holds them signed).
          const salt = [5, 0xdeadbeef, 0, 0, 0, 0, 0][rnd(7)] ?? 0;
          events.push([salt, common ? rnd(300) : 1000 + rnd(1 << 30), file, unit, claims]);
        }
      }
    }
    const want = new Map<string, { files: Set<number>; min: number }>();
    for (const [salt, h, f, u, claims] of events) {
      const k = `${salt}:${h}`;
      const w = want.get(k) ?? { files: new Set(), min: NaN };
      w.files.add(f);
      if (claims && !(f * R + u >= w.min)) w.min = f * R + u;
      want.set(k, w);
    }
    for (const threads of [1, 2, 3]) {
      for (const failAfter of [Infinity, 1, 0]) {
        const index = recordIndex(400);
        const seen = seenFilter(2000, threads > 1);
        const spills: Int32Array[][] = Array.from({ length: threads }, () => []);
        let writes = 0;
        const writer = (t: number): SpillWriter => ({ write: (pairs) => (writes++ < failAfter ? (spills[t]!.push(pairs.slice()), true) : false) });
        const parts = Array.from({ length: threads }, (_, t) => new PartialClaims(t, index, 100_000, { seen, threads, spill: writer(t) }));
        // Each thread takes whole files, files in increasing order within a thread, threads interleaved.
        const threadOf = (f: number): number => (f * 7 + (f >> 3)) % threads;
        for (const [salt, h, f, u, claims] of events) {
          const p = parts[threadOf(f)]!;
          if (claims) p.claimShingle(salt, h, f, u);
          else p.touchShingle(salt, h);
        }
        const published = parts.map((p) => p.publish(threads > 1));
        const read = (t: number, bytes: number): Int32Array[] => {
          const all = spills[t]!;
          let left = bytes / 4;
          return all.map((c) => c.subarray(0, Math.max(0, Math.min(c.length, (left -= c.length) + c.length))));
        };
        // As the threads do at the barrier: each its share of the replay (by parts), all before any lookup.
        const shareds = published.map((_, t) => new SharedClaims(published, index, { part: t, of: threads, read }));
        for (const shared of shareds) {
          let wrong = 0;
          let checked = 0;
          for (const [k, w] of want) {
            const [salt, h] = k.split(":").map(Number) as [number, number];
            const got = shared.shingleMin(salt, h);
            if (w.files.size >= 2) {
              checked++;
              if (!Object.is(got, w.min)) wrong++;
            } else if (!Number.isNaN(got) && got !== w.min) wrong++;
          }
          expect(wrong).toBe(0);
          expect(checked).toBeGreaterThan(500);
        }
      }
    }
  });

  test("tables grow past their first size and keep every key, whatever size they start at, shared or not", () => {
    for (const [bytes, toShare] of [
      [0, true],
      [0, false],
      [50_000_000, false],
    ] as const) {
      const index = recordIndex(1);
      const p = new PartialClaims(0, index, bytes);
      const want = new Map<number, number>();
      const wantExact = new Map<number, number>();
      let x = 1;
      for (let i = 0; i < 60_000; i++) {
        x = (Math.imul(x, 1103515245) + 12345) >>> 0;
        // Small hashes too: winnowed shingles are minima.
        const h = i % 3 === 0 ? x >>> 12 : x;
        const rank = ((i * 7) % 97) * R + (i % 13);
        p.claimShingle(0, h, (i * 7) % 97, i % 13);
        p.claimExact(0, h, i & 1023, (i * 7) % 97, i % 13);
        want.set(h, Math.min(want.get(h) ?? Infinity, rank));
        const k = h * 1024 + (i & 1023);
        wantExact.set(k, Math.min(wantExact.get(k) ?? Infinity, rank));
      }
      const shared = new SharedClaims([p.publish(toShare)], index);
      let wrong = 0;
      for (const [h, r] of want) if (shared.shingleMin(0, h) !== r) wrong++;
      for (const [k, r] of wantExact) if (shared.exactMin(0, Math.floor(k / 1024), k % 1024) !== r) wrong++;
      expect(wrong).toBe(0);
      expect(want.size).toBeGreaterThan(50_000);
      expect(shared.shingleMin(0, 12345)).toBeNaN();
    }
  });

  test("releaseNow gives back a plain buffer at once (detached) and leaves shared memory, which other threads may hold, alone", () => {
    const plain = new Int32Array(1024);
    releaseNow(plain.buffer);
    expect(plain.buffer.byteLength).toBe(0);
    const shared = new Int32Array(new SharedArrayBuffer(4096));
    shared[3] = 7;
    releaseNow(shared.buffer);
    expect(shared.buffer.byteLength).toBe(4096);
    expect(shared[3]).toBe(7);
  });

  test("records of any size stand where the run's record index says, across chunks", () => {
    const index = recordIndex(300);
    const p = new PartialClaims(1, index);
    const blobs = new Map<number, Uint8Array>();
    for (let f = 0; f < 300; f += 3) {
      const size = f === 150 ? 5 << 20 : 20_000 + f;
      const b = Uint8Array.from({ length: size }, (_, i) => (i * 7 + f) & 255);
      blobs.set(f, b);
      p.putFile(f, b);
    }
    const shared = new SharedClaims([new PartialClaims(0, index).publish(), p.publish()], index);
    for (let f = 0; f < 300; f++) {
      const want = blobs.get(f);
      const got = shared.fileBlob(f);
      if (!want) expect(got).toBeNull();
      else expect(got && Buffer.from(got).equals(Buffer.from(want))).toBe(true);
    }
  });

  test("a file's blob gives back its name, path, coding, unit table and the place and byte span of each claiming unit", () => {
    const units = table(5, 3);
    const blob = encodeFileBlob("docs/é.md", "/tree/docs/é.md", 0, units, [1, 3, 4], [0, 17, -2], [0, 11, 13, 13, 13, 18], [7, 8, 0xffffffff]);
    const f = blobFile(9, blob);
    expect(f.file).toBe(9);
    expect(f.name).toBe("docs/é.md");
    expect(f.units).toEqual(units);
    expect(blobPath(blob)).toEqual({ path: "/tree/docs/é.md", coding: 0 });
    expect(blobUnit(blob, 1)).toEqual({ place: 0, from: 0, to: 11, hash: 7 });
    expect(blobUnit(blob, 3)).toEqual({ place: 17, from: 13, to: 13, hash: 8 });
    expect(blobUnit(blob, 4)).toEqual({ place: -2, from: 13, to: 18, hash: 0xffffffff });
    expect(blobUnit(blob, 0)).toBeNull();
    expect(blobUnit(blob, 2)).toBeNull();
  });

  test("a blob gives back the keys of the lookers its file's output added, beside its units and before its own texts", () => {
    const added = { fpHi: Uint32Array.of(5, 0xffffffff), fpLo: Uint32Array.of(6, 7), shingles: Uint32Array.of(11, 12, 13) };
    const none = encodeFileBlob("a.txt", "/t/a.txt", 0, table(3, 1), [2], [0], [4, 9], [1]);
    expect(blobAdded(none).fpHi.length + blobAdded(none).shingles.length).toBe(0);
    const spilled = encodeFileBlob("a.txt", "/t/a.txt", 0, table(3, 1), [2], [0], [4, 9], [1], undefined, added);
    expect(blobAdded(spilled)).toEqual(added);
    expect(blobUnit(spilled, 2)).toEqual({ place: 0, from: 4, to: 9, hash: 1 });
    expect(blobTexts(spilled)).toBeNull();
    // Texts held in the blob follow the keys; a file with added lookers and no claiming unit has a blob too.
    const inline = encodeFileBlob("b.txt", "/t/b.txt", INLINE, table(2, 2), [0, 1], [3, 4], [], [8, 9], ["naïve", "text"], added);
    expect(blobAdded(inline)).toEqual(added);
    expect(new TextDecoder().decode(blobTexts(inline) ?? new Uint8Array(0))).toBe("naïvetext");
    expect(blobUnit(inline, 1)).toEqual({ place: 4, from: 6, to: 10, hash: 9 });
    const onlyAdded = encodeFileBlob("c.txt", "/t/c.txt", INLINE, table(0, 3), [], [], [], [], [], added);
    expect(blobAdded(onlyAdded)).toEqual(added);
    expect(blobUnit(onlyAdded, 0)).toBeNull();
  });

  test("a unit's text comes back from its UTF-8 span, a BOM, non-ASCII and astral characters included; bytes cut inside a character do not", () => {
    const text = "\uFEFFcafé 😀 x – 10 €";
    expect(decodeSpan(new TextEncoder().encode(text))).toBe(text);
    expect(decodeSpan(new TextEncoder().encode("é").subarray(0, 1))).toBeNull();
    expect(decodeSpan(new TextEncoder().encode("😀").subarray(0, 3))).toBeNull();
  });

  test("a blob that holds its texts itself (no spill file) gives them back without a read", () => {
    const index = recordIndex(2);
    const a = new PartialClaims(0, index);
    a.claimShingle(0, 9, 0, 1);
    a.putFile(0, encodeFileBlob("a.txt", "/nowhere/a.txt", INLINE, table(2, 1), [1], [4], [], [spanHash("naïve text", 0, 10)], ["naïve text"]));
    const shared = new SharedClaims([a.publish()], index);
    const got = sharedSources(shared, 1, 0, { fpHi: new Uint32Array(0), fpLo: new Uint32Array(0), shingles: Uint32Array.of(9) }, () => {
      throw new Error("no read expected");
    });
    expect(got.units).toEqual([{ file: 0, unit: 1, text: "naïve text", place: 4 }]);
  });

  /** A blob for a file of one or more claiming units whose texts stand in `text` (ASCII) at `spans`. */
  function blobOf(name: string, units: UnitTable, claimed: number[], places: number[], text: string, spans: number[]): Uint8Array {
    return encodeFileBlob(name, `/t/${name}`, 0, units, claimed, places, spans, claimed.map((_, k) => spanHash(text, spans[2 * k]!, spans[2 * k + 1]!)));
  }

  test("phase two: a file's sources are the earlier files' lowest claimers of its keys, their texts read back from their files", () => {
    const index = recordIndex(4);
    const a = new PartialClaims(0, index);
    const b = new PartialClaims(1, index);
    const files = new Map([
      ["/t/a.txt", "x\n\nalpha text\n\nomega unit"],
      ["/t/b.txt", "beta text"],
      ["/t/d.txt", "delta"],
    ]);
    // File 0 (thread 0): unit 2 holds exact key 10:11 and shingles 1, 2, unit 4 shingle 6. File 1
    // (thread 1): unit 0 holds shingles 2, 3. File 3 (thread 0) claims shingle 3 too, but comes
    // later than file 2.
    a.claimExact(0, 10, 11, 0, 2);
    a.claimShingle(0, 1, 0, 2);
    a.claimShingle(0, 2, 0, 2);
    a.claimShingle(0, 6, 0, 4);
    a.putFile(0, blobOf("a.txt", table(5, 1), [2, 4], [0, 3], files.get("/t/a.txt")!, [3, 13, 15, 25]));
    b.claimShingle(0, 2, 1, 0);
    b.claimShingle(0, 3, 1, 0);
    b.putFile(1, blobOf("b.txt", table(1, 2), [0], [5], files.get("/t/b.txt")!, [0, 9]));
    a.claimShingle(0, 4, 3, 0);
    a.putFile(3, blobOf("d.txt", table(1, 4), [0], [0], files.get("/t/d.txt")!, [0, 5]));
    const shared = new SharedClaims([a.publish(), b.publish()], index);
    const reads: [string, number, number][] = [];
    const from = (files: Map<string, string>) => (path: string, at: number, to: number): Uint8Array | null => {
      reads.push([path, at, to]);
      const t = files.get(path);
      return t === undefined ? null : new TextEncoder().encode(t).subarray(at, to);
    };

    const keys = { fpHi: Uint32Array.of(10, 99), fpLo: Uint32Array.of(11, 99), shingles: Uint32Array.of(2, 3, 4, 5, 6) };
    const got = sharedSources(shared, 2, 0, keys, from(files));
    expect(got.files.map((f) => [f.file, f.name])).toEqual([
      [0, "a.txt"],
      [1, "b.txt"],
    ]);
    expect(got.units).toEqual([
      { file: 0, unit: 2, text: "alpha text", place: 0 },
      { file: 0, unit: 4, text: "omega unit", place: 3 },
      { file: 1, unit: 0, text: "beta text", place: 5 },
    ]);
    // One read a source file, of the bytes that hold its first copies.
    expect(reads).toEqual([
      ["/t/a.txt", 3, 25],
      ["/t/b.txt", 0, 9],
    ]);
    expect([...got.exact]).toEqual([10, 11, 0]);
    expect([...got.shingles]).toEqual([2, 0, 3, 2, 6, 1]);
    // The first file has no earlier file; another locale's keys are not its keys.
    expect(sharedSources(shared, 0, 0, { fpHi: Uint32Array.of(10), fpLo: Uint32Array.of(11), shingles: Uint32Array.of(2) }, from(files))).toBe(NO_SOURCES);
    expect(sharedSources(shared, 2, localeSalt("fr"), { fpHi: Uint32Array.of(10), fpLo: Uint32Array.of(11), shingles: Uint32Array.of(2) }, from(files))).toBe(NO_SOURCES);

    // A source file changed, shorter, or gone since phase one: no source is made up from what it holds now.
    for (const now of ["x\n\nalpha tExt\n\nomega unit", "x\n\nalpha text\n\nomega", "alpha text\n\nomega unit", undefined]) {
      const changed = new Map(files);
      if (now === undefined) changed.delete("/t/a.txt");
      else changed.set("/t/a.txt", now);
      expect(() => sharedSources(shared, 2, 0, keys, from(changed))).toThrow(SourceChanged);
      expect(() => sharedSources(shared, 2, 0, keys, from(changed))).toThrow(/^the text of a first copy in a\.txt could not be read back as it was first read \(a temporary file cut short, or the file changed\); run again$/);
    }
    // What lies after the texts may change: texts that stand where they stood are the texts read.
    const longer = new Map(files).set("/t/a.txt", "x\n\nalpha text\n\nomega unit and more");
    expect(sharedSources(shared, 2, 0, keys, from(longer)).units.map((u) => u.text)).toEqual(["alpha text", "omega unit", "beta text"]);
  });
});
