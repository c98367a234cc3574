// The per-file work of a batch run that depends on nothing but the file: read, decode, count
// templates (pass 1), analyze and mark learned lines (pass 2), write an --out-dir file. Runs in a
// worker or in-process.
import { analyze, type Analysis } from "../core/analyze.js";
import { addedLookups, claimsOf, decideAgainst, DECIDE_ROUNDS, lookupKeysOf, NO_KEYS, withKeys, type ExactKeys, type FileClaims, type LookupKeys, type SourcePackage } from "../core/claims/file-claims.js";
import { blobAdded, encodeFileBlob, INLINE, spanHash } from "../core/claims/records.js";
import { PartialClaims, SharedClaims, type PublishedClaims } from "../core/claims/shared-claims.js";
import { NO_SOURCES, SourceChanged, sharedSources } from "../core/claims/shared-sources.js";
import type { CleanResult } from "../core/types.js";
import { countCuts, keptParts, type CutCounts, type Keep, type KeptParts } from "./outcome-parts.js";
import { encodeText } from "../io/decode.js";
import { buildRuleSet, type RuleSet } from "../core/boilerplate/ruleset.js";
import { loadRuleEngine } from "../core/boilerplate/user-pattern.js";
import { loadPageModel } from "../core/boilerplate/page-model-loader.js";
import { fileTemplateHashes, LEARNED_RULE, LearnedLookup, markLearned, TemplateCounts, type LearnedTable } from "../core/learned-lines.js";
import type { Options } from "../core/options.js";
import { loadFormat } from "../core/unit-splitters.js";
import { closeSync, constants, openSync, writeSync } from "node:fs";
import { readInto } from "../io/read-into.js";
import { isMainThread } from "node:worker_threads";
import { looksBinary } from "../io/binary.js";
import { decodeBytes, firstInvalidUtf8, type Encoding } from "../io/decode.js";
import { ReadRefused, readStamped } from "../io/read-stamped.js";
import { describeFsError } from "../io/read-input.js";
import { writeOutputFileSync, type ReadStamp } from "../io/write-atomic.js";
import { memoryNote, memoryNotes } from "./memory-note.js";
import { HeapCeiling } from "./heap-ceiling.js";

/** A file that is not cleaned: skipped (binary, not UTF-8) is no error; failed (unreadable) is. */
export interface NotRead {
  kind: "skipped" | "failed";
  reason: string;
  bytes: number;
}

export type TemplatesOutcome = { kind: "ok"; hashes: Uint32Array; bytes: number } | NotRead;

export type AnalyzeOutcome =
  | { kind: "ok"; analysis: Analysis; encoding: Encoding; stamp: ReadStamp; bytes: number }
  | NotRead;

/** Phase one of the order-free engine (file-claims.ts): what a file claims and looks up. */
export type ClaimsOutcome = { kind: "ok"; claims: Omit<FileClaims, "alone">; bytes: number } | NotRead;

/** Phase one with the claims kept by this thread (shared-claims.ts): whether the file was read. */
export type ClaimedOutcome = { kind: "ok"; bytes: number } | NotRead;

/** A file of the run in phase one or two when the threads keep the claims: its place and locale salt. */
export interface RunFile {
  abs: string;
  name: string;
  /** Its place in the run's sorted list. */
  n: number;
  salt: number;
  /** Its planned size (progress). */
  size: number;
}

/**
 * A pass over a run's files that every thread takes part in, each taking the next file no thread
 * has taken (a shared counter): no message a file, and no thread waits while another has work.
 */
export interface SweepRequest {
  op: "templates" | "claims";
  files: RunFile[];
  /** Per file: its options when they differ from the run's. */
  options: (Options | undefined)[];
  /** Int32 [next file to take]. */
  next: SharedArrayBuffer;
  /** Float64 per thread: bytes of the files it has done (progress). */
  done: SharedArrayBuffer;
  /** claims: where the files' records stand (shared-claims.ts, recordIndex). */
  index: SharedArrayBuffer;
  /**
   * claims: the path each thread's spill files begin with: ".THREAD" the shingles held once (with
   * `seen`, the run's filter of shingles held; shared-claims.ts, SeenSetting), ".tTHREAD" the
   * texts of its claiming units (read back in phase two). Without it the texts stay in memory.
   */
  spill?: string;
  seen?: Int32Array;
}

/** What a thread gives back from a sweep: its template counts, or its claim tables. */
export type SweepResult = LearnedTable | PublishedClaims;

/** Thread `thread`'s share of a sweep; `breathe` lets an in-process run turn its event loop. */
export async function sweep(tasks: FileTasks, r: SweepRequest, thread: number, breathe?: () => Promise<void>): Promise<SweepResult> {
  const next = new Int32Array(r.next);
  const done = new Float64Array(r.done);
  const counts = r.op === "templates" ? new TemplateCounts() : null;
  if (memoryNotes) memoryNote(`${r.op} sweep starts`);
  if (!counts) tasks.beginShared(thread, r, done.length);
  for (;;) {
    const i = Atomics.add(next, 0, 1);
    const f = r.files[i];
    if (!f) break;
    await breathe?.();
    tasks.heap.check();
    if (counts) {
      const got = await tasks.templates(f.abs);
      if (got.kind === "ok") counts.addFile(got.hashes);
    } else {
      await tasks.claimShared(f, r.options[i]);
    }
    done[thread] = (done[thread] ?? 0) + f.size;
  }
  if (memoryNotes) memoryNote(`${r.op} sweep done`);
  // Moved to the main thread, not copied (worker-thread.ts), or read there in this thread, then dropped.
  return counts ? counts.frequent(1, 0, true) : tasks.publishShared();
}

/**
 * Phase two as a sweep when the threads keep the claims: every thread takes the next file no thread
 * has taken (a shared counter), decides it, writes it when it has a target, and hands its outcome on
 * at once. The main thread sends no message a file, and no thread waits for it to send the next
 * one: it only puts the outcomes back in path order.
 */
export interface DecideSweep {
  files: RunFile[];
  /** Per file: its options when they differ from the run's. */
  options: (Options | undefined)[];
  crossFile: boolean;
  keep: Keep;
  /** Per file: where the thread that decides it writes it (--out-dir), or null. */
  targets: (WriteTarget | null)[];
  /** Whether a file not written by its thread comes back with its bytes (false: a --check). */
  bytes: boolean;
  /** Int32 [next place to take, stop]: once stop is set (an interruption) no file is taken or written. */
  next: SharedArrayBuffer;
  /** How the places map to files (sweepOrder): 0, in path order. */
  stride: number;
}

/**
 * The file taken at place `p` of a sweep over `n` files. With `stride` > 0 two runs of `stride`
 * files in path order are interleaved (place 2k: the k-th file of the first run; 2k + 1: of the
 * second), so that threads taking places one after another decide files `stride` apart, mostly in
 * different directories: two threads creating and renaming files in one directory waited on its
 * lock (the kernel's rwsem_spin_on_owner, 0.5 s of CPU on 6,000 files of the bench tree).
 * The outcomes still go out in path order; they wait for at most about `stride` files.
 */
export function sweepOrder(p: number, n: number, stride: number): number {
  if (stride <= 0) return p;
  const start = p - (p % (2 * stride));
  const size = Math.min(2 * stride, n - start);
  const first = Math.ceil(size / 2);
  const q = p - start;
  const pairs = size - first;
  if (q < 2 * pairs) return start + (q % 2 === 0 ? q / 2 : first + (q - 1) / 2);
  // The first run is one file longer: its last file comes last.
  return start + q - pairs;
}

/** Thread `thread`'s share of a decide sweep: `each` hears of every file it decides, as soon as it is decided. */
export async function decideSweep(tasks: FileTasks, r: DecideSweep, each: (i: number, outcome: DecidedOutcome) => void, breathe?: () => Promise<void>): Promise<void> {
  const next = new Int32Array(r.next);
  if (memoryNotes) memoryNote("decide sweep starts");
  for (;;) {
    if (Atomics.load(next, 1) !== 0) break;
    const p = Atomics.add(next, 0, 1);
    if (p >= r.files.length) break;
    const i = sweepOrder(p, r.files.length, r.stride);
    const f = r.files[i];
    if (!f) break;
    await breathe?.();
    tasks.heap.check();
    const target = Atomics.load(next, 1) === 0 ? (r.targets[i] ?? undefined) : undefined;
    const d = await tasks.decideShared(f, r.crossFile, r.keep, r.options[i], target);
    // Bytes written here, or wanted by nobody, do not travel.
    if (d.kind === "ok" && (d.written !== undefined || !r.bytes)) d.out = NO_BYTES;
    each(i, d);
  }
  tasks.closeSources();
  if (memoryNotes) tasks.noteMemory("decide sweep done");
}

const NO_BYTES = new Uint8Array(0);

/** Phase two: the file decided against its first copies, and its clean bytes. */
export type DecidedOutcome =
  | {
      kind: "ok";
      /** Empty when nobody needs them any more: written by the thread that decided the file, or a --check. */
      out: Uint8Array;
      /** The length of the clean bytes. */
      outBytes: number;
      changed: boolean;
      stamp: ReadStamp;
      bytes: number;
      counts: CutCounts;
      parts: KeptParts;
      /** Set when the thread that decided the file wrote it too (WriteTarget): the reason it could not, or null. */
      written?: string | null;
    }
  | NotRead;

/** Phase two's answer when the file's output has lookers whose exact keys were not looked up: decide it again with `keys` too. */
export interface MoreKeys {
  kind: "more";
  keys: ExactKeys;
}


/** Where the thread that decides a file writes it (--out-dir), through `tmp`. */
export interface WriteTarget {
  out: string;
  tmp: string;
}

/** A decided file's outcome: its output bytes in its encoding, its counts and what `keep` asks for. */
export function decidedOutcome(result: CleanResult, input: string, encoding: Encoding, stamp: ReadStamp, bytes: number, keep: Keep, matches: Map<string, string>): DecidedOutcome {
  const out = encodeText(result.text, encoding);
  return { kind: "ok", out, outBytes: out.length, changed: result.text !== input, stamp, bytes, counts: countCuts(result, matches), parts: keptParts(keep, result, input) };
}

/** Whether learned boilerplate is in force for these options. */
export function learnedEnabled(o: Options): boolean {
  return o.defaultRules && !o.disable.includes(LEARNED_RULE);
}

export class FileTasks {
  private rulesOfRun: RuleSet | null = null;
  private lookup: LearnedLookup | null = null;

  constructor(private readonly options: Options) {}

  /** This thread's heap, held to a slack of garbage between files (heap-ceiling.ts). */
  readonly heap = new HeapCeiling();

  private readonly ruleSets = new Map<string, RuleSet>();

  private rulesFor(o: Options): RuleSet {
    if (o === this.options) return (this.rulesOfRun ??= buildRuleSet(o));
    const key = JSON.stringify(o);
    let r = this.ruleSets.get(key);
    if (!r) this.ruleSets.set(key, (r = buildRuleSet(o)));
    return r;
  }

  /** Pass 2 marks lines against this table; null turns learned lines off. */
  setLearned(table: LearnedTable | null): void {
    this.lookup = table ? new LearnedLookup(table) : null;
  }

  async templates(abs: string): Promise<TemplatesOutcome> {
    const read = await readText(abs);
    if (read.kind !== "ok") return read;
    return { kind: "ok", hashes: fileTemplateHashes(read.text), bytes: read.bytes };
  }

  /** `options` of this one file (a config override, Markdown) when they differ from the run's. */
  async analyze(abs: string, options?: Options): Promise<AnalyzeOutcome> {
    const read = await readText(abs);
    if (read.kind !== "ok") return read;
    const o = options ?? this.options;
    await loadFormat(o.format);
    // User rules run on RE2, loaded in this thread on first need.
    if (o.rules.length > 0) await loadRuleEngine();
    // And the page model, when it is on.
    if (o.pageModel !== undefined) await loadPageModel();
    // With the context rules' stems worked out here, in the hashing pass: else the thread that
    // decides files in order works them out from the text.
    const analysis = analyze(read.text, o, o === this.options ? (this.rulesOfRun ??= buildRuleSet(o)) : this.rulesFor(o), true);
    if (this.lookup) markLearned(analysis, this.lookup, o);
    return { kind: "ok", analysis, encoding: read.encoding, stamp: read.stamp, bytes: read.bytes };
  }

  /** Phase one: the file analyzed and cleaned alone; what it claims (file-claims.ts). */
  async claims(abs: string, name: string, options?: Options): Promise<ClaimsOutcome> {
    const got = await this.analyze(abs, options);
    if (got.kind !== "ok") return got;
    const o = options ?? this.options;
    const { alone: _, ...claims } = claimsOf(got.analysis, o, this.rulesFor(o), name);
    return { kind: "ok", claims, bytes: got.bytes };
  }

  /**
   * Phase two: the file decided against the first copies `sources` names. With `looked` (the exact
   * keys looked up for it), the keys it needs looked up too when its output has lookers `looked`
   * lacks (decideAgainst).
   */
  async decide(abs: string, name: string, sources: SourcePackage, keep: Keep, options?: Options, looked?: ExactKeys): Promise<DecidedOutcome | MoreKeys> {
    const got = await this.analyze(abs, options);
    if (got.kind !== "ok") return got;
    const o = options ?? this.options;
    const d = decideAgainst(got.analysis, o, this.rulesFor(o), name, sources, looked);
    if ("more" in d) return { kind: "more", keys: d.more };
    return decidedOutcome(d.result, got.analysis.text, got.encoding, got.stamp, got.bytes, keep, this.matches);
  }

  private partial: PartialClaims | null = null;
  private readonly noted = { shingleClaims: 0, lookerShingles: 0, files: 0, units: 0, lookers: 0, claimingUnits: 0, textChars: 0, blobBytes: 0, unitTableBytes: 0 };
  private shared: SharedClaims | null = null;
  private recordIndex: SharedArrayBuffer | null = null;

  private thread = 0;
  private spillPath: string | null = null;
  private spillWriter: FileSpill | null = null;
  private textSpill: TextSpill | null = null;

  /** A run whose threads keep the claims begins: this is thread `thread` of `threads`, in the claims sweep `r`. */
  beginShared(thread: number, r: Pick<SweepRequest, "index" | "files" | "seen" | "spill">, threads: number): void {
    const bytes = r.files.reduce((n, f) => n + f.size, 0) / Math.max(1, threads);
    this.thread = thread;
    this.textSpill = r.spill ? new TextSpill(`${r.spill}.t${thread}`) : null;
    this.spillPath = r.seen && r.spill ? r.spill : null;
    this.spillWriter = this.spillPath !== null ? new FileSpill(`${this.spillPath}.${thread}`) : null;
    const seen = r.seen && this.spillWriter ? { seen: r.seen, threads, spill: this.spillWriter } : null;
    this.partial = new PartialClaims(thread, r.index, bytes, seen);
    this.recordIndex = r.index;
    this.shared = null;
  }

  /** Phase one, claims kept by this thread: the file analyzed and cleaned alone; its claims and records put in this thread's tables. */
  async claimShared(f: RunFile, options?: Options): Promise<ClaimedOutcome> {
    const got = await this.analyze(f.abs, options);
    if (got.kind !== "ok") return got;
    const o = options ?? this.options;
    const c = claimsOf(got.analysis, o, this.rulesFor(o), f.name);
    const p = this.partial;
    if (!p) throw new Error("claimShared before beginShared");
    for (let k = 0; k < c.claims.length; k++) {
      if (c.claims[k] === 1) continue;
      // It claims nothing but looks its keys up in phase two: the tables must hold the ones another file holds.
      for (let s = c.shingleRange[2 * k] ?? 0; s < (c.shingleRange[2 * k + 1] ?? 0); s++) p.touchShingle(f.salt, c.shingles[s] ?? 0);
    }
    for (let q = 0; q < c.claimed.length; q++) {
      const u = c.claimed[q] ?? 0;
      const k = c.claimLooker[q] ?? 0;
      p.claimExact(f.salt, c.fpHi[k] ?? 0, c.fpLo[k] ?? 0, f.n, u);
      for (let s = c.shingleRange[2 * k] ?? 0; s < (c.shingleRange[2 * k + 1] ?? 0); s++) p.claimShingle(f.salt, c.shingles[s] ?? 0, f.n, u);
    }
    // A file's blob holds its claiming units, and the keys of the lookers its output added, which
    // phase two looks up with the keys of the file's own units.
    if (c.claimed.length > 0 || c.added > 0) {
      const hashes = Uint32Array.from(c.texts, (t) => spanHash(t, 0, t.length));
      const added = addedLookups(c);
      const blob = this.spillTexts(f, c.units, c.claimed, c.places, c.texts, hashes, added) ?? encodeFileBlob(f.name, f.abs, INLINE, c.units, c.claimed, c.places, [], hashes, c.texts, added);
      p.putFile(f.n, blob);
      if (memoryNotes) {
        this.noted.files++;
        this.noted.claimingUnits += c.claimed.length;
        this.noted.lookers += c.claims.length;
        for (let q = 0; q < c.claimed.length; q++) {
          const k = c.claimLooker[q] ?? 0;
          this.noted.shingleClaims += (c.shingleRange[2 * k + 1] ?? 0) - (c.shingleRange[2 * k] ?? 0);
        }
        this.noted.lookerShingles += c.shingles.length;
        this.noted.units += c.units.fpHi.length;
        this.noted.blobBytes += blob.length;
        this.noted.unitTableBytes += 20 * c.units.fpHi.length;
        this.noted.textChars += c.texts.reduce((n, t) => n + t.length, 0);
      }
    }
    return { kind: "ok", bytes: got.bytes };
  }

  private readonly sourceReader = new SourceReader();
  private readonly sourceRead = (abs: string, from: number, to: number): Uint8Array | null => this.sourceReader.read(abs, from, to);

  /** The files kept open for first copies are closed (the decisions of a run are over). */
  closeSources(): void {
    this.sourceReader.close();
  }

  /**
   * The blob of a file whose claiming texts go to this thread's text spill (UTF-8, one after
   * another): its spans are where they stand there. Null when there is no spill or it cannot be
   * written: the texts then stay in the blob.
   */
  private spillTexts(f: RunFile, units: FileClaims["units"], claimed: ArrayLike<number>, places: ArrayLike<number>, texts: readonly string[], hashes: Uint32Array, added: LookupKeys): Uint8Array | null {
    const spill = this.textSpill;
    if (!spill) return null;
    const spans = new Int32Array(2 * texts.length);
    for (let k = 0; k < texts.length; k++) {
      const at = spill.append(texts[k] ?? "");
      if (at < 0) return null;
      spans[2 * k] = at;
      spans[2 * k + 1] = spill.end;
    }
    return encodeFileBlob(f.name, spill.path, 0, units, claimed, places, spans, hashes, undefined, added);
  }

  /** A memory note (WINNOW_DEBUG_MEMORY) with what this thread counted. */
  noteMemory(what: string): void {
    memoryNote(what, { ...this.noted, rangeReads, rangeOpens, collections: this.heap.collections });
  }

  /** The barrier: this thread's tables, for every thread to read. */
  publishShared(): PublishedClaims {
    if (!this.partial) throw new Error("publishShared before beginShared");
    if (memoryNotes) memoryNote("claims published", { ...this.partial.stats(), ...this.noted });
    // In this thread alone (--jobs 1) the tables stay where they are.
    const p = this.partial.publish(!isMainThread);
    this.partial = null;
    this.spillWriter?.close();
    this.spillWriter = null;
    // Texts of this thread not written whole: phase two fails the files that need them, naming the source.
    this.textSpill?.close();
    this.textSpill = null;
    return p;
  }

  /** After the barrier: every thread's tables; this thread's get back the first claimers of their keys from every thread's spill. */
  attachShared(parts: readonly PublishedClaims[]): void {
    if (!this.recordIndex) throw new Error("attachShared before beginShared");
    const base = this.spillPath;
    this.shared = new SharedClaims(parts, this.recordIndex, base === null ? undefined : { part: this.thread, of: Math.max(1, ...parts.map((p) => p.threads)), read: (t, bytes) => readSpill(`${base}.${t}`, bytes) });
    if (memoryNotes) this.noteMemory("claims replayed");
  }

  /** Phase two, claims kept by the threads: the file decided against the first copies of its keys (none when `crossFile` is false). */
  async decideShared(f: RunFile, crossFile: boolean, keep: Keep, options?: Options, target?: WriteTarget): Promise<DecidedOutcome> {
    const got = await this.analyze(f.abs, options);
    if (got.kind !== "ok") return got;
    const o = options ?? this.options;
    const rules = this.rulesFor(o);
    let keys: LookupKeys | null = null;
    if (crossFile) {
      if (!this.shared) throw new Error("decideShared before attachShared");
      const blob = this.shared.fileBlob(f.n);
      keys = lookupKeysOf(got.analysis, o);
      if (blob) keys = withKeys(keys, blobAdded(blob));
    }
    let d: DecidedOutcome;
    // Rounds as the store's engine takes them (order-free.ts, decidePhase).
    for (let round = 1; ; round++) {
      let sources = NO_SOURCES;
      try {
        if (keys && this.shared) sources = sharedSources(this.shared, f.n, f.salt, keys, this.sourceRead);
      } catch (e) {
        if (e instanceof SourceChanged) return { kind: "failed", reason: e.message, bytes: got.bytes };
        throw e;
      }
      const r = decideAgainst(got.analysis, o, rules, f.name, sources, keys && round < DECIDE_ROUNDS ? keys : undefined);
      if ("result" in r) {
        d = decidedOutcome(r.result, got.analysis.text, got.encoding, got.stamp, got.bytes, keep, this.matches);
        break;
      }
      keys = withKeys(keys ?? NO_KEYS, { ...r.more, shingles: NO_KEYS.shingles });
    }
    // Written here: the bytes need not travel to the main thread and back to a writer.
    if (target && d.kind === "ok") d.written = this.write(target.out, target.tmp, d.out);
    return d;
  }

  /** Learned matches, one string each for what this thread sends. */
  private readonly matches = new Map<string, string>();

  /** Writes one --out-dir file through `tmp`; the reason it could not be written, or null. */
  write(out: string, tmp: string, bytes: Uint8Array): string | null {
    try {
      writeOutputFileSync(out, bytes, tmp);
      return null;
    } catch (e) {
      return describeFsError(e);
    }
  }
}

/**
 * A thread's spill file: the first sightings of shingles (shared-claims.ts, SpillWriter), written
 * as they come and read back once by every thread at the barrier, or the texts of its claiming
 * units, read back in phase two; made only by this run (never an existing file), removed by the
 * main thread once every thread has read it.
 */
class FileSpill {
  private fd = -1;
  constructor(readonly path: string) {
    try {
      this.fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
    } catch {
      // Nowhere to spill: the tables keep every shingle.
    }
  }

  /** Bytes written whole so far. */
  size = 0;

  /** Whether all of `data` was written; once not (no room, a file-size limit), nothing more is. */
  write(data: ArrayBufferView): boolean {
    if (this.fd < 0) return false;
    const b = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    try {
      for (let at = 0; at < b.length; ) at += writeSync(this.fd, b, at, b.length - at);
      this.size += b.length;
      return true;
    } catch {
      this.close();
      return false;
    }
  }

  close(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
  }
}

/**
 * A thread's claiming texts as UTF-8, one after another, through one buffer: phase two reads each
 * first copy back from here (sharedSources) with one read a source file, where opening the files
 * themselves cost 15 s of CPU on the bench tree (683,698 opens). Written before the barrier.
 */
class TextSpill {
  private readonly out: FileSpill;
  private readonly buf = new Uint8Array(1 << 20);
  private used = 0;
  /** Where the last text appended ends. */
  end = 0;

  constructor(readonly path: string) {
    this.out = new FileSpill(path);
  }

  /** Appends `text`; where it begins, or -1 when the spill cannot be written (then nothing more is). */
  append(text: string): number {
    if (this.end < 0) return -1;
    const at = this.end;
    let from = 0;
    for (;;) {
      const r = utf8.encodeInto(from === 0 ? text : text.slice(from), this.buf.subarray(this.used));
      this.used += r.written;
      this.end += r.written;
      from += r.read;
      if (from >= text.length) return at;
      if (!this.flush()) return (this.end = -1);
    }
  }

  private flush(): boolean {
    const ok = this.used === 0 || this.out.write(this.buf.subarray(0, this.used));
    this.used = 0;
    return ok;
  }

  /** Written out and closed: true when every text appended is in the file. */
  close(): boolean {
    const ok = this.end >= 0 && this.flush();
    this.out.close();
    return ok;
  }
}

/** The pairs of the first `bytes` bytes of a spill file, a megabyte at a time. */
function* readSpill(path: string, bytes: number): Iterable<Int32Array> {
  if (bytes === 0) return;
  const fd = openSync(path, constants.O_RDONLY);
  try {
    const buf = new Uint8Array(1 << 20);
    for (let left = bytes; left > 0; ) {
      const want = Math.min(buf.length, left);
      const got = readInto(fd, buf, want);
      if (got < want) throw new Error(`${path}: a spill file cut short`);
      yield new Int32Array(buf.buffer, 0, got / 4);
      left -= got;
    }
  } finally {
    closeSync(fd);
  }
}

/** Source files read back by this thread (memory notes). */
let rangeReads = 0;
let rangeOpens = 0;

const utf8 = new TextEncoder();


/**
 * Bytes [from, to) of the files phase one read, for the first copies they hold (sharedSources): one
 * read of the bytes that hold a file's first copies, about 9 µs where reading and decoding a whole
 * 10 KB file took 45-60. The last SOURCE_FDS files read stay open (a file read again is one read,
 * no open or close); they are closed when the thread's decisions end.
 */
class SourceReader {
  private readonly fds = new Map<string, number>();

  read(abs: string, from: number, to: number): Uint8Array | null {
    rangeReads++;
    let fd = this.fds.get(abs);
    if (fd === undefined) {
      try {
        fd = openSync(abs, constants.O_RDONLY | constants.O_NONBLOCK);
      } catch {
        return null;
      }
      rangeOpens++;
      this.fds.set(abs, fd);
      for (const [k, old] of this.fds) {
        if (this.fds.size <= SOURCE_FDS) break;
        this.fds.delete(k);
        closeSync(old);
      }
    }
    try {
      const buf = new Uint8Array(to - from);
      const got = readInto(fd, buf, buf.length, from);
      return got < buf.length ? buf.subarray(0, got) : buf;
    } catch {
      this.fds.delete(abs);
      closeSync(fd);
      return null;
    }
  }

  close(): void {
    for (const fd of this.fds.values()) closeSync(fd);
    this.fds.clear();
  }
}

const SOURCE_FDS = 64;

type TextRead = { kind: "ok"; text: string; encoding: Encoding; stamp: ReadStamp; bytes: number } | NotRead;

function readText(abs: string): TextRead {
  let got;
  try {
    got = readStamped(abs);
  } catch (e) {
    return { kind: "failed", reason: e instanceof ReadRefused ? e.message : describeFsError(e), bytes: 0 };
  }
  const { bytes, stamp } = got;
  if (looksBinary(bytes)) return { kind: "skipped", reason: "binary file", bytes: bytes.length };
  try {
    const d = decodeBytes(bytes, abs);
    return { kind: "ok", text: d.text, encoding: d.encoding, stamp, bytes: bytes.length };
  } catch {
    return { kind: "skipped", reason: `not UTF-8 (invalid byte at offset ${firstInvalidUtf8(bytes)})`, bytes: bytes.length };
  }
}
