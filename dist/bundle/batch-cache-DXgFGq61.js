import { t as keptParts } from "./run-batch-TJzqa5z-.js";
import { w as decodeBytes } from "./start-wbf25Jdb.js";
import { t as VERSION } from "./boot-C76HS-2l.js";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { createHash } from "node:crypto";
// src/io/cache.ts
const FORMAT = 1;
var CleanCache = class CleanCache {
	file;
	entries;
	dirty = false;
	constructor(file, entries) {
		this.file = file;
		this.entries = new Map(Object.entries(entries));
	}
	/** The cache of the project at `cwd`: node_modules/.cache/winnow/ (created on save). */
	static async open(cwd) {
		const file = path.join(cwd, "node_modules", ".cache", "winnow", "clean-files.json");
		try {
			const data = JSON.parse(await readFile(file, "utf8"));
			if (data.format === FORMAT && data.entries && typeof data.entries === "object") return new CleanCache(file, data.entries);
		} catch {}
		return new CleanCache(file, {});
	}
	/** True when `file` (absolute) had nothing to cut under this key. */
	isClean(file, key) {
		return this.entries.get(file) === key;
	}
	/** Records the outcome: clean files are remembered, others forgotten. */
	record(file, key, clean) {
		const had = this.entries.get(file);
		if (clean && had !== key) this.entries.set(file, key);
		else if (!clean && had !== void 0) this.entries.delete(file);
		else return;
		this.dirty = true;
	}
	async save() {
		if (!this.dirty) return;
		await mkdir(path.dirname(this.file), { recursive: true });
		const sorted = Object.fromEntries([...this.entries].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
		const tmp = `${this.file}.${process.pid}.${Date.now()}.tmp`;
		await writeFile(tmp, JSON.stringify({
			format: FORMAT,
			entries: sorted
		}) + "\n");
		await rename(tmp, this.file);
		this.dirty = false;
	}
};
/** A key over everything a result depends on: pass the version, the options and the content(s). */
function cacheKey(parts) {
	const h = createHash("sha256");
	for (const p of parts) {
		h.update(typeof p === "string" ? `s${p.length}:` : `b${p.length}:`);
		h.update(p);
	}
	return h.digest("hex");
}
// src/lib/batch-cache.ts
/** `treeSig`: what else the results depend on (a check of a change: the committed tree). */
async function openBatchCache(cwd, files, references, settings, treeSig = "") {
	const cache = await CleanCache.open(cwd);
	const bytes = /* @__PURE__ */ new Map();
	for (const f of [...references, ...files]) bytes.set(f.target, await readOrEmpty(f.target));
	const crossFile = settings.optionsFor(null).scope === "run" && files.length + references.length > 1;
	const runSig = (crossFile ? runSignature([...references, ...files], bytes) : "") + treeSig;
	const keys = new Map(files.map((f) => [f.target, fileCacheKey(settings.optionsFor(f.abs), bytes.get(f.target) ?? /* @__PURE__ */ new Uint8Array(), runSig)]));
	const hits = files.filter((f) => cache.isClean(f.target, keys.get(f.target) ?? ""));
	const skip = new Set(crossFile && hits.length < files.length ? [] : hits.map((f) => f.target));
	return {
		skip,
		async finish(outcomes, keep) {
			const byFile = new Map(files.map((f) => [f.file, f]));
			for (const o of outcomes) {
				const f = byFile.get(o.file);
				if (f) cache.record(f.target, keys.get(f.target) ?? "", o.status === "unchanged" && o.counts !== void 0 && cutCount(o.counts) === 0);
			}
			const added = [];
			for (const f of files) {
				if (!skip.has(f.target)) continue;
				const size = bytes.get(f.target)?.length ?? 0;
				const outcome = {
					file: f.file,
					status: "unchanged",
					bytesIn: size,
					bytesOut: size,
					counts: { kinds: {
						duplicate: 0,
						"near-duplicate": 0,
						boilerplate: 0
					} }
				};
				if (keep !== "counts") {
					const text = decodeBytes(bytes.get(f.target) ?? /* @__PURE__ */ new Uint8Array(), f.file).text;
					Object.assign(outcome, keptParts(keep, unchanged(text, size), text));
				}
				added.push(outcome);
			}
			try {
				await cache.save();
			} catch {}
			return [...outcomes, ...added].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
		}
	};
}
function cutCount(c) {
	return c.kinds.duplicate + c.kinds["near-duplicate"] + c.kinds.boilerplate;
}
/**
* The key of one file: winnow's version and normalization version (a build between releases may
* change fingerprints), the file's options and bytes, and the run's signature.
*/
function fileCacheKey(options, bytes, runSig) {
	return cacheKey([
		VERSION,
		`normalization 2`,
		JSON.stringify(options),
		bytes,
		runSig
	]);
}
function runSignature(files, bytes) {
	const h = createHash("sha256");
	for (const f of [...files].sort((a, b) => a.file < b.file ? -1 : 1)) {
		h.update(`${f.file}\0`);
		h.update(createHash("sha256").update(bytes.get(f.target) ?? "").digest("hex"));
	}
	return h.digest("hex");
}
async function readOrEmpty(file) {
	try {
		return await readFile(file);
	} catch {
		return /* @__PURE__ */ new Uint8Array();
	}
}
/** The result of a file the cache knows to have nothing to cut. */
function unchanged(text, bytes) {
	const lines = text === "" ? 0 : text.split(/\r\n|\r|\n/).length - (/[\r\n]$/.test(text) ? 1 : 0);
	return {
		text,
		cuts: [],
		stats: {
			bytesIn: bytes,
			bytesOut: bytes,
			linesIn: lines,
			linesOut: lines,
			units: 0,
			cuts: {
				duplicate: 0,
				"near-duplicate": 0,
				boilerplate: 0
			}
		}
	};
}
export { openBatchCache };

//# sourceMappingURL=batch-cache-DXgFGq61.js.map