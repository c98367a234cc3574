// A debug switch for the memory of a batch run: with WINNOW_DEBUG_MEMORY set, each phase's end
// prints the process's memory (and what the caller adds) on standard error, one JSON line.
import { getHeapSpaceStatistics, writeHeapSnapshot } from "node:v8";
import { threadId } from "node:worker_threads";

export const memoryNotes = Boolean(process.env.WINNOW_DEBUG_MEMORY);

const MB = (n: number): number => Math.round((n / 1048576) * 10) / 10;

/** One JSON line on standard error when WINNOW_DEBUG_MEMORY is set: `what`, the thread, the process's memory in MB, `extra`. */
export function memoryNote(what: string, extra: Record<string, number> = {}): void {
  if (!memoryNotes) return;
  const m = process.memoryUsage();
  const mb = Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, k.endsWith("Bytes") ? MB(v) : v]));
  // The young generation's part of heapTotal: what V8 keeps committed for new objects, however few live.
  const young = getHeapSpaceStatistics().find((s) => s.space_name === "new_space")?.space_size ?? 0;
  process.stderr.write(`${JSON.stringify({ memory: what, at: Date.now(), thread: threadId, rss: MB(m.rss), heapUsed: MB(m.heapUsed), heapTotal: MB(m.heapTotal), newSpace: MB(young), external: MB(m.external), arrayBuffers: MB(m.arrayBuffers), ...mb })}\n`);
}

/** With WINNOW_DEBUG_MEMORY=snapshot, a heap snapshot of this thread too (its file named on standard error). */
export function memorySnapshot(what: string): void {
  if (process.env.WINNOW_DEBUG_MEMORY !== "snapshot") return;
  process.stderr.write(`${JSON.stringify({ snapshot: what, file: writeHeapSnapshot() })}\n`);
}
