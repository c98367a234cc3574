// Runs FileTasks on worker threads (--jobs N) or in this thread (--jobs 1), behind one interface.
import { Worker } from "node:worker_threads";
import { FileTasks } from "./file-tasks.js";
/** Requests that make a message to a worker without waiting for the end of the event loop's turn. */
const SEND_AT = 8;
export function createPool(options, jobs) {
    return jobs <= 1 ? inProcessPool(options) : new WorkerPool(options, jobs);
}
/** How long in-process work runs before it lets the event loop turn. */
const BREATHE_MS = 50;
function inProcessPool(options) {
    const tasks = new FileTasks(options);
    // Files done in this thread settle as microtasks only: without a turn of the event loop now and
    // then, a signal (Ctrl-C) waited for the end of the run, which then exited 0.
    let since = performance.now();
    const breathe = async () => {
        if (performance.now() - since < BREATHE_MS)
            return;
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
        write: (out, tmp, bytes) => Promise.resolve(tasks.write(out, tmp, bytes)),
        setLearned: (t) => tasks.setLearned(t),
        close: () => Promise.resolve(),
    };
}
class WorkerPool {
    workers = [];
    load = [];
    pending = new Map();
    nextId = 0;
    /** Requests not yet posted, per worker: sent together once this turn of the event loop ends. */
    queued = [];
    flushing = false;
    constructor(options, jobs) {
        for (let w = 0; w < jobs; w++) {
            const worker = new Worker(workerScript(), { workerData: { options } });
            worker.on("message", (replies) => {
                for (const m of replies)
                    this.settle(w, m);
            });
            worker.on("error", (e) => this.failAll(w, e));
            worker.on("exit", (code) => {
                if (code !== 0)
                    this.failAll(w, new Error(`batch worker exited with code ${code}`));
            });
            this.workers.push(worker);
            this.load.push(0);
            this.queued.push([]);
        }
    }
    templates(abs) {
        return this.send("templates", abs);
    }
    analyze(abs, options) {
        return this.send("analyze", abs, options);
    }
    /** Creating a file costs more than writing it: done here, it would hold up the thread that decides files. */
    write(out, tmp, bytes) {
        return this.post((id) => ({ op: "write", id, out, tmp, bytes }), this.writerOf(out));
    }
    /**
     * The worker that writes every file of `out`'s directory: creating and renaming a file takes the
     * directory's lock in the kernel, and with two workers writing into one directory `perf` showed
     * them spinning on it (files are written in path order, so mostly into the same directory).
     */
    writerOf(out) {
        const dir = out.slice(0, Math.max(out.lastIndexOf("/"), out.lastIndexOf("\\")) + 1);
        let h = 0;
        for (let i = 0; i < dir.length; i++)
            h = (Math.imul(h, 31) + dir.charCodeAt(i)) | 0;
        return (h >>> 0) % this.workers.length;
    }
    setLearned(table) {
        this.flush();
        for (const w of this.workers)
            w.postMessage({ op: "learned", table });
    }
    async close() {
        await Promise.all(this.workers.map((w) => w.terminate()));
    }
    send(op, abs, options) {
        return this.post((id) => ({ op, id, abs, ...(options ? { options } : {}) }));
    }
    post(request, worker) {
        // The least-loaded worker: results are used in path order, so it only evens out the queues.
        let w = worker ?? 0;
        if (worker === undefined)
            for (let i = 1; i < this.load.length; i++)
                if ((this.load[i] ?? 0) < (this.load[w] ?? 0))
                    w = i;
        const id = this.nextId++;
        this.load[w] = (this.load[w] ?? 0) + 1;
        return new Promise((resolve, reject) => {
            this.pending.set(id, { resolve: resolve, reject, worker: w });
            const queue = this.queued[w];
            queue?.push(request(id));
            // A full message goes now: the main thread can go on deciding files for a long time without
            // returning to the event loop, and meanwhile the workers would run out of work.
            if (queue && queue.length >= SEND_AT)
                this.send1(w);
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
    flush() {
        this.flushing = false;
        for (let w = 0; w < this.queued.length; w++)
            this.send1(w);
    }
    send1(w) {
        const requests = this.queued[w];
        if (!requests || requests.length === 0)
            return;
        this.queued[w] = [];
        // The bytes of a file to write are moved, not copied: nothing reads them here afterwards.
        const transfer = [];
        for (const r of requests)
            if (r.op === "write" && ownsBuffer(r.bytes))
                transfer.push(r.bytes.buffer);
        this.workers[w]?.postMessage({ op: "batch", requests }, transfer);
    }
    settle(w, m) {
        const p = this.pending.get(m.id);
        if (!p)
            return;
        this.pending.delete(m.id);
        this.load[w] = (this.load[w] ?? 1) - 1;
        if (m.error !== undefined)
            p.reject(new Error(m.error));
        else
            p.resolve(m.outcome);
    }
    failAll(w, e) {
        for (const [id, p] of this.pending) {
            if (p.worker !== w)
                continue;
            this.pending.delete(id);
            p.reject(e);
        }
    }
}
/** A view over the whole of its own buffer (not a slice of a shared pool) can be moved. */
function ownsBuffer(b) {
    return b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && b.buffer instanceof ArrayBuffer;
}
/** The compiled worker beside this module; from the TypeScript sources (tests), the built one. */
function workerScript() {
    const here = import.meta.url;
    return here.endsWith(".ts") ? new URL("../../dist/batch/worker.js", here) : new URL("./worker.js", here);
}
//# sourceMappingURL=pool.js.map