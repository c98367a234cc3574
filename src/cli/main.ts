// The process edge: hands the real streams to run() and sets the exit code.
import { readFileSync } from "node:fs";
import { useCodeCache } from "../io/code-cache.js";
import { removeTempsOnInterrupt } from "../io/interrupt.js";
import { decodeArg } from "../io/raw-path.js";
import { VERSION } from "../lib/version.js";

export { useCodeCache };

export function main(): void {
  // Before the chunks below load: they run from the compiled code the build made for them (io/code-cache.ts).
  useCodeCache(import.meta.url);
  // A reader that stops early (`winnow big.txt | head -1`) is not an error; any other failure of
  // standard output is one line and exit 2, also under --check (where 1 means "would cut").
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    void import("../io/stdout.js").then(({ stdoutError }) => {
      process.stderr.write(`winnow: ${stdoutError(e).message}\n`);
      process.exit(2);
    });
  });
  // Node ignores SIGXFSZ (a write past `ulimit -f` fails with EFBIG instead); a listener makes sure
  // of it whatever the parent set, so the failure is reported rather than a core dump.
  process.on("SIGXFSZ", () => undefined);
  const argv = rawArgv() ?? process.argv.slice(2);
  // `winnow --version` alone is answered before the engine loads (as commander would answer it).
  if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
    process.stdout.write(VERSION + "\n");
    return;
  }
  const cwd = workingDirectory();
  if (cwd === null) return;
  removeTempsOnInterrupt(process.stderr);
  Promise.all([import("./run.js"), import("../io/stdout.js")])
    .then(([{ run }, { checkedStdout }]) =>
      run({
        argv,
        cwd,
        // A getter: process.stdin builds a stream on first use, which a run on a named file does not need.
        get stdin() {
          return process.stdin;
        },
        stdout: checkedStdout(process.stdout),
        stderr: process.stderr,
        env: process.env,
      }),
    )
    .then(
    (code) => {
      process.exitCode = code;
      // Once every byte is out, nothing of winnow's is left to wait for: something a config module
      // started (a timer, a socket) must not keep the process alive.
      const exitSoon = (): void => void setTimeout(() => process.exit(code), 1000).unref();
      if (process.stdout.writableLength > 0) process.stdout.once("drain", exitSoon);
      else exitSoon();
    },
    (e: unknown) => {
      process.stderr.write(`winnow: internal error: ${String(e)}\n`);
      process.exitCode = 2;
    },
  );
}

/** The working directory, or null (and one line, exit 2) when it was removed under the shell: every path is read from it. */
function workingDirectory(): string | null {
  try {
    return process.cwd();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    process.stderr.write(`winnow: the working directory cannot be read (${code}): it was removed or is not readable; change to another one\n`);
    process.exitCode = 2;
    return null;
  }
}

/** Arguments whose bytes are not UTF-8 (file names), read again from /proc so that no byte is lost. */
function rawArgv(): string[] | null {
  const args = process.argv.slice(2);
  if (!args.some((a) => a.includes("\uFFFD"))) return null;
  try {
    const raw = readFileSync("/proc/self/cmdline");
    const parts: Buffer[] = [];
    for (let s = 0, i = raw.indexOf(0); i !== -1; s = i + 1, i = raw.indexOf(0, s)) parts.push(raw.subarray(s, i));
    return parts.length >= args.length ? parts.slice(parts.length - args.length).map(decodeArg) : null;
  } catch {
    return null;
  }
}
