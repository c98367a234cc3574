import { readFileSync, unlinkSync } from "node:fs";
// src/core/surrogates.ts
/** Splits off a high surrogate that ends `text`, to be put in front of the next piece. */
function holdTrailingHighSurrogate(text) {
	const last = text.charCodeAt(text.length - 1);
	return last >= 55296 && last <= 56319 ? [text.slice(0, -1), text.slice(-1)] : [text, ""];
}
// src/base/errors.ts
var WinnowError = class extends Error {
	exitCode;
	constructor(message, exitCode) {
		super(message);
		this.exitCode = exitCode;
		this.name = new.target.name;
	}
};
/** Bad flags, bad option values, bad combinations: exit 2. */
var UsageError = class extends WinnowError {
	constructor(message) {
		super(message, 2);
	}
};
/** A file that cannot be read, decoded or written: exit 2. */
var InputError = class extends WinnowError {
	constructor(message) {
		super(message, 2);
	}
};
/** A config file that cannot be loaded or does not validate: exit 2. */
var ConfigError = class extends WinnowError {
	constructor(message) {
		super(message, 2);
	}
};
// src/io/text-stream.ts
const UTF8 = new TextEncoder();
var TextStreamDecoder = class {
	name;
	encoding;
	/** Bytes taken in so far. */
	offset = 0;
	/** Bytes held back: the start of an unfinished sequence (or of the BOM). */
	held = /* @__PURE__ */ new Uint8Array(0);
	utf16 = new TextDecoder("utf-16le");
	/** A high surrogate ended the last chunk; its byte offset. */
	highAt = -1;
	constructor(name) {
		this.name = name;
	}
	/** The text of this chunk (possibly empty); throws an InputError naming the file and byte offset. */
	write(chunk) {
		const bytes = this.held.length > 0 ? concat(this.held, chunk) : chunk;
		const base = this.offset - this.held.length;
		this.offset += chunk.length;
		this.held = /* @__PURE__ */ new Uint8Array(0);
		if (this.encoding === void 0) {
			if (bytes.length < 2) {
				this.held = bytes.slice();
				return "";
			}
			if (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255) {
				this.encoding = bytes[0] === 255 ? "utf16le" : "utf16be";
				return "﻿" + this.writeUtf16(bytes.subarray(2), base + 2);
			}
			this.encoding = "utf8";
		}
		return this.encoding === "utf8" ? this.writeUtf8(bytes, base) : this.writeUtf16(bytes, base);
	}
	/** The rest of the text; throws when the input stops in the middle of a character. */
	end() {
		const at = this.offset - this.held.length;
		if (this.encoding === void 0) {
			const rest = this.held;
			this.held = /* @__PURE__ */ new Uint8Array(0);
			this.encoding = "utf8";
			return this.writeUtf8(rest, at) + this.end();
		}
		if (this.held.length > 0) {
			const what = this.encoding === "utf8" ? "invalid UTF-8" : "invalid UTF-16 (odd number of bytes)";
			throw new InputError(`${this.name}: ${what} at byte offset ${at}, not cleaned`);
		}
		if (this.highAt >= 0) throw this.badUtf16(this.highAt);
		return "";
	}
	writeUtf8(bytes, base) {
		const nul = bytes.indexOf(0);
		if (nul !== -1) throw new InputError(`${this.name}: binary file (NUL byte at offset ${base + nul}), not cleaned`);
		const keep = bytes.length - unfinishedUtf8(bytes);
		if (keep < bytes.length) this.held = bytes.slice(keep);
		const body = bytes.subarray(0, keep);
		try {
			return new TextDecoder("utf-8", {
				fatal: true,
				ignoreBOM: true
			}).decode(body);
		} catch {
			throw new InputError(`${this.name}: invalid UTF-8 at byte offset ${base + firstInvalidUtf8(body)}, not cleaned`);
		}
	}
	writeUtf16(bytes, base) {
		const even = bytes.length - bytes.length % 2;
		if (even < bytes.length) this.held = bytes.slice(even);
		const units = new Uint8Array(even);
		const be = this.encoding === "utf16be";
		for (let i = 0; i < even; i += 2) {
			units[i] = bytes[be ? i + 1 : i] ?? 0;
			units[i + 1] = bytes[be ? i : i + 1] ?? 0;
		}
		for (let i = 0; i < even; i += 2) {
			const c = (units[i] ?? 0) | (units[i + 1] ?? 0) << 8;
			if (c === 0) throw new InputError(`${this.name}: binary file (NUL character at offset ${base + i}), not cleaned`);
			const high = c >= 55296 && c <= 56319;
			const low = c >= 56320 && c <= 57343;
			if (this.highAt >= 0 && !low) throw this.badUtf16(this.highAt);
			if (this.highAt < 0 && low) throw this.badUtf16(base + i);
			this.highAt = high ? base + i : -1;
		}
		return this.utf16.decode(units, { stream: true });
	}
	badUtf16(at) {
		return new InputError(`${this.name}: invalid UTF-16 (unpaired surrogate) at byte offset ${at}, not cleaned`);
	}
};
/** Writes text back in its encoding; a UTF-16 text's BOM is its first character. */
var TextStreamEncoder = class {
	encoding;
	wrote = false;
	/** A high surrogate that ended the last piece: UTF-8 needs its pair to encode it. */
	high = "";
	constructor(encoding) {
		this.encoding = encoding;
	}
	write(piece) {
		if (piece.length > 0) this.wrote = true;
		if (this.encoding !== "utf8") return this.utf16(piece);
		let text;
		[text, this.high] = holdTrailingHighSurrogate(this.high + piece);
		return UTF8.encode(text);
	}
	utf16(text) {
		const out = new Uint8Array(text.length * 2);
		const le = this.encoding === "utf16le";
		for (let i = 0; i < text.length; i++) {
			const c = text.charCodeAt(i);
			out[2 * i] = le ? c & 255 : c >> 8;
			out[2 * i + 1] = le ? c >> 8 : c & 255;
		}
		return out;
	}
	/** A UTF-16 text cut down to nothing keeps its BOM, so it stays a UTF-16 file. */
	end() {
		if (this.high) {
			const rest = new TextEncoder().encode(this.high);
			this.high = "";
			return rest;
		}
		if (this.wrote || this.encoding === "utf8") return /* @__PURE__ */ new Uint8Array(0);
		return this.encoding === "utf16le" ? Uint8Array.of(255, 254) : Uint8Array.of(254, 255);
	}
};
function concat(a, b) {
	const out = new Uint8Array(a.length + b.length);
	out.set(a);
	out.set(b, a.length);
	return out;
}
/** Length of a sequence that starts near the end of `b` and needs bytes not yet read. */
function unfinishedUtf8(b) {
	for (let k = 1; k <= 3 && k <= b.length; k++) {
		const c = b[b.length - k] ?? 0;
		if ((c & 192) === 128) continue;
		return (c >= 240 ? 4 : c >= 224 ? 3 : c >= 192 ? 2 : 1) > k ? k : 0;
	}
	return 0;
}
/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(b) {
	let i = 0;
	while (i < b.length) {
		const c = b[i] ?? 0;
		const need = c < 128 ? 0 : c >= 194 && c <= 223 ? 1 : c >= 224 && c <= 239 ? 2 : c >= 240 && c <= 244 ? 3 : -1;
		if (need < 0) return i;
		for (let k = 1; k <= need; k++) {
			const d = b[i + k];
			if (d === void 0 || (d & 192) !== 128) return i;
		}
		if (need === 2 && (c === 224 && (b[i + 1] ?? 0) < 160 || c === 237 && (b[i + 1] ?? 0) > 159)) return i;
		if (need === 3 && (c === 240 && (b[i + 1] ?? 0) < 144 || c === 244 && (b[i + 1] ?? 0) > 143)) return i;
		i += need + 1;
	}
	return b.length;
}
// src/io/raw-path.ts
/** Bytes of one argument to a string; bytes that are not UTF-8 become U+DC80-U+DCFF. */
function decodeArg(bytes) {
	let out = "";
	let rest = bytes;
	for (;;) {
		const bad = firstInvalidUtf8(rest);
		out += new TextDecoder().decode(rest.subarray(0, bad));
		if (bad >= rest.length) return out;
		out += String.fromCharCode(56320 + (rest[bad] ?? 0));
		rest = rest.subarray(bad + 1);
	}
}
const ESCAPED = /(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/;
/** The path for node:fs: the string itself, or its exact bytes when it holds escaped bytes. */
function fsPath(p) {
	if (!ESCAPED.test(p)) return p;
	const parts = [];
	let from = 0;
	for (let i = 0; i < p.length; i++) {
		const c = p.charCodeAt(i);
		const prev = i > 0 ? p.charCodeAt(i - 1) : 0;
		if (c >= 56448 && c <= 56575 && !(prev >= 55296 && prev <= 56319)) {
			parts.push(Buffer.from(p.slice(from, i), "utf8"), Buffer.from([c - 56320]));
			from = i + 1;
		}
	}
	parts.push(Buffer.from(p.slice(from), "utf8"));
	return Buffer.concat(parts);
}
/** A name as it can stand in a one-line message: control characters and escaped bytes as \xNN. */
function printableName(name) {
	return name.replace(/[\u0000-\u001f\u007f]|(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/g, (c) => {
		const code = c.charCodeAt(0);
		if (c === "\n") return "\\n";
		if (c === "	") return "\\t";
		return `\\x${(code >= 56448 ? code - 56320 : code).toString(16).padStart(2, "0")}`;
	});
}
// src/io/interrupt.ts
const temps = /* @__PURE__ */ new Set();
let inFlight = 0;
let interrupted = false;
let installed = false;
/** A temporary file is about to exist; it goes if the process is interrupted before untrack(). */
function trackTemp(file) {
	temps.add(file);
}
function untrackTemp(file) {
	temps.delete(file);
}
/** Runs a step that creates, writes or renames a temporary file; an interruption waits for it. */
async function tempStep(step) {
	inFlight++;
	try {
		return await step;
	} finally {
		inFlight--;
	}
}
/** True once a signal has come: start no new write, put no temporary file in place. */
function isInterrupted() {
	return interrupted;
}
const EXIT = {
	SIGINT: 130,
	SIGTERM: 143,
	SIGHUP: 129
};
/**
* At the process edge only: on a signal, let the file steps in flight settle (an open or a rename
* half done in the thread pool), remove the temporary files, say so, and exit 128 + signal.
*/
function removeTempsOnInterrupt(stderr) {
	if (installed) return;
	installed = true;
	for (const signal of Object.keys(EXIT)) process.on(signal, () => {
		if (interrupted) return;
		interrupted = true;
		removeTemps();
		const since = Date.now();
		const finish = () => {
			if (inFlight > 0 && Date.now() - since < 2e3) {
				setTimeout(finish, 2);
				return;
			}
			removeTemps();
			stderr.write(`winnow: interrupted (${signal}); files not yet written are left as they were\n`);
			process.exit(EXIT[signal]);
		};
		finish();
	});
}
function removeTemps() {
	for (const t of temps) try {
		unlinkSync(fsPath(t));
	} catch {}
}
// src/lib/version.ts
const VERSION = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).version;
export { holdTrailingHighSurrogate as _, trackTemp as a, fsPath as c, TextStreamEncoder as d, firstInvalidUtf8 as f, WinnowError as g, UsageError as h, tempStep as i, printableName as l, InputError as m, isInterrupted as n, untrackTemp as o, ConfigError as p, removeTempsOnInterrupt as r, decodeArg as s, VERSION as t, TextStreamDecoder as u };

//# sourceMappingURL=boot-C76HS-2l.js.map