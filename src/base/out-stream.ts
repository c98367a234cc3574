// The one thing every layer writes to: process.stdout/stderr in the CLI, any sink in a test or a library caller.

export interface OutStream {
  write(chunk: string | Uint8Array): boolean;
  isTTY?: boolean;
  on?(event: "error", listener: (err: Error) => void): unknown;
  /** For backpressure: write() returned false, wait for "drain". */
  once?(event: "drain", listener: () => void): unknown;
}
