// --cache in a batch run. A file's result depends on its text, its options and winnow's version;
// with cross-file duplicates (scope "run") also on every other file of the run, so there the key
// covers the whole run and files are skipped only when nothing in the run changed.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { PlannedFile } from "../batch/plan.js";
import { keptParts, type CutCounts, type FileOutcome, type Keep } from "../batch/run-batch.js";
import { NORMALIZATION_VERSION } from "../core/normalize.js";
import { optionsKey, type Options } from "../core/options.js";
import type { CleanResult } from "../core/types.js";
import { cacheKey, CleanCache } from "../io/cache.js";
import { decodeBytes } from "../io/decode.js";
import type { RunSettings } from "./settings.js";
import { VERSION } from "./version.js";

export interface BatchCache {
  /** Targets known to have nothing to cut: not cleaned this time. */
  skip: Set<string>;
  /** Records this run's outcomes and adds the skipped files back as unchanged, in path order, with what `keep` asks for. */
  finish(outcomes: FileOutcome[], keep: Keep): Promise<FileOutcome[]>;
}

/** `treeSig`: what else the results depend on (a check of a change: the committed tree). */
export async function openBatchCache(cwd: string, files: readonly PlannedFile[], references: readonly PlannedFile[], settings: RunSettings, treeSig = ""): Promise<BatchCache> {
  const cache = await CleanCache.open(cwd);
  const bytes = new Map<string, Uint8Array>();
  for (const f of [...references, ...files]) bytes.set(f.target, await readOrEmpty(f.target));
  const crossFile = settings.optionsFor(null).scope === "run" && files.length + references.length > 1;
  // With locales off, files of every locale are compared: another run, so another key.
  const runSig = (crossFile ? runSignature([...references, ...files], bytes) + (settings.locales === "off" ? ":all-locales" : "") : "") + treeSig;
  const keys = new Map(files.map((f) => [f.target, fileCacheKey(settings.optionsFor(f.abs), bytes.get(f.target) ?? new Uint8Array(), runSig)]));
  const hits = files.filter((f) => cache.isClean(f.target, keys.get(f.target) ?? ""));
  const skip = new Set(crossFile && hits.length < files.length ? [] : hits.map((f) => f.target));

  return {
    skip,
    async finish(outcomes, keep) {
      const byFile = new Map(files.map((f) => [f.file, f]));
      for (const o of outcomes) {
        const f = byFile.get(o.file);
        if (f) cache.record(f.target, keys.get(f.target) ?? "", o.status === "unchanged" && o.counts !== undefined && cutCount(o.counts) === 0);
      }
      const added: FileOutcome[] = [];
      for (const f of files) {
        if (!skip.has(f.target)) continue;
        const size = bytes.get(f.target)?.length ?? 0;
        const counts = { kinds: { duplicate: 0, "near-duplicate": 0, boilerplate: 0 } };
        const outcome: FileOutcome = { file: f.file, status: "unchanged", bytesIn: size, bytesOut: size, counts };
        if (keep !== "counts") {
          const text = decodeBytes(bytes.get(f.target) ?? new Uint8Array(), f.file).text;
          Object.assign(outcome, keptParts(keep, unchanged(text, size), text));
        }
        added.push(outcome);
      }
      try {
        await cache.save();
      } catch {
        // The cache only saves time: a read-only node_modules must not fail the run.
      }
      return [...outcomes, ...added].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    },
  };
}

function cutCount(c: CutCounts): number {
  return c.kinds.duplicate + c.kinds["near-duplicate"] + c.kinds.boilerplate;
}

/**
 * The key of one file: winnow's version and normalization version (a build between releases may
 * change fingerprints), the file's options and bytes, and the run's signature.
 */
export function fileCacheKey(options: Options, bytes: Uint8Array, runSig: string): string {
  return cacheKey([VERSION, `normalization ${NORMALIZATION_VERSION}`, optionsKey(options), bytes, runSig]);
}

function runSignature(files: readonly PlannedFile[], bytes: Map<string, Uint8Array>): string {
  const h = createHash("sha256");
  for (const f of [...files].sort((a, b) => (a.file < b.file ? -1 : 1))) {
    h.update(`${f.file}\0`);
    h.update(createHash("sha256").update(bytes.get(f.target) ?? "").digest("hex"));
  }
  return h.digest("hex");
}

async function readOrEmpty(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch {
    // The batch reports the unreadable file; here it simply never hits.
    return new Uint8Array();
  }
}

/** The result of a file the cache knows to have nothing to cut. */
function unchanged(text: string, bytes: number): CleanResult {
  const lines = text === "" ? 0 : text.split(/\r\n|\r|\n/).length - (/[\r\n]$/.test(text) ? 1 : 0);
  return { text, cuts: [], stats: { bytesIn: bytes, bytesOut: bytes, linesIn: lines, linesOut: lines, units: 0, cuts: { duplicate: 0, "near-duplicate": 0, boilerplate: 0 } } };
}
