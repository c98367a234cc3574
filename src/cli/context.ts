// What run() is given instead of reaching for process: testable in-process.

export interface OutStream {
  write(chunk: string | Uint8Array): boolean;
  isTTY?: boolean;
  on?(event: "error", listener: (err: Error) => void): unknown;
  /** For backpressure: write() returned false, wait for "drain". */
  once?(event: "drain", listener: () => void): unknown;
}

export interface RunContext {
  argv: readonly string[];
  cwd: string;
  stdin: AsyncIterable<Uint8Array | string> & { isTTY?: boolean };
  stdout: OutStream;
  stderr: OutStream;
  env: Readonly<Record<string, string | undefined>>;
}
