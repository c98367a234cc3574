// File names that are not UTF-8. Node decodes argv as UTF-8 and loses such bytes, so the process
// edge reads them again and keeps each undecodable byte as U+DC80-U+DCFF (Python's surrogateescape);
// fsPath turns such a string back into the exact bytes for the file system.
import { firstInvalidUtf8 } from "./text-stream.js";
/** Bytes of one argument to a string; bytes that are not UTF-8 become U+DC80-U+DCFF. */
export function decodeArg(bytes) {
    let out = "";
    let rest = bytes;
    for (;;) {
        const bad = firstInvalidUtf8(rest);
        out += new TextDecoder().decode(rest.subarray(0, bad));
        if (bad >= rest.length)
            return out;
        out += String.fromCharCode(0xdc00 + (rest[bad] ?? 0));
        rest = rest.subarray(bad + 1);
    }
}
const ESCAPED = /(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/;
/** The path for node:fs: the string itself, or its exact bytes when it holds escaped bytes. */
export function fsPath(p) {
    if (!ESCAPED.test(p))
        return p;
    const parts = [];
    let from = 0;
    for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        const prev = i > 0 ? p.charCodeAt(i - 1) : 0;
        if (c >= 0xdc80 && c <= 0xdcff && !(prev >= 0xd800 && prev <= 0xdbff)) {
            parts.push(Buffer.from(p.slice(from, i), "utf8"), Buffer.from([c - 0xdc00]));
            from = i + 1;
        }
    }
    parts.push(Buffer.from(p.slice(from), "utf8"));
    return Buffer.concat(parts);
}
/** A name as it can stand in a one-line message: control characters and escaped bytes as \xNN. */
export function printableName(name) {
    return name.replace(/[\u0000-\u001f\u007f]|(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/g, (c) => {
        const code = c.charCodeAt(0);
        if (c === "\n")
            return "\\n";
        if (c === "\t")
            return "\\t";
        return `\\x${(code >= 0xdc80 ? code - 0xdc00 : code).toString(16).padStart(2, "0")}`;
    });
}
//# sourceMappingURL=raw-path.js.map