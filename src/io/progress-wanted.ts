// Whether to draw a progress bar: apart from progress.ts, so that cli-progress loads only when a bar is shown.
import type { OutStream } from "../base/out-stream.js";

/** Shown only on a terminal, outside CI, and unless --no-progress. */
export function progressWanted(stream: OutStream, env: Readonly<Record<string, string | undefined>>, flag: boolean): boolean {
  return flag && stream.isTTY === true && !env.CI;
}
