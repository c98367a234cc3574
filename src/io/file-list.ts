// --file-list PATH|-: paths one a line (`git diff --cached --name-only | winnow --check --file-list -`).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { InputError } from "../base/errors.js";
import { describeFsError } from "./read-input.js";

export async function readFileList(source: string, cwd: string, stdin: AsyncIterable<Uint8Array | string>): Promise<string[]> {
  let text: string;
  if (source === "-") {
    const chunks: string[] = [];
    const decoder = new TextDecoder();
    for await (const c of stdin) chunks.push(typeof c === "string" ? c : decoder.decode(c, { stream: true }));
    chunks.push(decoder.decode());
    text = chunks.join("");
  } else {
    try {
      text = await readFile(path.resolve(cwd, source), "utf8");
    } catch (e) {
      throw new InputError(`${source}: cannot read file list: ${describeFsError(e)}`);
    }
  }
  return parseFileList(text);
}

/** One path a line; blank lines and surrounding spaces (and CR of CRLF lists) dropped. */
export function parseFileList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
}
