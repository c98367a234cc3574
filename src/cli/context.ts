// What run() is given instead of reaching for process: testable in-process.
import type { OutStream } from "../base/out-stream.js";

export interface RunContext {
  argv: readonly string[];
  cwd: string;
  stdin: AsyncIterable<Uint8Array | string> & { isTTY?: boolean };
  stdout: OutStream;
  stderr: OutStream;
  env: Readonly<Record<string, string | undefined>>;
}
