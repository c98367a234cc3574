// The order-free engine (docs/engine.md): phase one, every file of this shard claims its keys in the
// run's store (minimum rank wins, so claims commute and repeat); a barrier; phase two, every file is
// decided on its own against the first copies of its keys. No thread decides files in turn, and N
// shards sharing one store give the output of one run.
import { fileKey, KeyBuilder, KIND_EXACT, KIND_SHINGLE, localeSalt, templateKey, unitKey, unpackKeys, type PackedKeys } from "../core/claims/claim-keys.js";
import { earlierRanks, fileOfRank, PlanMismatch, rankOf, takesPacked, UNITS_PER_FILE, type ClaimStore } from "../core/claims/claim-store.js";
import { DECIDE_ROUNDS, NO_KEYS, withKeys, type LookupKeys, type SourceFile, type SourcePackage, type SourceUnit } from "../core/claims/file-claims.js";
import { decodeFileRecord, decodeUnitRecord, encodeFileRecord, encodeUnitRecord } from "../core/claims/records.js";
import { recordIndex, releaseNow, seenFilter, type PublishedClaims } from "../core/claims/shared-claims.js";
import { U64Map } from "../core/hash-table.js";
import { frequentOf, TemplateCounts, type LearnedTable } from "../core/learned-lines.js";
import type { Options } from "../core/options.js";
import { createHash, randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { isInterrupted, tempStep, trackTemp, untrackTemp } from "../io/interrupt.js";
import { reapStaleTemps } from "../io/reap-temps.js";
import type { DecidedOutcome, DecideSweep, RunFile, WriteTarget } from "./file-tasks.js";
import type { Keep } from "./outcome-parts.js";
import { totalBytes, type PlannedFile } from "./plan.js";
import type { TaskPool } from "./pool.js";

/** Shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

export interface EngineSettings {
  store: ClaimStore;
  /** Default 1/1. */
  shard?: Shard;
  /** How long a barrier waits for the other shards (default 10 minutes). */
  barrierMs?: number;
}

export const DEFAULT_BARRIER_MS = 10 * 60 * 1000;

/** The files of shard K of N: the K-th of N contiguous slices of the sorted list, as [from, to). */
export function shardRange(total: number, shard: Shard): [number, number] {
  return [Math.floor(((shard.index - 1) * total) / shard.count), Math.floor((shard.index * total) / shard.count)];
}

/** Parses "K/N" (1 <= K <= N <= 100000); null when it is not one. */
export function parseShard(v: string): Shard | null {
  const m = /^\s*(\d{1,6})\s*\/\s*(\d{1,6})\s*$/.exec(v);
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return index >= 1 && count >= 1 && index <= count && count <= 100000 ? { index, count } : null;
}

/** What phase two needs of a file from phase one: the keys its lookers look up (FileClaims). */
interface Lookups extends LookupKeys {
  salt: number;
}

export interface OrderFreeContext {
  /** Every file of the run, sorted: ranks are places in this list. */
  all: readonly PlannedFile[];
  pool: TaskPool;
  options: Options;
  optionsOf(f: PlannedFile): Options | undefined;
  localeOf(f: PlannedFile): string;
  /** scope "file": no file is compared with another. */
  crossFile: boolean;
  keep: Keep;
  jobs: number;
  /** The run's store; null: this process alone, the claims kept by the threads that clean the files. */
  engine: EngineSettings | null;
  /**
   * What the caller does with a decided file's bytes: "write" writes them itself, one file after
   * another (phase two then hands out files no faster than they are written); "out-dir" has the
   * threads write them (writeTarget) and "check" none, so every thread takes its next file itself.
   */
  mode?: "out-dir" | "write" | "check";
  /** Where the thread that decides a file writes it (--out-dir); null: the file is written by the caller. */
  writeTarget?(f: PlannedFile): WriteTarget | null;
  /** The target's temporary file is no longer in flight. */
  targetDone?(t: WriteTarget): void;
  /** The spill files of the claiming texts, to be removed once phase two is over (sharedClaimPhase). */
  spills?: string[];
  /** A pass starts over this shard's files. */
  phase?(name: "learning" | "cleaning", files: number, bytes: number): void;
  advance?(bytes: number): void;
}

/**
 * Checks that the run's store holds this file list (ClaimStore.settlePlan), before any claim: ranks
 * are places in the list, so shards that planned different lists, or a run id used before for other
 * files or for these files before they changed, would name first copies that are not there. A
 * PlanMismatch (exit 2) when it does not.
 */
export async function settlePlan(ctx: Pick<OrderFreeContext, "all">, engine: EngineSettings): Promise<void> {
  const h = createHash("sha256");
  h.update(String(ctx.all.length));
  // Names and sizes: a rerun over files changed since would find the claims of their old texts.
  for (const f of ctx.all) h.update(`\0${f.file}\0${f.size}`);
  const digest = h.digest("hex");
  if ((await engine.store.settlePlan(digest)) !== digest) throw new PlanMismatch(ctx.all.length);
}

/** Stores with numeric keys take them as they are; others get binary keys. */
async function claim(store: ClaimStore, keys: PackedKeys, ranks: Float64Array): Promise<void> {
  if (keys.n === 0) return;
  if (takesPacked(store)) return store.claimMinPacked(keys, ranks);
  return store.claimMin(unpackKeys(keys), ranks.subarray(0, keys.n));
}

async function lookup(store: ClaimStore, keys: PackedKeys): Promise<Float64Array> {
  if (keys.n === 0) return new Float64Array(0);
  if (takesPacked(store)) return store.lookupMinPacked(keys);
  return store.lookupMin(unpackKeys(keys));
}

/** This shard's files in path order, with the global place of each. */
export function shardFiles(ctx: OrderFreeContext): { f: PlannedFile; n: number }[] {
  const [from, to] = shardRange(ctx.all.length, ctx.engine?.shard ?? { index: 1, count: 1 });
  const out: { f: PlannedFile; n: number }[] = [];
  for (let n = from; n < to; n++) {
    const f = ctx.all[n];
    if (f) out.push({ f, n });
  }
  return out;
}

/**
 * The learned table as one run over all shards' files would learn it, restricted to the templates
 * of this shard's files (the only ones its files can mark): each file adds itself under its
 * templates; after the barrier each shard counts the files of its own templates.
 */
export async function shardTemplates(ctx: OrderFreeContext, engine: EngineSettings, minFiles: number, minShare: number): Promise<LearnedTable> {
  const { store } = engine;
  const shard = engine.shard ?? { index: 1, count: 1 };
  const mine = shardFiles(ctx);
  ctx.phase?.("learning", mine.length, totalBytes(mine.map((x) => x.f)));
  const own = new U64Map(1024);
  const hashes: number[] = [];
  const FILES = templateKey(0, 0);
  for await (const [{ f, n }, got] of ahead(mine, ctx.jobs, ({ f }) => ctx.pool.templates(f.target))) {
    ctx.advance?.(f.size);
    if (got.kind !== "ok") continue;
    const keys = [FILES];
    for (let i = 0; i + 1 < got.hashes.length; i += 2) {
      const hi = got.hashes[i] ?? 0;
      const lo = got.hashes[i + 1] ?? 0;
      keys.push(templateKey(hi, lo));
      if (own.setIfAbsent(hi, lo, 0)) hashes.push(hi, lo);
    }
    await store.addMember(keys, new Float64Array(keys.length).fill(n));
  }
  await store.arrive("templates", shard.index, shard.count);
  await store.waitAll("templates", shard.count, engine.barrierMs ?? DEFAULT_BARRIER_MS);
  const keys = [FILES];
  for (let i = 0; i < hashes.length; i += 2) keys.push(templateKey(hashes[i] ?? 0, hashes[i + 1] ?? 0));
  const counts = await store.countMembers(keys, ctx.all.length);
  const files = counts[0] ?? 0;
  const need = Math.max(minFiles, Math.ceil(minShare * files - 1e-9));
  const keepH: number[] = [];
  const keepC: number[] = [];
  for (let k = 1; k < keys.length; k++) {
    if ((counts[k] ?? 0) < need) continue;
    keepH.push(hashes[2 * (k - 1)] ?? 0, hashes[2 * (k - 1) + 1] ?? 0);
    keepC.push(counts[k] ?? 0);
  }
  return { hashes: Uint32Array.from(keepH), counts: Int32Array.from(keepC), files };
}

/** Phase one over this shard's files, then the barrier. Returns what phase two looks up, by global place. */
export async function claimPhase(ctx: OrderFreeContext, engine: EngineSettings): Promise<Map<number, Lookups>> {
  const { store } = engine;
  const shard = engine.shard ?? { index: 1, count: 1 };
  const lookups = new Map<number, Lookups>();
  if (ctx.crossFile) {
    for await (const [{ f, n }, got] of ahead(shardFiles(ctx), ctx.jobs, ({ f }) => ctx.pool.claims(f.target, f.file, ctx.optionsOf(f)))) {
      ctx.advance?.(f.size);
      if (got.kind !== "ok") continue;
      const c = got.claims;
      const salt = localeSalt(ctx.localeOf(f));
      const keys = new KeyBuilder(64 + c.shingles.length);
      let ranks = new Float64Array(64 + c.shingles.length);
      const put = (kind: number, w1: number, w2: number, rank: number): void => {
        if (keys.keys.n >= ranks.length) {
          const g = new Float64Array(ranks.length * 2);
          g.set(ranks);
          ranks = g;
        }
        ranks[keys.keys.n] = rank;
        keys.push(kind, salt, w1, w2);
      };
      const recKeys: Uint8Array[] = [];
      const records: Uint8Array[] = [];
      for (let q = 0; q < c.claimed.length; q++) {
        const u = c.claimed[q] ?? 0;
        const k = c.claimLooker[q] ?? 0;
        const rank = rankOf(n, u);
        put(KIND_EXACT, c.fpHi[k] ?? 0, c.fpLo[k] ?? 0, rank);
        for (let s = c.shingleRange[2 * k] ?? 0; s < (c.shingleRange[2 * k + 1] ?? 0); s++) put(KIND_SHINGLE, c.shingles[s] ?? 0, 0, rank);
        recKeys.push(unitKey(n, u));
        records.push(encodeUnitRecord(c.texts[q] ?? "", c.places[q] ?? 0));
      }
      if (records.length > 0) {
        recKeys.push(fileKey(n));
        records.push(encodeFileRecord(f.file, c.units));
        // Records first: a key claimed is a record another shard may read after the barrier.
        await store.putRecords(recKeys, records);
        await claim(store, keys.keys, ranks);
      }
      if (c.fpHi.length > 0) lookups.set(n, { salt, fpHi: c.fpHi, fpLo: c.fpLo, shingles: c.shingles });
    }
  }
  await store.arrive("claims", shard.index, shard.count);
  await store.waitAll("claims", shard.count, engine.barrierMs ?? DEFAULT_BARRIER_MS);
  return lookups;
}

/** The first copies file `n` needs, from the store: earlier files' lowest-ranked claimers of its keys. */
export async function sourcesOf(store: ClaimStore, n: number, l: Lookups | undefined, fileCache: Map<number, SourceFile>): Promise<SourcePackage> {
  const empty: SourcePackage = { files: [], units: [], exact: new Int32Array(0), shingles: new Int32Array(0) };
  if (!l) return empty;
  const keys = new KeyBuilder(l.fpHi.length + l.shingles.length);
  for (let k = 0; k < l.fpHi.length; k++) keys.push(KIND_EXACT, l.salt, l.fpHi[k] ?? 0, l.fpLo[k] ?? 0);
  for (let s = 0; s < l.shingles.length; s++) keys.push(KIND_SHINGLE, l.salt, l.shingles[s] ?? 0, 0);
  const ranks = await lookup(store, keys.keys);
  const order = earlierRanks(ranks, n);
  if (order.length === 0) return empty;
  const unitRecs = await store.getRecords(order.map((r) => unitKey(fileOfRank(r), r % UNITS_PER_FILE)));
  // This call's files, taken from the cache now: other files' calls may evict them meanwhile.
  const used = new Map<number, SourceFile>();
  const wantFiles: number[] = [];
  for (const f of new Set(order.map(fileOfRank))) {
    const sf = fileCache.get(f);
    if (sf) used.set(f, sf);
    else wantFiles.push(f);
  }
  const fileRecs = wantFiles.length > 0 ? await store.getRecords(wantFiles.map(fileKey)) : [];
  wantFiles.forEach((f, i) => {
    const b = fileRecs[i];
    if (!b) return;
    const sf = decodeFileRecord(f, b);
    used.set(f, sf);
    if (fileCache.size >= 512) fileCache.delete(fileCache.keys().next().value ?? -1);
    fileCache.set(f, sf);
  });
  const units: SourceUnit[] = [];
  const slot = new Map<number, number>();
  order.forEach((r, i) => {
    const b = unitRecs[i];
    if (!b || !used.has(fileOfRank(r))) return; // never in a store a claim came from (records go first)
    const { text, place } = decodeUnitRecord(b);
    slot.set(r, units.length);
    units.push({ file: fileOfRank(r), unit: r % UNITS_PER_FILE, text, place });
  });
  const exact: number[] = [];
  const shingles: number[] = [];
  for (let i = 0; i < ranks.length; i++) {
    const at = slot.get(ranks[i] ?? NaN);
    if (at === undefined) continue;
    if (i < l.fpHi.length) exact.push(l.fpHi[i] ?? 0, l.fpLo[i] ?? 0, at);
    else shingles.push(l.shingles[i - l.fpHi.length] ?? 0, at);
  }
  const files = [...new Set(units.map((u) => u.file))].sort((x, y) => x - y).flatMap((f) => {
    const sf = used.get(f);
    return sf ? [sf] : [];
  });
  return { files, units, exact: Int32Array.from(exact), shingles: Int32Array.from(shingles) };
}

/** Phase two over this shard's files: each decided on its own; yielded in path order. */
export async function* decidePhase(ctx: OrderFreeContext, engine: EngineSettings, lookups: Map<number, Lookups>): AsyncGenerator<[PlannedFile, DecidedOutcome]> {
  const mine = shardFiles(ctx);
  ctx.phase?.("cleaning", mine.length, totalBytes(mine.map((x) => x.f)));
  const cache = new Map<number, SourceFile>();
  const task = async ({ f, n }: { f: PlannedFile; n: number }): Promise<DecidedOutcome> => {
    let l = lookups.get(n);
    lookups.delete(n);
    // Rounds as the threads' engine takes them (file-tasks.ts, decideShared).
    for (let round = 1; ; round++) {
      const sources = await sourcesOf(engine.store, n, l, cache);
      const got = await ctx.pool.decide(f.target, f.file, sources, ctx.keep, ctx.optionsOf(f), round < DECIDE_ROUNDS ? (l ?? NO_KEYS) : undefined);
      if (got.kind !== "more") return got;
      l = { ...withKeys(l ?? NO_KEYS, { ...got.keys, shingles: NO_KEYS.shingles }), salt: l?.salt ?? localeSalt(ctx.localeOf(f)) };
    }
  };
  for await (const [{ f }, got] of ahead(mine, ctx.jobs, task)) yield [f, got];
}

/**
 * Phase one and the barrier of one process whose threads keep the claims (shared-claims.ts): each
 * file claims into the tables of the thread that cleans it; then every thread gets every table.
 * The main thread only hands out files.
 */
export async function sharedClaimPhase(ctx: OrderFreeContext): Promise<void> {
  if (!ctx.crossFile) return;
  const mine = shardFiles(ctx);
  const bytes = totalBytes(mine.map((x) => x.f));
  // Per thread, spill files (file-tasks.ts): the shingles held by one file only (shared-claims.ts,
  // SeenSetting), read at the barrier, and the texts of its claiming units, read in phase two.
  // A killed run's spill files (SIGKILL cannot be caught) go when their process is gone.
  reapStaleTemps([tmpdir()]);
  const spill = path.join(tmpdir(), `winnow-claims-${process.pid}-${randomBytes(6).toString("hex")}`);
  const threads = Array.from({ length: Math.max(1, ctx.jobs) }, (_, t) => t);
  const shingles = threads.map((t) => `${spill}.${t}`);
  const texts = threads.map((t) => `${spill}.t${t}`);
  for (const s of [...shingles, ...texts]) trackTemp(s);
  ctx.spills = texts;
  try {
    const request = {
      op: "claims" as const,
      files: mine.map(({ f, n }) => runFile(ctx, f, n)),
      options: mine.map(({ f }) => ctx.optionsOf(f)),
      index: recordIndex(ctx.all.length),
      seen: seenFilter(bytes, ctx.jobs > 1),
      spill,
    };
    const parts = await ctx.pool.sweep(request, ctx.advance);
    releaseNow(request.seen.buffer);
    await ctx.pool.attachShared(parts as PublishedClaims[]);
  } finally {
    removeSpills(shingles);
  }
}

/** Removes (and untracks) spill files; the texts' once phase two is over (OrderFreeContext.spills). */
export function removeSpills(files: readonly string[]): void {
  for (const s of files) {
    rmSync(s, { force: true });
    untrackTemp(s);
  }
}

/** Pass 1 of one process, every thread counting the templates of the files it takes; the counts added up. */
export async function sharedTemplates(ctx: OrderFreeContext, minFiles: number, minShare: number): Promise<LearnedTable> {
  const mine = shardFiles(ctx);
  ctx.phase?.("learning", mine.length, totalBytes(mine.map((x) => x.f)));
  const request = { op: "templates" as const, files: mine.map(({ f, n }) => runFile(ctx, f, n)), options: [], index: new SharedArrayBuffer(0) };
  const tables = (await ctx.pool.sweep(request, ctx.advance)) as LearnedTable[];
  // One thread's counts are the run's; several are added up in tables sized for all of them at
  // once (the threads wait while this thread does it).
  if (tables.length === 1 && tables[0]) return frequentOf(tables[0], minFiles, minShare);
  const counts = new TemplateCounts(tables.reduce((n, t) => n + t.counts.length, 0));
  for (const t of tables) counts.addTable(t);
  return counts.frequent(minFiles, minShare);
}

/** Phase two when the threads keep the claims: each file decided on its own by a thread; yielded in path order. */
export async function* sharedDecidePhase(ctx: OrderFreeContext): AsyncGenerator<[PlannedFile, DecidedOutcome]> {
  const mine = shardFiles(ctx);
  ctx.phase?.("cleaning", mine.length, totalBytes(mine.map((x) => x.f)));
  if (ctx.mode !== "write") {
    yield* sweptDecisions(ctx, mine);
    return;
  }
  const task = async ({ f, n }: { f: PlannedFile; n: number }): Promise<DecidedOutcome> => {
    const target = ctx.writeTarget?.(f) ?? undefined;
    try {
      const decided = ctx.pool.decideShared(runFile(ctx, f, n), ctx.crossFile, ctx.keep, ctx.optionsOf(f), target);
      // An interruption waits for a file being written, then removes its temporary file if left.
      return await (target ? tempStep(decided) : decided);
    } finally {
      if (target) ctx.targetDone?.(target);
    }
  };
  for await (const [{ f }, got] of ahead(mine, ctx.jobs, task)) yield [f, got];
}

/**
 * Phase two as a sweep (file-tasks.ts, decideSweep): the threads take the files themselves and
 * write the --out-dir ones; their outcomes, which come in any order, are put back in path order.
 * Measured on 6,000 files of the bench tree with --jobs 2, handing out files from here left each
 * worker idle 0.8-1.8 s (waiting for this thread to send the next files) and cost this thread a
 * message each way a file.
 */
async function* sweptDecisions(ctx: OrderFreeContext, mine: { f: PlannedFile; n: number }[]): AsyncGenerator<[PlannedFile, DecidedOutcome]> {
  // Every target made now (directories, temporary names tracked); each untracked once its file is out.
  const targets = mine.map(({ f }) => ctx.writeTarget?.(f) ?? null);
  const next = new Int32Array(new SharedArrayBuffer(8));
  const request: DecideSweep = {
    files: mine.map(({ f, n }) => runFile(ctx, f, n)),
    options: mine.map(({ f }) => ctx.optionsOf(f)),
    crossFile: ctx.crossFile,
    keep: ctx.keep,
    targets,
    bytes: ctx.mode !== "check",
    next: next.buffer as SharedArrayBuffer,
    // Threads that write files keep out of each other's directories; outcomes that carry the texts
    // (a report) are not held back for it.
    stride: ctx.jobs > 1 && ctx.keep !== "results" && targets.some((t) => t !== null) ? SWEEP_STRIDE : 0,
  };
  const got = new Map<number, DecidedOutcome>();
  let wake: (() => void) | null = null;
  let ended = false;
  let failure: { e: unknown } | null = null;
  const stop = (): void => void Atomics.store(next, 1, 1);
  // An interruption waits for the sweep, which stops taking files once told (at the next outcome).
  const sweep = tempStep(
    ctx.pool.decideSweep(request, (i, outcome) => {
      got.set(i, outcome);
      if (isInterrupted()) stop();
      wake?.();
    }),
  ).then(
    () => {
      ended = true;
      wake?.();
    },
    (e: unknown) => {
      failure = { e };
      stop();
      wake?.();
    },
  );
  try {
    for (let i = 0; i < mine.length; i++) {
      while (!got.has(i) && !ended && !failure) await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
      if (failure) throw (failure as { e: unknown }).e;
      // Interrupted: the signal's handler ends the process once the sweep has stopped; nothing more is told.
      if (isInterrupted()) await new Promise<never>(() => undefined);
      const target = targets[i];
      if (target) ctx.targetDone?.(target);
      const outcome = got.get(i) ?? ({ kind: "failed", reason: "not decided", bytes: 0 } as const);
      got.delete(i);
      yield [(mine[i] as { f: PlannedFile }).f, outcome];
    }
  } finally {
    stop();
    await sweep;
    for (const t of targets) if (t) ctx.targetDone?.(t);
  }
}

/** Files apart that two threads of a decide sweep work (file-tasks.ts, sweepOrder). */
const SWEEP_STRIDE = 256;

function runFile(ctx: OrderFreeContext, f: PlannedFile, n: number): RunFile {
  return { abs: f.target, name: f.file, n, salt: localeSalt(ctx.localeOf(f)), size: f.size };
}

/** Starts the tasks of a few items ahead and yields the results in order. */
async function* ahead<I, T>(items: readonly I[], jobs: number, task: (item: I) => Promise<T>): AsyncGenerator<[I, T]> {
  const window = jobs <= 1 ? 1 : jobs * 32;
  const inFlight = new Map<number, Promise<T>>();
  let launched = 0;
  for (let i = 0; i < items.length; i++) {
    if (launched - i <= window / 2) {
      for (; launched < items.length && launched < i + window; launched++) {
        const item = items[launched] as I;
        const p = task(item);
        p.catch(() => undefined);
        inFlight.set(launched, p);
      }
    }
    const got = await inFlight.get(i);
    inFlight.delete(i);
    if (got !== undefined) yield [items[i] as I, got];
  }
}

