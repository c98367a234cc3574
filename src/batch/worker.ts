// A batch worker thread: does FileTasks on request and sends the results back, typed arrays moved.
import { parentPort, workerData } from "node:worker_threads";
import type { LearnedTable } from "../core/learned-lines.js";
import type { Options } from "../core/options.js";
import { FileTasks } from "./file-tasks.js";
import type { WorkerRequest } from "./pool.js";

const tasks = new FileTasks((workerData as { options: Options }).options);
const port = parentPort;
if (!port) throw new Error("batch worker started outside a worker thread");

port.on("message", (m: WorkerRequest) => {
  if (m.op === "learned") {
    tasks.setLearned(m.table as LearnedTable | null);
    return;
  }
  if (m.op === "write") {
    port.postMessage({ id: m.id, outcome: tasks.write(m.out, m.tmp, m.bytes) });
    return;
  }
  const job = m.op === "templates" ? tasks.templates(m.abs) : tasks.analyze(m.abs, m.options);
  job.then(
    (outcome) => {
      const transfer: ArrayBuffer[] = [];
      if (outcome.kind === "ok" && "hashes" in outcome) transfer.push(outcome.hashes.buffer as ArrayBuffer);
      if (outcome.kind === "ok" && "analysis" in outcome) {
        transfer.push(outcome.analysis.selHash.buffer as ArrayBuffer, outcome.analysis.selPos.buffer as ArrayBuffer);
      }
      port.postMessage({ id: m.id, outcome }, transfer);
    },
    (e: unknown) => port.postMessage({ id: m.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
  );
});
