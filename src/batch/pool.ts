// Runs FileTasks on worker threads (--jobs N) or in this thread (--jobs 1), behind one interface.
import { Worker } from "node:worker_threads";
import type { LearnedTable } from "../core/learned-lines.js";
import type { Options } from "../core/options.js";
import type { ExactKeys, SourcePackage } from "../core/claims/file-claims.js";
import type { PublishedClaims } from "../core/claims/shared-claims.js";
import type { Keep } from "./outcome-parts.js";
import { decideSweep, FileTasks, sweep, type DecideSweep, type SweepRequest, type SweepResult, type AnalyzeOutcome, type ClaimsOutcome, type DecidedOutcome, type MoreKeys, type RunFile, type TemplatesOutcome, type WriteTarget } from "./file-tasks.js";

export interface TaskPool {
  templates(abs: string): Promise<TemplatesOutcome>;
  analyze(abs: string, options?: Options): Promise<AnalyzeOutcome>;
  /** The order-free engine's phase one and two (file-claims.ts). */
  claims(abs: string, name: string, options?: Options): Promise<ClaimsOutcome>;
  /** With `looked`, the keys to look up too when the file's output has lookers it lacks (file-claims.ts, decideAgainst). */
  decide(abs: string, name: string, sources: SourcePackage, keep: Keep, options?: Options, looked?: ExactKeys): Promise<DecidedOutcome | MoreKeys>;
  /**
   * The order-free engine with the claims kept by the threads that clean the files
   * (core/claims/shared-claims.ts): phase one is a sweep ("claims") whose results are the threads'
   * tables; attach gives them all to every thread; phase two reads them there.
   */
  /**
   * A pass every thread takes part in (file-tasks.ts, sweep): each thread's result, in thread
   * order; `progress` hears of the bytes done now and then, and of all of them at the end.
   */
  sweep(r: Omit<SweepRequest, "next" | "done">, progress?: (bytes: number) => void): Promise<SweepResult[]>;
  attachShared(parts: PublishedClaims[]): Promise<void>;
  /**
   * Phase two as a sweep every thread takes part in (file-tasks.ts, decideSweep): `each` hears of
   * every file as soon as a thread has decided it, in no particular order.
   */
  decideSweep(r: DecideSweep, each: (i: number, outcome: DecidedOutcome) => void): Promise<void>;
  /** With a target, the thread that decides the file writes it too (out-dir). */
  decideShared(f: RunFile, crossFile: boolean, keep: Keep, options?: Options, target?: WriteTarget): Promise<DecidedOutcome>;
  /** Writes one --out-dir file through `tmp`: the reason it could not be written, or null. */
  write(out: string, tmp: string, bytes: Uint8Array): Promise<string | null>;
  /** Must be called before the analyze() calls it is meant for. */
  setLearned(table: LearnedTable | null): void;
  close(): Promise<void>;
}

/** What goes to a worker in one message: the requests of one turn of the event loop. */
export type WorkerRequest = { op: "batch"; requests: FileRequest[] } | { op: "learned"; table: LearnedTable | null };

export type FileRequest =
  | { op: "templates" | "analyze"; id: number; abs: string; options?: Options }
  | { op: "claims"; id: number; abs: string; name: string; options?: Options }
  | { op: "decide"; id: number; abs: string; name: string; sources: SourcePackage; keep: Keep; options?: Options; looked?: ExactKeys }
  | { op: "write"; id: number; out: string; tmp: string; bytes: Uint8Array }
  | { op: "sweep"; id: number; thread: number; request: SweepRequest }
  | { op: "attach-shared"; id: number; parts: PublishedClaims[] }
  | { op: "decide-sweep"; id: number; request: DecideSweep }
  | { op: "decide-shared"; id: number; file: RunFile; crossFile: boolean; keep: Keep; options?: Options; target?: WriteTarget };

/** What comes back in one message: the replies to one batch. */
export interface WorkerReply {
  id: number;
  outcome?: unknown;
  error?: string;
  /** A decide sweep's files decided so far: [place in the sweep, outcome]; the request goes on. */
  items?: [number, DecidedOutcome][];
}

/** Requests that make a message to a worker without waiting for the end of the event loop's turn. */
const SEND_AT = 8;

/** `warm`: workers started ahead (WarmWorkers), taken before any is started here. */
export function createPool(options: Options, jobs: number, warm?: WarmWorkers): TaskPool {
  return jobs <= 1 ? inProcessPool(options) : new WorkerPool(options, jobs, warm);
}

/**
 * Worker threads started before the files are chosen and planned: each takes about 0.2 s to load
 * before it can take a file, time the planning of a big tree can cover. A pool of the same
 * options takes them (createPool); close() ends those no pool took.
 */
export class WarmWorkers {
  private readonly spare: { worker: Worker; failed: boolean; quiet: () => void }[] = [];

  constructor(
    private readonly options: Options,
    jobs: number,
  ) {
    for (let w = 0; w < jobs; w++) {
      const worker = startWorker(options);
      const entry = { worker, failed: false, quiet: () => undefined };
      // One that fails before a pool takes it is not taken: the pool starts another, which says why.
      const failed = (): void => void (entry.failed = true);
      worker.on("error", failed);
      worker.on("exit", failed);
      entry.quiet = () => {
        worker.off("error", failed);
        worker.off("exit", failed);
      };
      this.spare.push(entry);
    }
  }

  /** A started worker for a pool of `options` (the same object), or null. */
  take(options: Options): Worker | null {
    if (options !== this.options) return null;
    for (let e = this.spare.shift(); e; e = this.spare.shift()) {
      e.quiet();
      if (!e.failed) return e.worker;
      void e.worker.terminate();
    }
    return null;
  }

  async close(): Promise<void> {
    await Promise.all(
      this.spare.splice(0).map((e) => {
        e.quiet();
        return e.worker.terminate();
      }),
    );
  }
}

/** How long in-process work runs before it lets the event loop turn. */
const BREATHE_MS = 50;

function inProcessPool(options: Options): TaskPool {
  const tasks = new FileTasks(options);
  // Files done in this thread settle as microtasks only: without a turn of the event loop now and
  // then, a signal (Ctrl-C) waited for the end of the run, which then exited 0.
  let since = performance.now();
  const breathe = async (): Promise<void> => {
    if (performance.now() - since < BREATHE_MS) return;
    await new Promise((resolve) => setImmediate(resolve));
    since = performance.now();
  };
  return {
    templates: async (abs) => {
      await breathe();
      return tasks.templates(abs);
    },
    analyze: async (abs, options) => {
      await breathe();
      return tasks.analyze(abs, options);
    },
    claims: async (abs, name, options) => {
      await breathe();
      return tasks.claims(abs, name, options);
    },
    decide: async (abs, name, sources, keep, options, looked) => {
      await breathe();
      return tasks.decide(abs, name, sources, keep, options, looked);
    },
    sweep: async (r, progress) => {
      const request = sweepRequest(r, 1);
      const got = await sweep(tasks, request, 0, breathe);
      progress?.(new Float64Array(request.done)[0] ?? 0);
      return [got];
    },
    attachShared: (parts) => Promise.resolve(tasks.attachShared(parts)),
    decideSweep: (r, each) => decideSweep(tasks, r, each, breathe),
    decideShared: async (f, crossFile, keep, options, target) => {
      await breathe();
      return tasks.decideShared(f, crossFile, keep, options, target);
    },
    write: (out, tmp, bytes) => Promise.resolve(tasks.write(out, tmp, bytes)),
    setLearned: (t) => tasks.setLearned(t),
    close: () => Promise.resolve(),
  };
}

interface Pending {
  resolve: (v: never) => void;
  reject: (e: Error) => void;
  /** A decide sweep's listener for the items that come before its end. */
  each?: (i: number, outcome: DecidedOutcome) => void;
}

class WorkerPool implements TaskPool {
  private readonly workers: Worker[] = [];
  private readonly load: number[] = [];
  private readonly pending = new Map<number, Pending & { worker: number }>();
  private nextId = 0;
  /** Requests not yet posted, per worker: sent together once this turn of the event loop ends. */
  private readonly queued: FileRequest[][] = [];
  private flushing = false;

  constructor(options: Options, jobs: number, warm?: WarmWorkers) {
    for (let w = 0; w < jobs; w++) {
      const worker = warm?.take(options) ?? startWorker(options);
      worker.on("message", (replies: WorkerReply[]) => {
        for (const m of replies) this.settle(w, m);
      });
      worker.on("error", (e) => this.failAll(w, e));
      worker.on("exit", (code) => {
        if (code !== 0) this.failAll(w, new Error(`batch worker exited with code ${code}`));
      });
      this.workers.push(worker);
      this.load.push(0);
      this.queued.push([]);
    }
  }

  templates(abs: string): Promise<TemplatesOutcome> {
    return this.send("templates", abs);
  }

  analyze(abs: string, options?: Options): Promise<AnalyzeOutcome> {
    return this.send("analyze", abs, options);
  }

  claims(abs: string, name: string, options?: Options): Promise<ClaimsOutcome> {
    return this.post((id) => ({ op: "claims", id, abs, name, ...(options ? { options } : {}) }));
  }

  decide(abs: string, name: string, sources: SourcePackage, keep: Keep, options?: Options, looked?: ExactKeys): Promise<DecidedOutcome | MoreKeys> {
    return this.post((id) => ({ op: "decide", id, abs, name, sources, keep, ...(options ? { options } : {}), ...(looked ? { looked } : {}) }));
  }

  async sweep(r: Omit<SweepRequest, "next" | "done">, progress?: (bytes: number) => void): Promise<SweepResult[]> {
    const request = sweepRequest(r, this.workers.length);
    const done = new Float64Array(request.done);
    let told = 0;
    const tell = (): void => {
      let sum = 0;
      for (let w = 0; w < done.length; w++) sum += done[w] ?? 0;
      if (sum > told) progress?.(sum - told);
      told = sum;
    };
    const timer = progress ? setInterval(tell, 100) : null;
    try {
      return await Promise.all(this.workers.map((_, w) => this.post<SweepResult>((id) => ({ op: "sweep", id, thread: w, request }), w)));
    } finally {
      if (timer) clearInterval(timer);
      tell();
    }
  }

  async attachShared(parts: PublishedClaims[]): Promise<void> {
    await Promise.all(this.workers.map((_, w) => this.post((id) => ({ op: "attach-shared", id, parts }), w)));
  }

  async decideSweep(r: DecideSweep, each: (i: number, outcome: DecidedOutcome) => void): Promise<void> {
    await Promise.all(this.workers.map((_, w) => this.post((id) => ({ op: "decide-sweep", id, request: r }), w, each)));
  }

  decideShared(file: RunFile, crossFile: boolean, keep: Keep, options?: Options, target?: WriteTarget): Promise<DecidedOutcome> {
    return this.post((id) => ({ op: "decide-shared", id, file, crossFile, keep, ...(options ? { options } : {}), ...(target ? { target } : {}) }));
  }

  /** Creating a file costs more than writing it: done here, it would hold up the thread that decides files. */
  write(out: string, tmp: string, bytes: Uint8Array): Promise<string | null> {
    return this.post((id) => ({ op: "write", id, out, tmp, bytes }), this.writerOf(out));
  }

  /**
   * The worker that writes every file of `out`'s directory: creating and renaming a file takes the
   * directory's lock in the kernel, and with two workers writing into one directory `perf` showed
   * them spinning on it (files are written in path order, so mostly into the same directory).
   */
  private writerOf(out: string): number {
    const dir = out.slice(0, Math.max(out.lastIndexOf("/"), out.lastIndexOf("\\")) + 1);
    let h = 0;
    for (let i = 0; i < dir.length; i++) h = (Math.imul(h, 31) + dir.charCodeAt(i)) | 0;
    return (h >>> 0) % this.workers.length;
  }

  setLearned(table: LearnedTable | null): void {
    this.flush();
    for (const w of this.workers) w.postMessage({ op: "learned", table } satisfies WorkerRequest);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private send<T>(op: "templates" | "analyze", abs: string, options?: Options): Promise<T> {
    return this.post((id) => ({ op, id, abs, ...(options ? { options } : {}) }));
  }

  private post<T>(request: (id: number) => FileRequest, worker?: number, each?: Pending["each"]): Promise<T> {
    // The least-loaded worker: results are used in path order, so it only evens out the queues.
    let w = worker ?? 0;
    if (worker === undefined) for (let i = 1; i < this.load.length; i++) if ((this.load[i] ?? 0) < (this.load[w] ?? 0)) w = i;
    const id = this.nextId++;
    this.load[w] = (this.load[w] ?? 0) + 1;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: never) => void, reject, worker: w, ...(each ? { each } : {}) });
      const queue = this.queued[w];
      queue?.push(request(id));
      // A full message goes now: the main thread can go on deciding files for a long time without
      // returning to the event loop, and meanwhile the workers would run out of work.
      if (queue && queue.length >= SEND_AT) this.send1(w);
      else if (!this.flushing) {
        this.flushing = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /**
   * One message per worker for all the requests made since the last flush: each message wakes a
   * thread, and with one per file the waking cost the main thread more than the work it handed out.
   */
  private flush(): void {
    this.flushing = false;
    for (let w = 0; w < this.queued.length; w++) this.send1(w);
  }

  private send1(w: number): void {
    const requests = this.queued[w];
    if (!requests || requests.length === 0) return;
    this.queued[w] = [];
    // The bytes of a file to write are moved, not copied: nothing reads them here afterwards.
    const transfer: ArrayBuffer[] = [];
    for (const r of requests) if (r.op === "write" && ownsBuffer(r.bytes)) transfer.push(r.bytes.buffer as ArrayBuffer);
    this.workers[w]?.postMessage({ op: "batch", requests } satisfies WorkerRequest, transfer);
  }

  private settle(w: number, m: WorkerReply): void {
    const p = this.pending.get(m.id);
    if (!p) return;
    if (m.items) {
      for (const [i, o] of m.items) p.each?.(i, o);
      return;
    }
    this.pending.delete(m.id);
    this.load[w] = (this.load[w] ?? 1) - 1;
    if (m.error !== undefined) p.reject(new Error(m.error));
    else p.resolve(m.outcome as never);
  }

  private failAll(w: number, e: Error): void {
    for (const [id, p] of this.pending) {
      if (p.worker !== w) continue;
      this.pending.delete(id);
      p.reject(e);
    }
  }
}

function sweepRequest(r: Omit<SweepRequest, "next" | "done">, threads: number): SweepRequest {
  return { ...r, next: new SharedArrayBuffer(4), done: new SharedArrayBuffer(8 * threads) };
}

/** A view over the whole of its own buffer (not a slice of a shared pool) can be moved. */
function ownsBuffer(b: Uint8Array): boolean {
  return b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && b.buffer instanceof ArrayBuffer;
}

/** A worker thread of the run's options (worker-thread.ts reads them from its workerData). */
function startWorker(options: Options): Worker {
  return new Worker(workerScript(), { workerData: { options } });
}

/** The compiled worker beside this module (the bundle's is CommonJS); from the TypeScript sources (tests), the built one. */
function workerScript(): URL {
  const here = import.meta.url;
  if (here.endsWith(".ts")) return new URL("../../dist/batch/worker.js", here);
  return new URL(here.endsWith(".cjs") ? "./worker.cjs" : "./worker.js", here);
}
