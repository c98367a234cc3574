// A batch run: pass 1 learns line templates across files, pass 2 analyzes files on the pool and
// decides them here, one at a time in path order, against one DedupIndex for the run.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { buildRuleSet } from "../core/boilerplate/ruleset.js";
import { cleanAnalysis } from "../core/clean.js";
import { DedupIndex } from "../core/dedup-index.js";
import { loadFormat } from "../core/unit-splitters.js";
import { LearnedLookup, markLearned, TemplateCounts, type LearnedTable } from "../core/learned-lines.js";
import { optionsKey, type Options } from "../core/options.js";
import type { CleanResult } from "../core/types.js";
import { isInterrupted, tempStep, trackTemp, untrackTemp } from "../io/interrupt.js";
import { describeFsError } from "../io/read-input.js";
import { writeFileAtomic, WriteRefused, type ReadStamp } from "../io/write-atomic.js";
import { tempNameBeside } from "../io/temp-name.js";
import { decidedOutcome, learnedEnabled, type AnalyzeOutcome, type DecidedOutcome } from "./file-tasks.js";
import { claimPhase, decidePhase, removeSpills, settlePlan, shardFiles, shardTemplates, sharedClaimPhase, sharedDecidePhase, sharedTemplates, type EngineSettings, type OrderFreeContext } from "./order-free.js";
import { totalBytes, type PlannedFile } from "./plan.js";
import { createPool, type TaskPool, type WarmWorkers } from "./pool.js";
import { memoryNote, memorySnapshot } from "./memory-note.js";

export type FileStatus = "changed" | "unchanged" | "skipped" | "failed";

export interface FileOutcome {
  file: string;
  status: FileStatus;
  /** Why a file was skipped or failed. */
  reason?: string;
  bytesIn: number;
  bytesOut: number;
  /** What was cut, counted: set when the file was read and cleaned. */
  counts?: CutCounts;
  /** Every cut and the file's figures, kept when asked (--check, the report). */
  findings?: Pick<CleanResult, "cuts" | "stats">;
  /** The clean text and every cut, kept only for the report. */
  result?: CleanResult;
  /** The decoded input, kept only for the report. */
  input?: string;
}

import { sharedMatches, type CutCounts, type Keep } from "./outcome-parts.js";
export { keptParts, type CutCounts, type Keep } from "./outcome-parts.js";

export interface BatchHooks {
  /** A pass starts over `files` files of `bytes` bytes. */
  phase?(name: "learning" | "cleaning", files: number, bytes: number): void;
  /** One more file of `bytes` bytes is done in the current pass. */
  advance?(bytes: number): void;
  /** A file is decided (and written); called in path order. */
  done?(outcome: FileOutcome): void;
}

export interface BatchRun {
  files: readonly PlannedFile[];
  options: Options;
  /** Worker threads; 1 runs everything in this thread. */
  jobs: number;
  /** "out-dir" writes every file to its `out`; "write" replaces the files that change; "check" writes nothing. */
  mode: "out-dir" | "write" | "check";
  /** Options of one file when they differ from the run's (config overrides, Markdown by extension). */
  optionsFor?: (f: PlannedFile) => Options;
  /** Files indexed before `files` (--against): their text can be a kept copy; they are never reported or written. */
  references?: readonly PlannedFile[];
  /** A file's locale folder ("" for none): files of different locales are never compared (default: all ""). */
  localeOf?: (f: PlannedFile) => string;
  /** What to keep of each file beyond its counts (default: nothing). */
  keep?: Keep;
  /** Puts texts in the run's index before any file (a check of a change: the committed tree). */
  prefill?: (index: DedupIndex) => void;
  /** Units the prefill adds, so the index is made that big at once. */
  prefillUnits?: number;
  /** The learned boilerplate table, when the caller learned it (pass 1 is then skipped). */
  learned?: LearnedTable | null;
  /** Files the caller read and analyzed already (by target; learned lines not marked yet): not analyzed again. */
  analyzed?: ReadonlyMap<string, AnalyzeOutcome>;
  hooks?: BatchHooks;
  /** Worker threads started ahead, for the pool to take (pool.ts). */
  workers?: WarmWorkers;
  /**
   * The order-free engine's store, shard and barrier (order-free.ts). Runs without references or a
   * prefill always take the order-free engine, in memory unless a store is given; with --shard
   * K/N only shard K's files are decided and reported.
   */
  engine?: EngineSettings;
}

export async function runBatch(run: BatchRun): Promise<FileOutcome[]> {
  if ((run.references ?? []).length === 0 && !run.prefill) return runOrderFree(run, run.engine ?? null);
  const { files, options: o, hooks = {} } = run;
  // More workers than files would only cost start-up time; the results are the same either way.
  const pool = createPool(o, Math.min(run.jobs, files.length), run.workers);
  try {
    const learn = learnedEnabled(o) && files.length >= o.minFiles;
    pool.setLearned(run.learned !== undefined ? run.learned : learn ? await learnTemplates(run, pool) : null);

    hooks.phase?.("cleaning", files.length, totalBytes(files));
    const rules = buildRuleSet(o);
    // One index per locale: a translation is never a copy of its source (core/locales.ts). The
    // persistent index (prefill) is the index of the files of no locale folder.
    const base = new DedupIndex(Math.max(1024, (run.prefillUnits ?? 0) * 2));
    run.prefill?.(base);
    const shared = new Map<string, DedupIndex>([["", base]]);
    const sharedFor = (f: PlannedFile): DedupIndex => {
      const locale = run.localeOf?.(f) ?? "";
      let index = shared.get(locale);
      if (!index) shared.set(locale, (index = new DedupIndex()));
      return index;
    };
    const { fileOptions, distinct } = distinctOptions(run, [...(run.references ?? []), ...files]);
    // Marks learned lines in the analyses the caller made, as the pool marks those it makes.
    const lookup = run.analyzed && run.learned ? new LearnedLookup(run.learned) : null;
    const analyze = (abs: string): Promise<AnalyzeOutcome> => {
      const fo = fileOptions.get(abs);
      const pre = run.analyzed?.get(abs);
      if (pre) {
        if (pre.kind === "ok" && lookup) markLearned(pre.analysis, lookup, fo ?? o);
        return Promise.resolve(pre);
      }
      return pool.analyze(abs, fo === o ? undefined : fo);
    };
    // cleanAnalysis analyzes a text's kept text again here when one cleaning does not settle it.
    for (const fo of distinct.values()) await loadFormat(fo.format);
    // One rule set per distinct set of options (distinctOptions gives each set one object).
    const ruleSets = new Map<Options, ReturnType<typeof buildRuleSet>>([[o, rules]]);
    const rulesOf = (fo: Options) => {
      let r = ruleSets.get(fo);
      if (!r) ruleSets.set(fo, (r = buildRuleSet(fo)));
      return r;
    };
    for await (const [f, got] of inPathOrder(run.references ?? [], run.jobs, analyze)) {
      const fo = fileOptions.get(f.target) ?? o;
      if (got.kind === "ok") cleanAnalysis(got.analysis, fo, rulesOf(fo), { index: sharedFor(f), name: f.file });
    }
    // Decided here one at a time in path order; written and reported as the order-free run's are.
    const matches = new Map<string, string>();
    async function* decided(): AsyncGenerator<[PlannedFile, DecidedOutcome]> {
      for await (const [f, got] of inPathOrder(files, run.jobs, analyze)) {
        if (got.kind !== "ok") {
          yield [f, got];
          continue;
        }
        const fo = fileOptions.get(f.target) ?? o;
        const index = o.scope === "file" ? new DedupIndex() : sharedFor(f);
        const result = cleanAnalysis(got.analysis, fo, rulesOf(fo), { index, name: f.file });
        yield [f, decidedOutcome(result, got.analysis.text, got.encoding, got.stamp, got.bytes, run.keep ?? "counts", matches)];
      }
    }
    return await emitOutcomes(run, pool, decided());
  } finally {
    await pool.close();
  }
}

/**
 * Each file's options, one object per distinct set: most files have the run's own, which then need
 * not be sent to the workers with every file. Keyed by optionsKey (the page model's 146 KB of
 * weights by their digest, not written out once a file).
 */
function distinctOptions(run: BatchRun, files: readonly PlannedFile[]): { fileOptions: Map<string, Options>; distinct: Map<string, Options> } {
  const o = run.options;
  const fileOptions = new Map<string, Options>();
  const distinct = new Map<string, Options>([[optionsKey(o), o]]);
  for (const f of files) {
    const fo = run.optionsFor?.(f) ?? o;
    let same = o;
    if (fo !== o) {
      const key = optionsKey(fo);
      same = distinct.get(key) ?? fo;
      distinct.set(key, same);
    }
    fileOptions.set(f.target, same);
  }
  return { fileOptions, distinct };
}

/**
 * The order-free run (order-free.ts): templates learned (across shards through the store), phase
 * one, the barrier, phase two on the pool; the main thread only reads and writes the store and the
 * outputs. Outcomes in path order, as the serial run gives them.
 */
async function runOrderFree(run: BatchRun, engine: EngineSettings | null): Promise<FileOutcome[]> {
  const { files, options: o, hooks = {} } = run;
  const shard = engine?.shard ?? { index: 1, count: 1 };
  memoryNote("order-free run starts");
  const pool = createPool(o, Math.min(run.jobs, Math.max(1, files.length)), run.workers);
  try {
    const { fileOptions, distinct } = distinctOptions(run, files);
    for (const fo of distinct.values()) await loadFormat(fo.format);
    const ctx: OrderFreeContext = {
      all: files,
      pool,
      options: o,
      optionsOf: (f) => {
        const fo = fileOptions.get(f.target);
        return fo === o ? undefined : fo;
      },
      localeOf: (f) => run.localeOf?.(f) ?? "",
      crossFile: o.scope !== "file" && files.length > 1,
      keep: run.keep ?? "counts",
      jobs: run.jobs,
      mode: run.mode,
      engine,
      ...(hooks.phase ? { phase: hooks.phase } : {}),
      ...(hooks.advance ? { advance: hooks.advance } : {}),
      ...(run.mode === "out-dir" && !engine ? outDirTargets() : {}),
    };
    if (engine) await settlePlan(ctx, engine);
    const learn = learnedEnabled(o) && files.length >= o.minFiles;
    let learned: LearnedTable | null = null;
    if (run.learned !== undefined) learned = run.learned;
    else if (learn) learned = !engine ? await sharedTemplates(ctx, o.minFiles, o.minShare) : shard.count === 1 ? await learnTemplates(run, pool) : await shardTemplates(ctx, engine, o.minFiles, o.minShare);
    pool.setLearned(learned);
    memoryNote("templates learned");
    const mine = shardFiles(ctx).map((x) => x.f);
    hooks.phase?.("learning", mine.length, totalBytes(mine));
    if (!engine) {
      try {
        await sharedClaimPhase(ctx);
        memoryNote("claims attached");
        const outcomes = await emitOutcomes(run, pool, sharedDecidePhase(ctx));
        memoryNote("decided", { outcomes: outcomes.length });
        memorySnapshot("decided");
        return outcomes;
      } finally {
        removeSpills(ctx.spills ?? []);
      }
    }
    const lookups = await claimPhase(ctx, engine);
    return await emitOutcomes(run, pool, decidePhase(ctx, engine, lookups));
  } finally {
    await pool.close();
  }
}

/**
 * --out-dir in one process: the thread that decides a file writes it (its directory made here
 * first, its temporary file tracked while in flight, so that an interruption removes it).
 */
function outDirTargets(): Pick<OrderFreeContext, "writeTarget" | "targetDone"> {
  const madeDirs = new Set<string>();
  return {
    writeTarget: (f) => {
      if (f.out === undefined || isInterrupted()) return null;
      const dir = path.dirname(f.out);
      try {
        if (!madeDirs.has(dir)) mkdirSync(dir, { recursive: true });
      } catch {
        return null; // written (and its failure told) the usual way
      }
      madeDirs.add(dir);
      const target = { out: f.out, tmp: tempNameBeside(f.out) };
      trackTemp(target.tmp);
      return target;
    },
    targetDone: (t) => untrackTemp(t.tmp),
  };
}

/** Writes and reports decided files (in path order), up to 128 writes in flight with --out-dir. */
async function emitOutcomes(run: BatchRun, pool: TaskPool, decided: AsyncIterable<[PlannedFile, DecidedOutcome]>): Promise<FileOutcome[]> {
  const hooks = run.hooks ?? {};
  const outcomes: FileOutcome[] = [];
  const madeDirs = new Set<string>();
  // Learned matches repeat from file to file: one string each for the whole run.
  const matches = new Map<string, string>();
  // --out-dir: up to 128 files being written while the next ones are decided (with 16, the writes
  // queued behind a worker's analyses held up the thread that decides files); outcomes still come
  // out in path order. --write stays one file at a time.
  const depth = run.mode === "out-dir" ? 128 : 1;
  const writing: { f: PlannedFile; outcome: FileOutcome; write: Promise<string | null> | null }[] = [];
  const settle = async (): Promise<void> => {
    const w = writing.shift();
    if (!w) return;
    const failure = w.write === null ? null : await w.write;
    if (failure) Object.assign(w.outcome, { status: "failed", reason: failure });
    hooks.advance?.(w.f.size);
    hooks.done?.(w.outcome);
    outcomes.push(w.outcome);
  };
  for await (const [f, got] of decided) {
    let outcome: FileOutcome;
    let write: Promise<string | null> | null = null;
    if (got.kind !== "ok") {
      outcome = { file: f.file, status: got.kind, reason: got.reason, bytesIn: got.bytes, bytesOut: 0 };
    } else {
      outcome = {
        file: f.file,
        status: got.changed ? "changed" : "unchanged",
        bytesIn: got.bytes,
        bytesOut: got.outBytes,
        counts: sharedMatches(got.counts, matches),
        ...got.parts,
      };
      // Written by the thread that decided it (outDirTargets), or here.
      if (got.written !== undefined) write = Promise.resolve(got.written === null ? null : `cannot write ${f.out ?? ""}: ${got.written}`);
      else write = writeOutput(run.mode, pool, f, got.out, got.changed, got.stamp, madeDirs);
    }
    writing.push({ f, outcome, write });
    while (writing.length >= depth) await settle();
  }
  while (writing.length > 0) await settle();
  return outcomes;
}

/** Pass 1: every file's templates, merged in path order; what pass 2 needs to mark lines. */
async function learnTemplates(run: BatchRun, pool: TaskPool): Promise<LearnedTable> {
  const { files, options: o, hooks = {} } = run;
  hooks.phase?.("learning", files.length, totalBytes(files));
  const counts = new TemplateCounts();
  for await (const [f, got] of inPathOrder(files, run.jobs, (abs) => pool.templates(abs))) {
    if (got.kind === "ok") counts.addFile(got.hashes);
    hooks.advance?.(f.size);
  }
  return counts.frequent(o.minFiles, o.minShare);
}

/** Returns the one-line reason when the file could not be written; never rejects. */
async function writeOutput(mode: BatchRun["mode"], pool: TaskPool, f: PlannedFile, bytes: Uint8Array, changed: boolean, stamp: ReadStamp, madeDirs: Set<string>): Promise<string | null> {
  try {
    if (mode === "write") {
      if (changed) await writeFileAtomic(f.target, bytes, stamp);
    } else if (f.out !== undefined) {
      // The directory here, once, before any write into it is started.
      const dir = path.dirname(f.out);
      if (!madeDirs.has(dir)) mkdirSync(dir, { recursive: true });
      madeDirs.add(dir);
      // On the pool: a worker thread with --jobs 2 and more. An interruption waits for the write and
      // then removes the temporary file if it is still there.
      if (isInterrupted()) return "interrupted, not written";
      const tmp = tempNameBeside(f.out);
      trackTemp(tmp);
      const failure = await tempStep(pool.write(f.out, tmp, bytes)).finally(() => untrackTemp(tmp));
      if (failure !== null) return `cannot write ${f.out}: ${failure}`;
    }
    return null;
  } catch (e) {
    if (e instanceof WriteRefused) return e.message;
    return `cannot write ${f.out ?? ""}: ${describeFsError(e)}`.replace(" :", ":");
  }
}

/**
 * Starts the tasks of a few files ahead (so that every worker has work) and yields the results in
 * path order, whatever order the workers finish in.
 */
async function* inPathOrder<T>(files: readonly PlannedFile[], jobs: number, task: (abs: string) => Promise<T>): AsyncGenerator<[PlannedFile, T]> {
  // Topped up half a window at a time, so that the pool sends workers several files per message;
  // 32 a worker (was 8) so that a worker is not left idle while the main thread decides a slow file.
  // In-process (--jobs 1) the files are analyzed when launched: one at a time. Looking ahead gains
  // nothing there, and with 8 the analyses held ahead were alive at most young-generation GCs, so
  // V8 moved 620 MB of them to the old generation over the 200 MB bench tree (61 MB with 1), which
  // grew to 3-4 times its live size between full GCs.
  const ahead = jobs <= 1 ? 1 : jobs * 32;
  const inFlight = new Map<number, Promise<T>>();
  let launched = 0;
  for (let i = 0; i < files.length; i++) {
    if (launched - i <= ahead / 2) for (; launched < files.length && launched < i + ahead; launched++) {
      const p = task(files[launched]?.target ?? "");
      p.catch(() => undefined); // a failure surfaces when its turn comes, not as an unhandled rejection
      inFlight.set(launched, p);
    }
    const f = files[i];
    const got = await inFlight.get(i);
    inFlight.delete(i);
    if (f && got !== undefined) yield [f, got];
  }
}
