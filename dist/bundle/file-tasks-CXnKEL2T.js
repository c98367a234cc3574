import { A as markLearned, C as describeFsError, D as LearnedLookup, F as analyze, I as loadFormat, N as buildRuleSet, P as loadRuleEngine, S as tempNameBeside, k as fileTemplateHashes, w as decodeBytes } from "./start-wbf25Jdb.js";
import { a as trackTemp, f as firstInvalidUtf8, i as tempStep, n as isInterrupted, o as untrackTemp } from "./boot-C76HS-2l.js";
import { closeSync, constants, fstatSync, openSync, readSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { access, lstat, open, rename, unlink } from "node:fs/promises";
import path from "node:path";
// src/io/binary.ts
/** True for data with a NUL byte that does not start with a UTF-16 byte-order mark. */
function looksBinary(bytes) {
	return !(bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255)) && bytes.indexOf(0) !== -1;
}
// src/io/read-stamped.ts
/** A file batch mode does not read; `message` is the one-line reason. */
var ReadRefused = class extends Error {};
/** V8's longest string (2^29 - 24 UTF-16 units): no more bytes than that can be decoded into one. */
const MAX_FILE_BYTES = 2 ** 29 - 24;
/** The cap in force: MAX_FILE_BYTES, or WINNOW_MAX_FILE_BYTES (a test hook) when lower. */
function maxFileBytes() {
	const v = Number(process.env.WINNOW_MAX_FILE_BYTES);
	return Number.isInteger(v) && v > 0 && v < MAX_FILE_BYTES ? v : MAX_FILE_BYTES;
}
/**
* Synchronous on purpose: it runs on worker threads (or in a --jobs 1 run that does one file at a
* time anyway), and the promise API's thread-pool round trips cost more than small files take to read.
* Opened non-blocking, so that a FIFO named by a link does not wait for a writer.
*/
function readStamped(file) {
	const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
	try {
		const s = fstatSync(fd);
		if (!s.isFile()) throw new ReadRefused(`not a regular file (${fileKind(s)})`);
		const cap = maxFileBytes();
		if (s.size > cap) throw new ReadRefused(`too big for batch mode (${size(s.size)}; the limit is ${size(cap)}): clean it alone, streamed: winnow FILE -o OUT`);
		const buf = Buffer.allocUnsafe(s.size + 1);
		let got = 0;
		for (let n = 1; n > 0 && got < buf.length; got += n) n = readSync(fd, buf, got, buf.length - got, null);
		if (got > s.size) throw new ReadRefused(s.size === 0 ? "reports a size of 0 but has content (a /proc or /sys file?), not read" : "grew while it was read, not read");
		return {
			bytes: buf.subarray(0, got),
			stamp: {
				size: s.size,
				mtimeMs: s.mtimeMs,
				mode: s.mode,
				uid: s.uid,
				gid: s.gid
			}
		};
	} finally {
		closeSync(fd);
	}
}
function fileKind(s) {
	if (s.isDirectory()) return "directory";
	if (s.isCharacterDevice()) return "character device";
	if (s.isBlockDevice()) return "block device";
	if (s.isFIFO()) return "FIFO";
	if (s.isSocket()) return "socket";
	return "special file";
}
function size(n) {
	return n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(1)} MiB` : `${(n / 1024).toFixed(1)} KiB`;
}
// src/io/write-atomic.ts
/** A write that was refused or failed; `message` is the one-line reason. */
var WriteRefused = class extends Error {};
/**
* Replaces `file` with `data`. The file's permission bits (and owner, when allowed) are kept.
* A file that is not writable, or that changed since `stamp` was taken, is left untouched.
*/
async function writeFileAtomic(file, data, stamp) {
	try {
		await access(file, constants.W_OK);
	} catch (e) {
		throw new WriteRefused(`read-only (${codeOf(e)}), not written`);
	}
	const dir = path.dirname(file);
	const tmp = tempNameBeside(file);
	if (isInterrupted()) throw new WriteRefused("interrupted, not written");
	let handle;
	trackTemp(tmp);
	try {
		handle = await tempStep(open(tmp, "wx", 384));
	} catch (e) {
		untrackTemp(tmp);
		throw new WriteRefused(`cannot create a temporary file beside it (${codeOf(e)}), not written`);
	}
	try {
		try {
			await handle.writeFile(data);
			await handle.chmod(stamp.mode & 4095);
			await handle.chown(stamp.uid, stamp.gid).catch(() => void 0);
			await handle.sync();
		} finally {
			await handle.close();
		}
		const now = await lstat(file);
		if (now.size !== stamp.size || now.mtimeMs !== stamp.mtimeMs) throw new WriteRefused("changed while it was being cleaned, not written");
		if (isInterrupted()) throw new WriteRefused("interrupted, not written");
		await tempStep(rename(tmp, file));
	} catch (e) {
		await unlink(tmp).catch(() => void 0);
		if (e instanceof WriteRefused) throw e;
		throw new WriteRefused(`cannot write (${codeOf(e)}), left as it was`);
	} finally {
		untrackTemp(tmp);
	}
	await syncDir(dir);
}
/**
* Writes a new output file (--out-dir) whole or not at all: `tmp` beside it, renamed into place.
* Sync: a batch worker thread writes it, or the one thread of --jobs 1. Throws the fs error.
*/
function writeOutputFileSync(file, data, tmp = tempNameBeside(file)) {
	trackTemp(tmp);
	try {
		writeFileSync(tmp, data, { flag: "wx" });
		renameSync(tmp, file);
	} catch (e) {
		try {
			unlinkSync(tmp);
		} catch {}
		throw e;
	} finally {
		untrackTemp(tmp);
	}
}
/** The rename is durable only once the directory entry is on disk; best effort. */
async function syncDir(dir) {
	try {
		const h = await open(dir, "r");
		await h.sync().finally(() => h.close());
	} catch {}
}
function codeOf(e) {
	const code = e.code;
	if (code === "EACCES" || code === "EPERM") return "permission denied";
	if (code === "EROFS") return "read-only file system";
	if (code === "ENOSPC") return "no space left on device";
	if (code === "EFBIG") return "file too large";
	return code ?? e.message;
}
// src/batch/file-tasks.ts
/** Whether learned boilerplate is in force for these options. */
function learnedEnabled(o) {
	return o.defaultRules && !o.disable.includes("learned");
}
var FileTasks = class {
	options;
	rulesOfRun = null;
	lookup = null;
	constructor(options) {
		this.options = options;
	}
	ruleSets = /* @__PURE__ */ new Map();
	rulesFor(o) {
		const key = JSON.stringify(o);
		let r = this.ruleSets.get(key);
		if (!r) this.ruleSets.set(key, r = buildRuleSet(o));
		return r;
	}
	/** Pass 2 marks lines against this table; null turns learned lines off. */
	setLearned(table) {
		this.lookup = table ? new LearnedLookup(table) : null;
	}
	async templates(abs) {
		const read = await readText(abs);
		if (read.kind !== "ok") return read;
		return {
			kind: "ok",
			hashes: fileTemplateHashes(read.text),
			bytes: read.bytes
		};
	}
	/** `options` of this one file (a config override, Markdown) when they differ from the run's. */
	async analyze(abs, options) {
		const read = await readText(abs);
		if (read.kind !== "ok") return read;
		const o = options ?? this.options;
		await loadFormat(o.format);
		if (o.rules.length > 0) await loadRuleEngine();
		const analysis = analyze(read.text, o, o === this.options ? this.rulesOfRun ??= buildRuleSet(o) : this.rulesFor(o), true);
		if (this.lookup) markLearned(analysis, this.lookup, o);
		return {
			kind: "ok",
			analysis,
			encoding: read.encoding,
			stamp: read.stamp,
			bytes: read.bytes
		};
	}
	/** Writes one --out-dir file through `tmp`; the reason it could not be written, or null. */
	write(out, tmp, bytes) {
		try {
			writeOutputFileSync(out, bytes, tmp);
			return null;
		} catch (e) {
			return describeFsError(e);
		}
	}
};
async function readText(abs) {
	let got;
	try {
		got = readStamped(abs);
	} catch (e) {
		return {
			kind: "failed",
			reason: e instanceof ReadRefused ? e.message : describeFsError(e),
			bytes: 0
		};
	}
	const { bytes, stamp } = got;
	if (looksBinary(bytes)) return {
		kind: "skipped",
		reason: "binary file",
		bytes: bytes.length
	};
	try {
		const d = decodeBytes(bytes, abs);
		return {
			kind: "ok",
			text: d.text,
			encoding: d.encoding,
			stamp,
			bytes: bytes.length
		};
	} catch {
		return {
			kind: "skipped",
			reason: `not UTF-8 (invalid byte at offset ${firstInvalidUtf8(bytes)})`,
			bytes: bytes.length
		};
	}
}
export { looksBinary as a, writeFileAtomic as i, learnedEnabled as n, WriteRefused as r, FileTasks as t };

//# sourceMappingURL=file-tasks-CXnKEL2T.js.map