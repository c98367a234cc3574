// A batch thread's JavaScript heap held to a fixed slack of garbage. V8 lets its old generation grow
// to up to four times what its last full collection left, by its own measure of how fast it
// collected then: the same run over the bench tree (20,000 files, --jobs 1) peaked at 240-255 MB in
// most runs and at 351-386 MB in some, with 15 MB of the heap alive (docs/engine.md). So between files a thread
// looks at its old generation now and then, and when it has grown a slack past what was alive
// after the last full collection, runs one itself. node gives the collector to scripts only
// behind --expose-gc; the flag is set for the moment it takes to fetch the function.
import { getHeapSpaceStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** Old-generation bytes in use: every space but the young generation's. */
export function oldGenerationUsed(): number {
  let n = 0;
  for (const s of getHeapSpaceStatistics()) if (!s.space_name.startsWith("new_")) n += s.space_used_size;
  return n;
}

let fullCollection: (() => void) | null = null;

/** V8's full collection, fetched once (the flag is taken back at once, for code that tests it). */
function collector(): () => void {
  if (fullCollection) return fullCollection;
  setFlagsFromString("--expose-gc");
  try {
    fullCollection = runInNewContext("gc") as () => void;
  } finally {
    setFlagsFromString("--no-expose-gc");
  }
  return fullCollection;
}

export interface HeapCeilingOptions {
  /** Garbage let stand before a collection, at least (bytes). */
  slack: number;
  /** ... and at least this share of what was alive after the last one. */
  share: number;
  /** How often the heap is looked at, at most (ms). */
  everyMs: number;
  /** The share of the time between two collections one may take, at most. */
  maxBusy: number;
  /** Reads the old generation's use (bytes); a test hands in its own. */
  used: () => number;
  /** Runs a full collection; a test hands in its own. */
  collect: () => void;
  now: () => number;
}

const DEFAULTS: HeapCeilingOptions = {
  slack: 16 * 1048576,
  share: 0.5,
  everyMs: 50,
  maxBusy: 0.05,
  used: oldGenerationUsed,
  collect: () => collector()(),
  now: () => performance.now(),
};

export class HeapCeiling {
  private readonly o: HeapCeilingOptions;
  /** What the last full collection left (or the least seen since, as V8's own ones lower it). */
  private alive: number;
  private lastLook: number;
  /** When the next collection may run: a slow collection (a large live heap) spaces them out. */
  private notBefore = 0;
  /** Collections run here, for a memory note. */
  collections = 0;

  constructor(options: Partial<HeapCeilingOptions> = {}) {
    this.o = { ...DEFAULTS, ...options };
    this.alive = this.o.used();
    this.lastLook = this.o.now();
  }

  /** Between two files: a full collection when the old generation holds more garbage than the slack. */
  check(): void {
    const now = this.o.now();
    if (now - this.lastLook < this.o.everyMs) return;
    this.lastLook = now;
    const used = this.o.used();
    if (used < this.alive) this.alive = used;
    if (used <= this.alive + Math.max(this.o.slack, this.o.share * this.alive) || now < this.notBefore) return;
    this.o.collect();
    this.collections++;
    const after = this.o.now();
    this.alive = this.o.used();
    this.notBefore = after + (after - now) / this.o.maxBusy;
    this.lastLook = after;
  }
}
