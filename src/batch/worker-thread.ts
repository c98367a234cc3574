// A batch worker thread (worker.ts loads it): does FileTasks on request, a batch at a time, in
// order, and sends the results back a few milliseconds' worth per message, typed arrays moved.
import { parentPort, workerData } from "node:worker_threads";
import type { Analysis } from "../core/analysis-types.js";
import type { LearnedTable } from "../core/learned-lines.js";
import type { Options } from "../core/options.js";
import { decideSweep, FileTasks, sweep, type DecidedOutcome, type DecideSweep } from "./file-tasks.js";
import type { FileRequest, WorkerReply, WorkerRequest } from "./pool.js";

const tasks = new FileTasks((workerData as { options: Options }).options);
const port = parentPort;
if (!port) throw new Error("batch worker started outside a worker thread");

port.on("message", (m: WorkerRequest) => {
  if (m.op === "learned") {
    tasks.setLearned(m.table as LearnedTable | null);
    return;
  }
  void runAll(m.requests);
});

/**
 * How long a worker holds finished results before sending them. The main thread waits for the
 * next file in path order; when a whole batch was sent back at once, it waited for the batch's
 * last file to have its first, and the workers waited for more work. One message per file
 * would wake the main thread for every file instead.
 */
const REPLY_MS = 4;

/**
 * Bytes a message of replies stays under, roughly. V8 allocates what it reads from a message of
 * more than 100 KB straight in the old generation, so the analyses of a 4 ms batch (often 10 files
 * of 35 KB) went there on the main thread although they are dropped a few files later: its heap
 * grew to 3 times its live size between full GCs.
 */
const REPLY_BYTES = 80 * 1024;

async function runAll(requests: FileRequest[]): Promise<void> {
  let replies: WorkerReply[] = [];
  let transfer: ArrayBuffer[] = [];
  let bytes = 0;
  let since = performance.now();
  const send = (): void => {
    port?.postMessage(replies, transfer);
    replies = [];
    transfer = [];
    bytes = 0;
  };
  for (const r of requests) {
    const d = await run(r);
    const size = replySize(d.reply);
    if (replies.length > 0 && bytes + size > REPLY_BYTES) send();
    replies.push(d.reply);
    transfer.push(...d.transfer);
    bytes += size;
    const now = performance.now();
    if (now - since >= REPLY_MS) {
      send();
      since = now;
    }
  }
  if (replies.length > 0) send();
}

function ownsBuffer(a: ArrayBufferView): boolean {
  return a.byteOffset === 0 && a.byteLength === a.buffer.byteLength && a.buffer instanceof ArrayBuffer && a.byteLength > 0;
}

/** About what a reply takes serialized: an analysis is mostly its text (UTF-16), units and lines. */
function replySize(reply: WorkerReply): number {
  const o = reply.outcome as { kind?: string; analysis?: Analysis } | undefined;
  const d = reply.outcome as { kind?: string; out?: Uint8Array; claims?: { shingles: Uint32Array; texts: string[] } } | undefined;
  if (d?.kind === "ok" && d.out) {
    // What --check and the report keep: cuts, texts.
    const parts = (reply.outcome as Extract<DecidedOutcome, { kind: "ok" }>).parts;
    return 3 * d.out.length + 64 + 2 * ((parts.input?.length ?? 0) + (parts.result?.text.length ?? 0)) + 200 * (parts.findings?.cuts.length ?? 0);
  }
  if (d?.kind === "ok" && d.claims) return 4 * d.claims.shingles.length + 2 * d.claims.texts.reduce((n, t) => n + t.length, 0) + 64;
  const a = o?.kind === "ok" ? o.analysis : undefined;
  return a ? 2 * a.text.length + 200 * a.units.length + 24 * a.lines.start.length : 64;
}

/** One request's reply and the buffers it can move rather than copy. */
async function run(r: FileRequest): Promise<{ reply: WorkerReply; transfer: ArrayBuffer[] }> {
  try {
    if (r.op === "write") return { reply: { id: r.id, outcome: tasks.write(r.out, r.tmp, r.bytes) }, transfer: [] };
    if (r.op === "claims") {
      const outcome = await tasks.claims(r.abs, r.name, r.options);
      const transfer: ArrayBuffer[] = [];
      if (outcome.kind === "ok") {
        const c = outcome.claims;
        for (const a of [c.units.fpHi, c.units.fpLo, c.units.first, c.units.last, c.units.raw, c.fpHi, c.fpLo, c.claims, c.shingleRange, c.shingles, c.claimed, c.claimLooker, c.places]) if (ownsBuffer(a)) transfer.push(a.buffer as ArrayBuffer);
      }
      return { reply: { id: r.id, outcome }, transfer };
    }
    if (r.op === "sweep") {
      const outcome = await sweep(tasks, r.request, r.thread);
      return { reply: { id: r.id, outcome }, transfer: "counts" in outcome ? [outcome.hashes.buffer as ArrayBuffer, outcome.counts.buffer as ArrayBuffer] : [] };
    }
    if (r.op === "decide-sweep") {
      await streamDecided(r.id, r.request);
      return { reply: { id: r.id, outcome: null }, transfer: [] };
    }
    if (r.op === "attach-shared") return { reply: { id: r.id, outcome: tasks.attachShared(r.parts) }, transfer: [] };
    if (r.op === "decide" || r.op === "decide-shared") {
      const outcome = r.op === "decide" ? await tasks.decide(r.abs, r.name, r.sources, r.keep, r.options, r.looked) : await tasks.decideShared(r.file, r.crossFile, r.keep, r.options, r.target);
      return { reply: { id: r.id, outcome }, transfer: outcome.kind === "ok" && ownsBuffer(outcome.out) ? [outcome.out.buffer as ArrayBuffer] : [] };
    }
    const outcome = r.op === "templates" ? await tasks.templates(r.abs) : await tasks.analyze(r.abs, r.options);
    const transfer: ArrayBuffer[] = [];
    if (outcome.kind === "ok" && "hashes" in outcome) transfer.push(outcome.hashes.buffer as ArrayBuffer);
    if (outcome.kind === "ok" && "analysis" in outcome) {
      const a = outcome.analysis;
      transfer.push(a.selHash.buffer as ArrayBuffer, a.selPos.buffer as ArrayBuffer, a.stems.buffer as ArrayBuffer);
    }
    return { reply: { id: r.id, outcome }, transfer };
  } catch (e) {
    return { reply: { id: r.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) }, transfer: [] };
  }
}


/**
 * This thread's share of a decide sweep, its outcomes sent on as they come, a few milliseconds' worth
 * (or about REPLY_BYTES) per message; the request's own reply, after them, says it is done.
 */
async function streamDecided(id: number, request: DecideSweep): Promise<void> {
  let items: [number, DecidedOutcome][] = [];
  let transfer: ArrayBuffer[] = [];
  let bytes = 0;
  let since = performance.now();
  const send = (): void => {
    if (items.length > 0) port?.postMessage([{ id, items }] satisfies WorkerReply[], transfer);
    items = [];
    transfer = [];
    bytes = 0;
    since = performance.now();
  };
  await decideSweep(tasks, request, (i, outcome) => {
    items.push([i, outcome]);
    if (outcome.kind === "ok" && ownsBuffer(outcome.out)) transfer.push(outcome.out.buffer as ArrayBuffer);
    bytes += replySize({ id, outcome });
    if (bytes >= REPLY_BYTES || performance.now() - since >= REPLY_MS) send();
  });
  send();
}
