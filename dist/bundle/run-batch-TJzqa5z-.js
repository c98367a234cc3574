import { C as describeFsError, I as loadFormat, N as buildRuleSet, O as TemplateCounts, S as tempNameBeside, T as encodeText, _ as DedupIndex, g as cleanAnalysis } from "./start-wbf25Jdb.js";
import { a as trackTemp, i as tempStep, n as isInterrupted, o as untrackTemp } from "./boot-C76HS-2l.js";
import { i as writeFileAtomic, n as learnedEnabled, r as WriteRefused, t as FileTasks } from "./file-tasks-CXnKEL2T.js";
import { mkdirSync } from "node:fs";
import { Worker } from "node:worker_threads";
import path from "node:path";
// src/batch/pool.ts
/** Requests that make a message to a worker without waiting for the end of the event loop's turn. */
const SEND_AT = 8;
function createPool(options, jobs) {
	return jobs <= 1 ? inProcessPool(options) : new WorkerPool(options, jobs);
}
/** How long in-process work runs before it lets the event loop turn. */
const BREATHE_MS = 50;
function inProcessPool(options) {
	const tasks = new FileTasks(options);
	let since = performance.now();
	const breathe = async () => {
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
		write: (out, tmp, bytes) => Promise.resolve(tasks.write(out, tmp, bytes)),
		setLearned: (t) => tasks.setLearned(t),
		close: () => Promise.resolve()
	};
}
var WorkerPool = class {
	workers = [];
	load = [];
	pending = /* @__PURE__ */ new Map();
	nextId = 0;
	/** Requests not yet posted, per worker: sent together once this turn of the event loop ends. */
	queued = [];
	flushing = false;
	constructor(options, jobs) {
		for (let w = 0; w < jobs; w++) {
			const worker = new Worker(workerScript(), { workerData: { options } });
			worker.on("message", (replies) => {
				for (const m of replies) this.settle(w, m);
			});
			worker.on("error", (e) => this.failAll(w, e));
			worker.on("exit", (code) => {
				if (code !== 0) this.failAll(w, /* @__PURE__ */ new Error(`batch worker exited with code ${code}`));
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
		return this.post((id) => ({
			op: "write",
			id,
			out,
			tmp,
			bytes
		}), this.writerOf(out));
	}
	/**
	* The worker that writes every file of `out`'s directory: creating and renaming a file takes the
	* directory's lock in the kernel, and with two workers writing into one directory `perf` showed
	* them spinning on it (files are written in path order, so mostly into the same directory).
	*/
	writerOf(out) {
		const dir = out.slice(0, Math.max(out.lastIndexOf("/"), out.lastIndexOf("\\")) + 1);
		let h = 0;
		for (let i = 0; i < dir.length; i++) h = Math.imul(h, 31) + dir.charCodeAt(i) | 0;
		return (h >>> 0) % this.workers.length;
	}
	setLearned(table) {
		this.flush();
		for (const w of this.workers) w.postMessage({
			op: "learned",
			table
		});
	}
	async close() {
		await Promise.all(this.workers.map((w) => w.terminate()));
	}
	send(op, abs, options) {
		return this.post((id) => ({
			op,
			id,
			abs,
			...options ? { options } : {}
		}));
	}
	post(request, worker) {
		let w = worker ?? 0;
		if (worker === void 0) {
			for (let i = 1; i < this.load.length; i++) if ((this.load[i] ?? 0) < (this.load[w] ?? 0)) w = i;
		}
		const id = this.nextId++;
		this.load[w] = (this.load[w] ?? 0) + 1;
		return new Promise((resolve, reject) => {
			this.pending.set(id, {
				resolve,
				reject,
				worker: w
			});
			const queue = this.queued[w];
			queue?.push(request(id));
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
	flush() {
		this.flushing = false;
		for (let w = 0; w < this.queued.length; w++) this.send1(w);
	}
	send1(w) {
		const requests = this.queued[w];
		if (!requests || requests.length === 0) return;
		this.queued[w] = [];
		const transfer = [];
		for (const r of requests) if (r.op === "write" && ownsBuffer(r.bytes)) transfer.push(r.bytes.buffer);
		this.workers[w]?.postMessage({
			op: "batch",
			requests
		}, transfer);
	}
	settle(w, m) {
		const p = this.pending.get(m.id);
		if (!p) return;
		this.pending.delete(m.id);
		this.load[w] = (this.load[w] ?? 1) - 1;
		if (m.error !== void 0) p.reject(new Error(m.error));
		else p.resolve(m.outcome);
	}
	failAll(w, e) {
		for (const [id, p] of this.pending) {
			if (p.worker !== w) continue;
			this.pending.delete(id);
			p.reject(e);
		}
	}
};
/** A view over the whole of its own buffer (not a slice of a shared pool) can be moved. */
function ownsBuffer(b) {
	return b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && b.buffer instanceof ArrayBuffer;
}
/** The compiled worker beside this module; from the TypeScript sources (tests), the built one. */
function workerScript() {
	const here = import.meta.url;
	return here.endsWith(".ts") ? new URL("../../dist/batch/worker.js", here) : new URL("./worker.js", here);
}
// src/batch/run-batch.ts
/** The parts of a cleaned file's outcome that `keep` asks for. */
function keptParts(keep, result, input) {
	if (keep === "results") return {
		findings: result,
		result,
		input
	};
	if (keep === "findings") return { findings: {
		cuts: result.cuts.map(detachedCut),
		stats: result.stats
	} };
	return {};
}
/**
* The cut with its strings copied: a cut's text and match are substrings of the file's text, and V8
* keeps the whole of a string alive for any substring of it, so kept as they are they would still
* hold every file's text (over the bench tree: 924 MB of peak RSS against 541 MB with the copies).
*/
function detachedCut(c) {
	const copy = {
		...c,
		text: detached(c.text)
	};
	if (c.match !== void 0) copy.match = detached(c.match);
	return copy;
}
/** A copy of `s` that shares no memory with the string it was cut from. */
function detached(s) {
	return (" " + s).slice(1);
}
async function runBatch(run) {
	const { files, options: o, hooks = {} } = run;
	const pool = createPool(o, Math.min(run.jobs, files.length));
	try {
		const learn = learnedEnabled(o) && files.length >= o.minFiles;
		pool.setLearned(run.learned !== void 0 ? run.learned : learn ? await learnTemplates(run, pool) : null);
		hooks.phase?.("cleaning", files.length, totalBytes(files));
		const rules = buildRuleSet(o);
		const shared = new DedupIndex(Math.max(1024, (run.prefillUnits ?? 0) * 2));
		run.prefill?.(shared);
		const fileOptions = /* @__PURE__ */ new Map();
		const distinct = /* @__PURE__ */ new Map([[JSON.stringify(o), o]]);
		for (const f of [...run.references ?? [], ...files]) {
			const fo = run.optionsFor?.(f) ?? o;
			const key = JSON.stringify(fo);
			let same = distinct.get(key);
			if (!same) distinct.set(key, same = fo);
			fileOptions.set(f.target, same);
		}
		const analyze = (abs) => {
			const fo = fileOptions.get(abs);
			return pool.analyze(abs, fo === o ? void 0 : fo);
		};
		for (const fo of distinct.values()) await loadFormat(fo.format);
		const ruleSets = /* @__PURE__ */ new Map();
		const rulesOf = (fo) => {
			if (fo === o) return rules;
			const key = JSON.stringify(fo);
			let r = ruleSets.get(key);
			if (!r) ruleSets.set(key, r = buildRuleSet(fo));
			return r;
		};
		for await (const [f, got] of inPathOrder(run.references ?? [], run.jobs, analyze)) {
			const fo = fileOptions.get(f.target) ?? o;
			if (got.kind === "ok") cleanAnalysis(got.analysis, fo, rulesOf(fo), {
				index: shared,
				name: f.file
			});
		}
		const outcomes = [];
		const madeDirs = /* @__PURE__ */ new Set();
		const matches = /* @__PURE__ */ new Map();
		const depth = run.mode === "out-dir" ? 128 : 1;
		const writing = [];
		const settle = async () => {
			const w = writing.shift();
			if (!w) return;
			const failure = w.write === null ? null : await w.write;
			if (failure) Object.assign(w.outcome, {
				status: "failed",
				reason: failure
			});
			hooks.advance?.(w.f.size);
			hooks.done?.(w.outcome);
			outcomes.push(w.outcome);
		};
		for await (const [f, got] of inPathOrder(files, run.jobs, analyze)) {
			let outcome;
			let write = null;
			const fo = fileOptions.get(f.target) ?? o;
			if (got.kind !== "ok") outcome = {
				file: f.file,
				status: got.kind,
				reason: got.reason,
				bytesIn: got.bytes,
				bytesOut: 0
			};
			else {
				const index = o.scope === "file" ? new DedupIndex() : shared;
				const result = cleanAnalysis(got.analysis, fo, rulesOf(fo), {
					index,
					name: f.file
				});
				const changed = result.text !== got.analysis.text;
				const bytes = encodeText(result.text, got.encoding);
				outcome = {
					file: f.file,
					status: changed ? "changed" : "unchanged",
					bytesIn: got.bytes,
					bytesOut: bytes.length,
					counts: countCuts(result, matches),
					...keptParts(run.keep ?? "counts", result, got.analysis.text)
				};
				write = writeOutput(run.mode, pool, f, bytes, changed, got.stamp, madeDirs);
			}
			writing.push({
				f,
				outcome,
				write
			});
			while (writing.length >= depth) await settle();
		}
		while (writing.length > 0) await settle();
		return outcomes;
	} finally {
		await pool.close();
	}
}
function countCuts(result, matches) {
	const kinds = {
		duplicate: 0,
		"near-duplicate": 0,
		boilerplate: 0
	};
	let learned = null;
	for (const c of result.cuts) {
		kinds[c.kind]++;
		if (c.rule !== "learned" || c.match === void 0) continue;
		let m = matches.get(c.match);
		if (m === void 0) matches.set(c.match, m = c.match);
		learned ??= /* @__PURE__ */ new Map();
		learned.set(m, (learned.get(m) ?? 0) + 1);
	}
	return learned ? {
		kinds,
		learned: [...learned]
	} : { kinds };
}
/** Pass 1: every file's templates, merged in path order; what pass 2 needs to mark lines. */
async function learnTemplates(run, pool) {
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
async function writeOutput(mode, pool, f, bytes, changed, stamp, madeDirs) {
	try {
		if (mode === "write") {
			if (changed) await writeFileAtomic(f.target, bytes, stamp);
		} else if (f.out !== void 0) {
			const dir = path.dirname(f.out);
			if (!madeDirs.has(dir)) mkdirSync(dir, { recursive: true });
			madeDirs.add(dir);
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
async function* inPathOrder(files, jobs, task) {
	const ahead = jobs <= 1 ? 1 : jobs * 32;
	const inFlight = /* @__PURE__ */ new Map();
	let launched = 0;
	for (let i = 0; i < files.length; i++) {
		if (launched - i <= ahead / 2) for (; launched < files.length && launched < i + ahead; launched++) {
			const p = task(files[launched]?.target ?? "");
			p.catch(() => void 0);
			inFlight.set(launched, p);
		}
		const f = files[i];
		const got = await inFlight.get(i);
		inFlight.delete(i);
		if (f && got !== void 0) yield [f, got];
	}
}
function totalBytes(files) {
	return files.reduce((n, f) => n + f.size, 0);
}
export { runBatch as n, keptParts as t };

//# sourceMappingURL=run-batch-TJzqa5z-.js.map