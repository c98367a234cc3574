import { r as removeTempsOnInterrupt, s as decodeArg, t as VERSION } from "./boot-C76HS-2l.js";
import { readFileSync } from "node:fs";
// src/cli/main.ts
function main() {
	process.stdout.on("error", (e) => {
		if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
		import("./stdout-8UK6wYQk.js").then(({ stdoutError }) => {
			process.stderr.write(`winnow: ${stdoutError(e).message}\n`);
			process.exit(2);
		});
	});
	process.on("SIGXFSZ", () => void 0);
	const argv = rawArgv() ?? process.argv.slice(2);
	if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
		process.stdout.write(VERSION + "\n");
		return;
	}
	removeTempsOnInterrupt(process.stderr);
	Promise.all([import("./run-VJyaLFUU.js"), import("./stdout-8UK6wYQk.js")]).then(([{ run }, { checkedStdout }]) => run({
		argv,
		cwd: process.cwd(),
		get stdin() {
			return process.stdin;
		},
		stdout: checkedStdout(process.stdout),
		stderr: process.stderr,
		env: process.env
	})).then((code) => {
		process.exitCode = code;
		const exitSoon = () => void setTimeout(() => process.exit(code), 1e3).unref();
		if (process.stdout.writableLength > 0) process.stdout.once("drain", exitSoon);
		else exitSoon();
	}, (e) => {
		process.stderr.write(`winnow: internal error: ${String(e)}\n`);
		process.exitCode = 2;
	});
}
/** Arguments whose bytes are not UTF-8 (file names), read again from /proc so that no byte is lost. */
function rawArgv() {
	const args = process.argv.slice(2);
	if (!args.some((a) => a.includes("�"))) return null;
	try {
		const raw = readFileSync("/proc/self/cmdline");
		const parts = [];
		for (let s = 0, i = raw.indexOf(0); i !== -1; s = i + 1, i = raw.indexOf(0, s)) parts.push(raw.subarray(s, i));
		return parts.length >= args.length ? parts.slice(parts.length - args.length).map(decodeArg) : null;
	} catch {
		return null;
	}
}
export { main };

//# sourceMappingURL=cli.js.map