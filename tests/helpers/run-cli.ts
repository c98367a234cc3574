// Runs the CLI in-process through run(), or as a real process through bin/winnow.js.
import { spawnSync } from "node:child_process";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { run } from "../../src/cli/run.js";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const BIN = fileURLToPath(new URL("../../bin/winnow.js", import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
}

class Capture {
  chunks: Buffer[] = [];
  isTTY: boolean;
  constructor(tty = false) {
    this.isTTY = tty;
  }
  write(c: string | Uint8Array): boolean {
    this.chunks.push(typeof c === "string" ? Buffer.from(c) : Buffer.from(c));
    return true;
  }
  get bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

export async function runCli(
  argv: string[],
  opts: { cwd?: string; stdin?: string | Buffer; env?: Record<string, string>; stderrTTY?: boolean } = {},
): Promise<CliResult> {
  const stdout = new Capture();
  const stderr = new Capture(opts.stderrTTY ?? false);
  const stdin = Readable.from(opts.stdin === undefined ? [] : [Buffer.from(opts.stdin)]);
  const code = await run({ argv, cwd: opts.cwd ?? ROOT, stdin, stdout, stderr, env: opts.env ?? {} });
  return { code, stdout: stdout.bytes.toString("utf8"), stderr: stderr.bytes.toString("utf8"), stdoutBytes: stdout.bytes };
}

/** Runs bin/winnow.js (or `opts.bin`, another copy of the package's) as a real process. */
export function spawnCli(
  argv: string[],
  opts: { cwd?: string; stdin?: string | Buffer; env?: Record<string, string>; bin?: string } = {},
): CliResult {
  const r = spawnSync(process.execPath, [opts.bin ?? BIN, ...argv], {
    cwd: opts.cwd ?? ROOT,
    input: opts.stdin ?? "",
    env: { ...process.env, ...opts.env },
    maxBuffer: 1 << 30,
  });
  return { code: r.status ?? -1, stdout: r.stdout.toString("utf8"), stderr: r.stderr.toString("utf8"), stdoutBytes: r.stdout };
}
