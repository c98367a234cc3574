// Phase two against the claims the threads of this process share (shared-claims.ts): the first
// copies a file needs, as the engine reads them from any store (batch/order-free.ts, sourcesOf) —
// the lowest-ranked claimers of its keys that stand in earlier files, with their texts, places and
// files' unit tables. The texts are read back, through the caller's `readBytes`, from where phase one
// put them (records.ts, encodeFileBlob: in one process, a temporary file of the run).
import { earlierRanks, fileOfRank, UNITS_PER_FILE } from "./claim-store.js";
import type { LookupKeys, SourceFile, SourcePackage, SourceUnit } from "./file-claims.js";
import { blobFile, blobPath, blobTexts, blobUnit, decodeSpan, spanHash, type UnitSpan } from "./records.js";
import type { SharedClaims } from "./shared-claims.js";

export const NO_SOURCES: SourcePackage = { files: [], units: [], exact: new Int32Array(0), shingles: new Int32Array(0) };

/**
 * A first copy's text does not come back as phase one read it (its bytes were cut short or changed
 * where they were kept: a temporary file that ran out of room, or the file itself): the run cannot
 * decide a file against it.
 */
export class SourceChanged extends Error {
  constructor(readonly file: string) {
    super(`the text of a first copy in ${file} could not be read back as it was first read (a temporary file cut short, or the file changed); run again`);
  }
}

/**
 * Bytes [from, to) of the file at `path` (a file phase one read); null when they cannot be read.
 * Fewer bytes than asked for when the file is shorter now.
 */
export type ReadBytes = (path: string, from: number, to: number) => Uint8Array | null;

/** The first copies file `n` (under locale salt `salt`) needs, holding keys `l`; SourceChanged when one's file changed since phase one. */
export function sharedSources(claims: SharedClaims, n: number, salt: number, l: LookupKeys, readBytes: ReadBytes): SourcePackage {
  const E = l.fpHi.length;
  const ranks = new Float64Array(E + l.shingles.length);
  for (let k = 0; k < E; k++) ranks[k] = claims.exactMin(salt, l.fpHi[k] ?? 0, l.fpLo[k] ?? 0);
  for (let s = 0; s < l.shingles.length; s++) ranks[E + s] = claims.shingleMin(salt, l.shingles[s] ?? 0);
  const order = earlierRanks(ranks, n);
  if (order.length === 0) return NO_SOURCES;
  const used = new Map<number, SourceFile>();
  const spans: (UnitSpan | null)[] = [];
  // Per source file: the bytes that hold all its first copies this file needs, read at once.
  const wanted = new Map<number, { from: number; to: number; blob: Uint8Array }>();
  for (const r of order) {
    const file = fileOfRank(r);
    const blob = claims.fileBlob(file);
    const rec = blob ? blobUnit(blob, r % UNITS_PER_FILE) : null;
    spans.push(rec);
    if (!blob || !rec) continue;
    if (!used.has(file)) used.set(file, blobFile(file, blob));
    const w = wanted.get(file);
    if (!w) wanted.set(file, { from: rec.from, to: rec.to, blob });
    else [w.from, w.to] = [Math.min(w.from, rec.from), Math.max(w.to, rec.to)];
  }
  // Per source file: the bytes read, how they decode, its path (for the error).
  const read = new Map<number, { bytes: Uint8Array; path: string }>();
  const units: SourceUnit[] = [];
  const slot = new Map<number, number>();
  order.forEach((r, i) => {
    const rec = spans[i];
    if (!rec) return;
    const file = fileOfRank(r);
    const w = wanted.get(file) as { from: number; to: number; blob: Uint8Array };
    let got = read.get(file);
    if (!got) {
      const { path } = blobPath(w.blob);
      const bytes = blobTexts(w.blob)?.subarray(w.from, w.to) ?? readBytes(path, w.from, w.to) ?? new Uint8Array(0);
      read.set(file, (got = { bytes, path }));
    }
    const { bytes } = got;
    const text = rec.to - w.from <= bytes.length ? decodeSpan(bytes.subarray(rec.from - w.from, rec.to - w.from)) : null;
    if (text === null || spanHash(text, 0, text.length) !== rec.hash) throw new SourceChanged(used.get(file)?.name ?? got.path);
    slot.set(r, units.length);
    units.push({ file, unit: r % UNITS_PER_FILE, text, place: rec.place });
  });
  const exact: number[] = [];
  const shingles: number[] = [];
  for (let i = 0; i < ranks.length; i++) {
    const at = slot.get(ranks[i] ?? NaN);
    if (at === undefined) continue;
    if (i < E) exact.push(l.fpHi[i] ?? 0, l.fpLo[i] ?? 0, at);
    else shingles.push(l.shingles[i - E] ?? 0, at);
  }
  const files = [...used.keys()].sort((x, y) => x - y).map((f) => used.get(f) as SourceFile);
  return { files, units, exact: Int32Array.from(exact), shingles: Int32Array.from(shingles) };
}
