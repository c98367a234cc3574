// Phase two against the claims the threads of this process share (shared-claims.ts): the first
// copies a file needs, as the engine reads them from any store (batch/order-free.ts, sourcesOf) —
// the lowest-ranked claimers of its keys that stand in earlier files, with their texts, places and
// files' unit tables.
import { earlierRanks, fileOfRank, UNITS_PER_FILE } from "./claim-store.js";
import type { LookupKeys, SourceFile, SourcePackage, SourceUnit } from "./file-claims.js";
import { blobFile, blobUnit } from "./records.js";
import type { SharedClaims } from "./shared-claims.js";

export const NO_SOURCES: SourcePackage = { files: [], units: [], exact: new Int32Array(0), shingles: new Int32Array(0) };

/** The first copies file `n` (under locale salt `salt`) needs, holding keys `l`. */
export function sharedSources(claims: SharedClaims, n: number, salt: number, l: LookupKeys): SourcePackage {
  const E = l.fpHi.length;
  const ranks = new Float64Array(E + l.shingles.length);
  for (let k = 0; k < E; k++) ranks[k] = claims.exactMin(salt, l.fpHi[k] ?? 0, l.fpLo[k] ?? 0);
  for (let s = 0; s < l.shingles.length; s++) ranks[E + s] = claims.shingleMin(salt, l.shingles[s] ?? 0);
  const order = earlierRanks(ranks, n);
  if (order.length === 0) return NO_SOURCES;
  const used = new Map<number, SourceFile>();
  const units: SourceUnit[] = [];
  const slot = new Map<number, number>();
  for (const r of order) {
    const file = fileOfRank(r);
    const unit = r % UNITS_PER_FILE;
    const blob = claims.fileBlob(file);
    const rec = blob ? blobUnit(blob, unit) : null;
    if (!blob || !rec) continue;
    if (!used.has(file)) used.set(file, blobFile(file, blob));
    slot.set(r, units.length);
    units.push({ file, unit, text: rec.text, place: rec.place });
  }
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
