// A batch run: pass 1 learns line templates across files, pass 2 analyzes files on the pool and
// decides them here, one at a time in path order, against one DedupIndex for the run.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { buildRuleSet } from "../core/boilerplate/ruleset.js";
import { cleanAnalysis } from "../core/clean.js";
import { DedupIndex } from "../core/dedup-index.js";
import { loadFormat } from "../core/unit-splitters.js";
import { TemplateCounts, type LearnedTable } from "../core/learned-lines.js";
import type { Options } from "../core/options.js";
import type { CleanResult } from "../core/types.js";
import { encodeText } from "../io/decode.js";
import { describeFsError } from "../io/read-input.js";
import { writeFileAtomic, writeOutputFileSync, WriteRefused, type ReadStamp } from "../io/write-atomic.js";
import { learnedEnabled } from "./file-tasks.js";
import type { PlannedFile } from "./plan.js";
import { createPool, type TaskPool } from "./pool.js";

export type FileStatus = "changed" | "unchanged" | "skipped" | "failed";

export interface FileOutcome {
  file: string;
  status: FileStatus;
  /** Why a file was skipped or failed. */
  reason?: string;
  bytesIn: number;
  bytesOut: number;
  result?: CleanResult;
  /** The decoded input, kept only when asked (for the report). */
  input?: string;
}

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
  keepInputs?: boolean;
  hooks?: BatchHooks;
}

export async function runBatch(run: BatchRun): Promise<FileOutcome[]> {
  const { files, options: o, hooks = {} } = run;
  // More workers than files would only cost start-up time; the results are the same either way.
  const pool = createPool(o, Math.min(run.jobs, files.length));
  try {
    const learn = learnedEnabled(o) && files.length >= o.minFiles;
    pool.setLearned(learn ? await learnTemplates(run, pool) : null);

    hooks.phase?.("cleaning", files.length, totalBytes(files));
    const rules = buildRuleSet(o);
    const shared = new DedupIndex();
    const fileOptions = new Map<string, Options>();
    for (const f of [...(run.references ?? []), ...files]) fileOptions.set(f.target, run.optionsFor?.(f) ?? o);
    // cleanAnalysis analyzes a text's kept text again here when one cleaning does not settle it.
    for (const fo of new Set([o, ...fileOptions.values()])) await loadFormat(fo.format);
    const ruleSets = new Map<string, ReturnType<typeof buildRuleSet>>();
    const rulesOf = (fo: Options) => {
      if (fo === o) return rules;
      const key = JSON.stringify(fo);
      let r = ruleSets.get(key);
      if (!r) ruleSets.set(key, (r = buildRuleSet(fo)));
      return r;
    };
    for await (const [f, got] of inPathOrder(run.references ?? [], run.jobs, (abs) => pool.analyze(abs, fileOptions.get(abs)))) {
      const fo = fileOptions.get(f.target) ?? o;
      if (got.kind === "ok") cleanAnalysis(got.analysis, fo, rulesOf(fo), { index: shared, name: f.file });
    }
    const outcomes: FileOutcome[] = [];
    const madeDirs = new Set<string>();
    for await (const [f, got] of inPathOrder(files, run.jobs, (abs) => pool.analyze(abs, fileOptions.get(abs)))) {
      let outcome: FileOutcome;
      const fo = fileOptions.get(f.target) ?? o;
      if (got.kind !== "ok") {
        outcome = { file: f.file, status: got.kind, reason: got.reason, bytesIn: got.bytes, bytesOut: 0 };
      } else {
        const index = o.scope === "file" ? new DedupIndex() : shared;
        const result = cleanAnalysis(got.analysis, fo, rulesOf(fo), { index, name: f.file });
        const changed = result.text !== got.analysis.text;
        const bytes = encodeText(result.text, got.encoding);
        outcome = {
          file: f.file,
          status: changed ? "changed" : "unchanged",
          bytesIn: got.bytes,
          bytesOut: bytes.length,
          result,
          ...(run.keepInputs ? { input: got.analysis.text } : {}),
        };
        const failure = await writeOutput(run.mode, f, bytes, changed, got.stamp, madeDirs);
        if (failure) Object.assign(outcome, { status: "failed", reason: failure });
      }
      hooks.advance?.(f.size);
      hooks.done?.(outcome);
      outcomes.push(outcome);
    }
    return outcomes;
  } finally {
    await pool.close();
  }
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

/** Returns the one-line reason when the file could not be written. */
async function writeOutput(mode: BatchRun["mode"], f: PlannedFile, bytes: Uint8Array, changed: boolean, stamp: ReadStamp, madeDirs: Set<string>): Promise<string | null> {
  try {
    if (mode === "write") {
      if (changed) await writeFileAtomic(f.target, bytes, stamp);
    } else if (f.out !== undefined) {
      // Sync: one file at a time in path order, and small files cost more in round trips than in I/O.
      const dir = path.dirname(f.out);
      if (!madeDirs.has(dir)) mkdirSync(dir, { recursive: true });
      madeDirs.add(dir);
      writeOutputFileSync(f.out, bytes);
    }
    return null;
  } catch (e) {
    if (e instanceof WriteRefused) return e.message;
    return `cannot write ${f.out ?? ""}: ${describeFsError(e)}`.replace(" :", ":");
  }
}

/**
 * Starts the task of a few files ahead (so that every worker has work) and yields the results in
 * path order, whatever order the workers finish in.
 */
async function* inPathOrder<T>(files: readonly PlannedFile[], jobs: number, task: (abs: string) => Promise<T>): AsyncGenerator<[PlannedFile, T]> {
  const ahead = Math.max(4, jobs * 4);
  const inFlight = new Map<number, Promise<T>>();
  let launched = 0;
  for (let i = 0; i < files.length; i++) {
    for (; launched < files.length && launched < i + ahead; launched++) {
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

function totalBytes(files: readonly PlannedFile[]): number {
  return files.reduce((n, f) => n + f.size, 0);
}
