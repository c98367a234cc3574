import { a as looksBinary, n as learnedEnabled } from "./file-tasks-CXnKEL2T.js";
import { A as markLearned, D as LearnedLookup, F as analyze, I as loadFormat, M as U64Map, N as buildRuleSet, S as tempNameBeside, _ as DedupIndex, g as cleanAnalysis, j as U32Map, k as fileTemplateHashes, n as newFindings, t as indexCommittedText, u as formatOfPath, w as decodeBytes } from "./start-wbf25Jdb.js";
import { t as VERSION } from "./boot-C76HS-2l.js";
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import path from "node:path";
import { createHash } from "node:crypto";
import { execFile, spawn } from "node:child_process";
// src/io/git.ts
function git(cwd, args, maxBuffer = 1 << 30) {
	return new Promise((resolve, reject) => {
		execFile("git", args, {
			cwd,
			maxBuffer,
			encoding: "utf8",
			env: {
				...process.env,
				GIT_OPTIONAL_LOCKS: "0"
			}
		}, (e, out) => e ? reject(e) : resolve(out));
	});
}
/** The repository `cwd` is in, or null (not in one, or no git command). */
async function findRepo(cwd) {
	try {
		const [root, gitDir] = (await git(cwd, [
			"rev-parse",
			"--show-toplevel",
			"--git-common-dir"
		])).split("\n");
		if (!root || !gitDir) return null;
		return {
			root,
			gitDir: path.resolve(cwd, gitDir)
		};
	} catch {
		return null;
	}
}
/**
* Every file of HEAD's tree (regular files and executables, no links or submodules), paths from the
* top of the work tree; empty before the first commit. `cwd`: any directory of the work tree (so
* that this can run beside findRepo()).
*/
async function headTree(cwd) {
	let out;
	try {
		out = await git(cwd, [
			"ls-tree",
			"-r",
			"-z",
			"--full-tree",
			"HEAD"
		]);
	} catch {
		return [];
	}
	const files = [];
	for (const rec of out.split("\0")) {
		const tab = rec.indexOf("	");
		if (tab < 0) continue;
		const [mode, type, blob] = rec.slice(0, tab).split(" ");
		if (type !== "blob" || mode !== "100644" && mode !== "100755" || !blob) continue;
		files.push({
			path: rec.slice(tab + 1),
			blob
		});
	}
	return files;
}
/** The content of each blob, read through one `git cat-file --batch`. */
function readBlobs(repo, blobs) {
	const out = /* @__PURE__ */ new Map();
	if (blobs.length === 0) return Promise.resolve(out);
	return new Promise((resolve, reject) => {
		const child = spawn("git", ["cat-file", "--batch"], {
			cwd: repo.root,
			stdio: [
				"pipe",
				"pipe",
				"pipe"
			]
		});
		const chunks = [];
		let err = "";
		child.stdout.on("data", (c) => chunks.push(c));
		child.stderr.on("data", (c) => err += c.toString());
		child.on("error", reject);
		child.on("close", (code) => {
			if (code !== 0) return reject(/* @__PURE__ */ new Error(`git cat-file: ${err.trim() || `exit ${code}`}`));
			const all = Buffer.concat(chunks);
			let at = 0;
			for (const blob of blobs) {
				const nl = all.indexOf(10, at);
				if (nl < 0) break;
				const header = all.toString("utf8", at, nl).split(" ");
				at = nl + 1;
				if (header[1] === "missing") continue;
				const size = Number(header[2]);
				out.set(blob, all.subarray(at, at + size));
				at += size + 1;
			}
			resolve(out);
		});
		child.stdin.end(blobs.join("\n") + "\n");
	});
}
// src/io/reference-store.ts
const MAGIC = "winnow-index\n";
var ReferenceStore = class ReferenceStore {
	file;
	stamp;
	entries;
	added = /* @__PURE__ */ new Map();
	used = /* @__PURE__ */ new Set();
	constructor(file, stamp, entries) {
		this.file = file;
		this.stamp = stamp;
		this.entries = entries;
	}
	/** The index in `dir` made under `stamp`; an empty one when there is none, it has another stamp or cannot be read. */
	static open(dir, stamp) {
		const file = path.join(dir, "index.bin");
		return new ReferenceStore(file, stamp, readEntries(file, stamp));
	}
	/** Entries read from the file. */
	get size() {
		return this.entries.size;
	}
	/** Entries made in this run. */
	get made() {
		return this.added.size;
	}
	get(key) {
		const words = this.raw(key);
		return words ? decode(words) : void 0;
	}
	/** The entry as stored, for the scans below (no typed array made per part). */
	raw(key) {
		this.used.add(key);
		return this.entries.get(key) ?? this.added.get(key);
	}
	/** Keeps an entry at the next save without reading it (a checked file's committed version). */
	keep(key) {
		this.used.add(key);
	}
	set(key, t) {
		this.used.add(key);
		this.added.set(key, encode(t));
	}
	/**
	* Writes the entries asked for in this run (others belong to texts no longer in the tree) when
	* any is new or any was left out. A failure (a read-only repository) only costs the next run time.
	*/
	save() {
		const keys = [...this.used].filter((k) => this.added.has(k) || this.entries.has(k)).sort();
		if (this.added.size === 0 && keys.length === this.entries.size) return;
		const parts = [];
		const table = [];
		let offset = 0;
		for (const k of keys) {
			const words = this.added.get(k) ?? this.entries.get(k);
			if (!words) continue;
			table.push([
				k,
				offset,
				words.length
			]);
			parts.push(words);
			offset += words.length;
		}
		let header = Buffer.from(MAGIC + JSON.stringify({
			stamp: this.stamp,
			entries: table
		}) + "\n");
		header = Buffer.concat([header, Buffer.alloc((4 - (header.length + 4) % 4) % 4, 32)]);
		const length = Buffer.alloc(4);
		length.writeUInt32LE(header.length);
		try {
			mkdirSync(path.dirname(this.file), { recursive: true });
			const tmp = tempNameBeside(this.file);
			const fd = openSync(tmp, "wx", 420);
			try {
				writeSync(fd, length);
				writeSync(fd, header);
				for (const p of parts) writeSync(fd, new Uint8Array(p.buffer, p.byteOffset, p.byteLength));
				fsyncSync(fd);
			} finally {
				closeSync(fd);
			}
			try {
				renameSync(tmp, this.file);
			} catch (e) {
				rmSync(tmp, { force: true });
				throw e;
			}
		} catch {}
	}
};
/** Keys looked for in the stored entries, with a bit per low 16 bits of a key to pass most words over fast. */
var WantedKeys = class {
	exact;
	shingles;
	exactBits = /* @__PURE__ */ new Uint8Array(65536);
	shingleBits = /* @__PURE__ */ new Uint8Array(65536);
	constructor(exact, shingles) {
		this.exact = exact;
		this.shingles = shingles;
	}
	addExact(hi, lo) {
		if (this.exact.setIfAbsent(hi, lo, 0)) this.exactBits[lo & 65535] = 1;
	}
	addShingle(h) {
		if (this.shingles.setIfAbsent(h, 0)) this.shingleBits[h & 65535] = 1;
	}
	get size() {
		return this.exact.size + this.shingles.size;
	}
};
/**
* Takes out of `keys` the keys a stored entry holds (an exact key of one of its records, or a
* shingle): true when it held any. Called over the entries in path order, each key goes to its
* first holder, as in an index they were all added to.
*/
function claimKeys(w, keys) {
	const nU = w[0] ?? 0;
	const nR = w[1] ?? 0;
	const nS = w[2] ?? 0;
	let held = false;
	const hi = 5 + 5 * nU + nR;
	const eb = keys.exactBits;
	for (let r = 0; r < nR; r++) {
		const l = w[hi + nR + r] ?? 0;
		if (eb[l & 65535] === 0) continue;
		const h = w[hi + r] ?? 0;
		if ((h !== 0 || l !== 0) && keys.exact.delete(h, l)) held = true;
	}
	const sb = keys.shingleBits;
	const sh = 5 + 5 * nU + 5 * nR;
	for (let i = sh; i < sh + nS; i++) {
		const x = w[i] ?? 0;
		if (sb[x & 65535] !== 0 && keys.shingles.delete(x)) held = true;
	}
	return held;
}
/** A stored entry's template hashes, [hi, lo] pairs (a view, no copy). */
function templatesOf(w) {
	const nU = w[0] ?? 0;
	const nR = w[1] ?? 0;
	const nS = w[2] ?? 0;
	const at = 5 + 5 * nU + 5 * nR + nS;
	return w.subarray(at, at + (w[3] ?? 0));
}
/** Units in a stored entry. */
function unitsOf(w) {
	return w[0] ?? 0;
}
function decodeEntry(w) {
	return decode(w);
}
function readEntries(file, stamp) {
	const entries = /* @__PURE__ */ new Map();
	let data;
	try {
		data = readFileSync(file);
	} catch {
		return entries;
	}
	try {
		const headerLength = data.readUInt32LE(0);
		const header = data.toString("utf8", 4, 4 + headerLength);
		if (!header.startsWith(MAGIC)) return entries;
		const h = JSON.parse(header.slice(13));
		if (h.stamp !== stamp || !Array.isArray(h.entries)) return entries;
		const start = 4 + headerLength;
		const aligned = (data.byteOffset + start) % 4 === 0 ? data : Buffer.from(data);
		const body = new Uint32Array(aligned.buffer, aligned.byteOffset + start, Math.floor((data.length - start) / 4));
		for (const [k, off, len] of h.entries) {
			if (off + len > body.length) return /* @__PURE__ */ new Map();
			entries.set(k, body.subarray(off, off + len));
		}
	} catch {
		return /* @__PURE__ */ new Map();
	}
	return entries;
}
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const NO_TEXT = 4294967295;
/**
* [units, records, shingles, templates, text bytes, fpHi, fpLo, first, last, raw, recUnit, recHi,
* recLo, shingle counts, text lengths (NO_TEXT: none), shingles, templates, texts as UTF-8].
*/
function encode(t) {
	const x = t.indexed;
	const nU = x.fpHi.length;
	const nR = x.recUnit.length;
	let nS = 0;
	for (const s of x.recShingles) nS += s.length;
	const texts = x.recText.map((s) => s === void 0 ? null : encoder.encode(s));
	const nB = texts.reduce((n, b) => n + (b?.length ?? 0), 0);
	const out = new Uint32Array(5 + 5 * nU + 5 * nR + nS + t.templates.length + Math.ceil(nB / 4));
	out.set([
		nU,
		nR,
		nS,
		t.templates.length,
		nB
	]);
	let at = 5;
	const put = (a) => {
		out.set(a, at);
		at += a.length;
	};
	put(x.fpHi);
	put(x.fpLo);
	put(new Uint32Array(x.first.buffer, x.first.byteOffset, nU));
	put(new Uint32Array(x.last.buffer, x.last.byteOffset, nU));
	put(x.raw);
	put(new Uint32Array(x.recUnit.buffer, x.recUnit.byteOffset, nR));
	put(x.recHi);
	put(x.recLo);
	put(x.recShingles.map((s) => s.length));
	put(texts.map((b) => b === null ? NO_TEXT : b.length));
	for (const s of x.recShingles) put(s);
	put(t.templates);
	const bytes = new Uint8Array(out.buffer, out.byteOffset + 4 * at, nB);
	let b = 0;
	for (const tb of texts) if (tb) {
		bytes.set(tb, b);
		b += tb.length;
	}
	return out;
}
function decode(w) {
	const [nU = 0, nR = 0, nS = 0, nT = 0, nB = 0] = w;
	let at = w.byteOffset + 20;
	const u32 = (n) => {
		const a = new Uint32Array(w.buffer, at, n);
		at += 4 * n;
		return a;
	};
	const i32 = (n) => {
		const a = new Int32Array(w.buffer, at, n);
		at += 4 * n;
		return a;
	};
	const fpHi = u32(nU);
	const fpLo = u32(nU);
	const first = i32(nU);
	const last = i32(nU);
	const raw = u32(nU);
	const recUnit = i32(nR);
	const recHi = u32(nR);
	const recLo = u32(nR);
	const counts = u32(nR);
	const lengths = u32(nR);
	const all = u32(nS);
	const recShingles = [];
	for (let r = 0, s = 0; r < nR; r++) {
		const c = counts[r] ?? 0;
		recShingles.push(all.subarray(s, s + c));
		s += c;
	}
	const templates = u32(nT);
	const bytes = new Uint8Array(w.buffer, at, nB);
	const recText = [];
	for (let r = 0, b = 0; r < nR; r++) {
		const len = lengths[r] ?? NO_TEXT;
		if (len === NO_TEXT) {
			recText.push(void 0);
			continue;
		}
		recText.push(decoder.decode(bytes.subarray(b, b + len)));
		b += len;
	}
	return {
		indexed: {
			fpHi,
			fpLo,
			first,
			last,
			raw,
			recText,
			recUnit,
			recHi,
			recLo,
			recShingles
		},
		templates
	};
}
// src/lib/git-check.ts
/** Bumped when the index's entries are made differently. */
const INDEX_FORMAT = 2;
const EMPTY = {
	indexed: {
		fpHi: /* @__PURE__ */ new Uint32Array(0),
		fpLo: /* @__PURE__ */ new Uint32Array(0),
		first: /* @__PURE__ */ new Int32Array(0),
		last: /* @__PURE__ */ new Int32Array(0),
		raw: /* @__PURE__ */ new Uint32Array(0),
		recText: [],
		recUnit: /* @__PURE__ */ new Int32Array(0),
		recHi: /* @__PURE__ */ new Uint32Array(0),
		recLo: /* @__PURE__ */ new Uint32Array(0),
		recShingles: []
	},
	templates: /* @__PURE__ */ new Uint32Array(0)
};
/**
* The reference and baseline of a check of `files` in the repository `cwd` is in; null outside a
* repository (or without git), where a check is what it always was. `baseline`: false with --write,
* which cuts and reports every cut.
*/
async function prepareGitCheck(cwd, files, settings, extensions, baseline) {
	const [repo, tree] = await Promise.all([findRepo(cwd), headTree(cwd)]);
	if (!repo) return null;
	const o = settings.optionsFor(null);
	const checked = new Set(files.flatMap((f) => [f.abs, f.target]));
	const exts = new Set(extensions.map((e) => `.${e.toLowerCase()}`));
	const keyOf = optionKeys();
	const optionsOf = fileOptions(settings);
	const byAbs = /* @__PURE__ */ new Map();
	const refs = [];
	const rootSlash = repo.root.endsWith(path.sep) ? repo.root : repo.root + path.sep;
	for (const t of tree) {
		const abs = path.sep === "/" ? rootSlash + t.path : path.join(repo.root, t.path);
		byAbs.set(abs, t);
		const dot = t.path.lastIndexOf(".");
		if (dot < 0 || t.path.indexOf("/", dot) >= 0 || !exts.has(t.path.slice(dot).toLowerCase()) || checked.has(abs) || settings.isIgnored(abs)) continue;
		const options = optionsOf(abs);
		refs.push({
			file: t,
			abs,
			options,
			key: `${t.blob}:${keyOf(options)}`
		});
	}
	refs.sort((a, b) => a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : 0);
	const rules = rulesCache();
	const store = ReferenceStore.open(path.join(repo.gitDir, "winnow"), JSON.stringify({
		format: INDEX_FORMAT,
		normalization: 2,
		version: VERSION
	}));
	const words = refs.map((r) => store.raw(r.key));
	const missing = refs.flatMap((r, i) => words[i] === void 0 ? [i] : []);
	for (let s = 0; s < missing.length; s += 2e3) {
		const part = missing.slice(s, s + 2e3);
		const blobs = await readBlobs(repo, [...new Set(part.map((i) => refs[i]?.file.blob ?? ""))]);
		for (const i of part) {
			const r = refs[i];
			if (!r) continue;
			const text = textOf(blobs.get(r.file.blob), r.abs);
			if (text !== null) await loadFormat(r.options.format);
			store.set(r.key, text === null ? EMPTY : indexCommittedText(text, r.options, rules(r.options)));
			words[i] = store.raw(r.key);
		}
	}
	const committed = files.map((f) => byAbs.get(f.abs) ?? byAbs.get(f.target));
	const committedKey = (i) => {
		const t = committed[i];
		const f = files[i];
		return t && f ? `${t.blob}:${keyOf(optionsOf(f.abs))}` : null;
	};
	const unindexed = committed.flatMap((_, i) => {
		const k = committedKey(i);
		return k !== null && store.raw(k) === void 0 ? [i] : [];
	});
	let committedTexts = null;
	const before = async () => {
		if (committedTexts) return committedTexts;
		const blobs = await readBlobs(repo, [...new Set(committed.flatMap((t) => t ? [t.blob] : []))]);
		return committedTexts = committed.map((t, i) => t ? textOf(blobs.get(t.blob), files[i]?.abs ?? "") : null);
	};
	if (unindexed.length > 0) {
		const texts = await before();
		for (const i of unindexed) {
			const fo = optionsOf(files[i]?.abs ?? "");
			const text = texts[i];
			if (text !== null && text !== void 0) await loadFormat(fo.format);
			store.set(committedKey(i) ?? "", text === null || text === void 0 ? EMPTY : indexCommittedText(text, fo, rules(fo)));
		}
	}
	store.save();
	const now = files.map((f) => textOf(readOrNull(f.target), f.abs));
	const { keys, pairs } = await checkedKeys(files, now, optionsOf, rules);
	const hits = claim(words, keys);
	const counts = new Int32Array(pairs.length / 2);
	const count = (th) => {
		for (let k = 0; k + 1 < th.length; k += 2) {
			const slot = keys.templates.get(th[k] ?? 0, th[k + 1] ?? 0);
			if (slot >= 0) counts[slot] = (counts[slot] ?? 0) + 1;
		}
	};
	for (const w of words) if (w) count(templatesOf(w));
	for (const text of now) if (text !== null && text !== void 0) count(fileTemplateHashes(text));
	const learned = learnedEnabled(o) && refs.length + files.length >= o.minFiles ? learnedTable(pairs, counts, refs.length + files.length, o) : null;
	const shown = (abs) => path.relative(cwd, abs).split(path.sep).join("/");
	const prefillFrom = (docs) => (index) => {
		if (o.scope !== "run") return;
		for (const i of docs) {
			const r = refs[i];
			const w = words[i];
			if (r && w && unitsOf(w) > 0) index.importDocument(shown(r.abs), decodeEntry(w).indexed);
		}
	};
	const unitsIn = (docs) => docs.reduce((n, i) => n + unitsOf(words[i] ?? /* @__PURE__ */ new Uint32Array(4)), 0);
	return {
		prefill: prefillFrom(hits),
		prefillUnits: unitsIn(hits),
		learned,
		references: refs.length,
		indexed: {
			read: refs.length - missing.length,
			made: missing.length
		},
		signature: createHash("sha1").update(`${baseline}\n${refs.map((r) => `${r.file.path}\0${r.key}`).join("\n")}`).digest("hex"),
		async newOnly(outcomes) {
			if (!baseline || !outcomes.some((out) => (out.findings?.cuts.length ?? 0) > 0)) return outcomes;
			const texts = await before();
			const both = await checkedKeys(files, [...now, ...texts], optionsOf, rules);
			const docs = claim(words, both.keys);
			const was = await baselineCuts(files, texts, prefillFrom(docs), unitsIn(docs), learned, optionsOf, rules, o);
			return outcomes.map((out) => {
				const cutsBefore = was.get(out.file);
				if (!out.findings || cutsBefore === void 0) return out;
				const cuts = newFindings(out.findings.cuts, cutsBefore);
				const kinds = {
					duplicate: 0,
					"near-duplicate": 0,
					boilerplate: 0
				};
				for (const c of cuts) kinds[c.kind]++;
				return {
					...out,
					findings: {
						cuts,
						stats: {
							...out.findings.stats,
							cuts: kinds
						}
					}
				};
			});
		}
	};
}
/** The keys of texts of the checked files (`texts[i]` is a text of `files[i % files.length]`), and the [hi, lo] of each template slot. */
async function checkedKeys(files, texts, optionsOf, rules) {
	const keys = {
		wanted: new WantedKeys(new U64Map(1024), new U32Map(4096)),
		templates: new U64Map(256)
	};
	const pairs = [];
	for (let i = 0; i < texts.length; i++) {
		const text = texts[i];
		const f = files[i % files.length];
		if (!f || text === null || text === void 0) continue;
		const fo = optionsOf(f.abs);
		await loadFormat(fo.format);
		const a = analyze(text, fo, rules(fo));
		for (const u of a.units) {
			if (u.fpHi !== 0 || u.fpLo !== 0) keys.wanted.addExact(u.fpHi, u.fpLo);
			for (let k = u.selStart; k < u.selEnd; k++) keys.wanted.addShingle(a.selHash[k] ?? 0);
		}
		const th = fileTemplateHashes(text);
		for (let k = 0; k + 1 < th.length; k += 2) if (keys.templates.setIfAbsent(th[k] ?? 0, th[k + 1] ?? 0, pairs.length / 2)) pairs.push(th[k] ?? 0, th[k + 1] ?? 0);
	}
	return {
		keys,
		pairs
	};
}
/** The entries (indices, in path order) that are the first holder of a key in `keys` (which are taken out). */
function claim(words, keys) {
	const hits = [];
	for (let i = 0; i < words.length && keys.wanted.size > 0; i++) {
		const w = words[i];
		if (w && claimKeys(w, keys.wanted)) hits.push(i);
	}
	return hits;
}
/** The cuts of the checked files' committed versions, cleaned in path order against the same reference. */
async function baselineCuts(files, before, prefill, units, learned, optionsOf, rules, o) {
	const out = /* @__PURE__ */ new Map();
	const index = new DedupIndex(Math.max(1024, units * 2));
	prefill(index);
	const lookup = learned ? new LearnedLookup(learned) : null;
	for (let i = 0; i < files.length; i++) {
		const f = files[i];
		const text = before[i];
		if (!f || text === null || text === void 0) continue;
		const fo = optionsOf(f.abs);
		await loadFormat(fo.format);
		const a = analyze(text, fo, rules(fo));
		if (lookup) markLearned(a, lookup, fo);
		out.set(f.file, cleanAnalysis(a, fo, rules(fo), {
			index: o.scope === "file" ? new DedupIndex() : index,
			name: f.file
		}).cuts);
	}
	return out;
}
/** The checked templates seen in enough files, as TemplateCounts.frequent() keeps them. */
function learnedTable(pairs, counts, files, o) {
	const need = Math.max(o.minFiles, Math.ceil(o.minShare * files - 1e-9));
	const hashes = [];
	const kept = [];
	for (let slot = 0; slot < counts.length; slot++) {
		if ((counts[slot] ?? 0) < need) continue;
		hashes.push(pairs[2 * slot] ?? 0, pairs[2 * slot + 1] ?? 0);
		kept.push(counts[slot] ?? 0);
	}
	return {
		hashes: Uint32Array.from(hashes),
		counts: Int32Array.from(kept),
		files
	};
}
/** A text from its bytes, or null for none, a binary file or one that is not UTF-8/UTF-16. */
function textOf(bytes, name) {
	if (!bytes || looksBinary(bytes)) return null;
	try {
		return decodeBytes(bytes, name).text;
	} catch {
		return null;
	}
}
function readOrNull(file) {
	try {
		return readFileSync(file);
	} catch {
		return null;
	}
}
/** Options of a file; without config overrides they depend on its format alone, so they are made once per format. */
function fileOptions(settings) {
	if ((settings.config?.overrides.length ?? 0) > 0) return (abs) => settings.optionsFor(abs);
	const byFormat = /* @__PURE__ */ new Map();
	return (abs) => {
		const format = formatOfPath(abs);
		let fo = byFormat.get(format);
		if (!fo) byFormat.set(format, fo = settings.optionsFor(abs));
		return fo;
	};
}
/** A short key of a file's options, made once per distinct set. */
function optionKeys() {
	const seen = /* @__PURE__ */ new Map();
	return (o) => {
		let k = seen.get(o);
		if (k === void 0) seen.set(o, k = createHash("sha1").update(JSON.stringify(o)).digest("hex").slice(0, 16));
		return k;
	};
}
function rulesCache() {
	const sets = /* @__PURE__ */ new Map();
	return (o) => {
		let r = sets.get(o);
		if (!r) sets.set(o, r = buildRuleSet(o));
		return r;
	};
}
export { prepareGitCheck };

//# sourceMappingURL=git-check-oFLHh2ss.js.map