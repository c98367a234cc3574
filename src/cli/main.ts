// The process edge: hands the real streams to run() and sets the exit code.
import { run } from "./run.js";

export function main(): void {
  // A reader that stops early (`winnow big.txt | head -1`) is not an error.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
  run({
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`winnow: internal error: ${String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
