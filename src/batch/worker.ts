// A batch worker thread: does FileTasks on request, a batch at a time, in order, and sends the
// results back a few milliseconds' worth per message, typed arrays moved.
import { parentPort, workerData } from "node:worker_threads";
import type { LearnedTable } from "../core/learned-lines.js";
import type { Options } from "../core/options.js";
import { FileTasks } from "./file-tasks.js";
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

async function runAll(requests: FileRequest[]): Promise<void> {
  let replies: WorkerReply[] = [];
  let transfer: ArrayBuffer[] = [];
  let since = performance.now();
  for (const r of requests) {
    const d = await run(r);
    replies.push(d.reply);
    transfer.push(...d.transfer);
    const now = performance.now();
    if (now - since >= REPLY_MS) {
      port?.postMessage(replies, transfer);
      replies = [];
      transfer = [];
      since = now;
    }
  }
  if (replies.length > 0) port?.postMessage(replies, transfer);
}

/** One request's reply and the buffers it can move rather than copy. */
async function run(r: FileRequest): Promise<{ reply: WorkerReply; transfer: ArrayBuffer[] }> {
  try {
    if (r.op === "write") return { reply: { id: r.id, outcome: tasks.write(r.out, r.tmp, r.bytes) }, transfer: [] };
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

