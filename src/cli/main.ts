// The process edge: hands the real streams to run() and sets the exit code.
import { VERSION } from "./version.js";

export function main(): void {
  // A reader that stops early (`winnow big.txt | head -1`) is not an error.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
  const argv = process.argv.slice(2);
  // `winnow --version` alone is answered before the engine loads (as commander would answer it).
  if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
    process.stdout.write(VERSION + "\n");
    return;
  }
  import("./run.js")
    .then(({ run }) =>
      run({
        argv,
        cwd: process.cwd(),
        stdin: process.stdin,
        stdout: process.stdout,
        stderr: process.stderr,
        env: process.env,
      }),
    )
    .then(
      (code) => {
        process.exitCode = code;
      },
      (e: unknown) => {
        process.stderr.write(`winnow: internal error: ${String(e)}\n`);
        process.exitCode = 2;
      },
    );
}
