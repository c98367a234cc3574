// `node --import` this file: the files the process loads are appended to $WINNOW_MODULE_PROBE, one
// absolute path a line. ES modules are written by the loader hook itself, synchronously, before the
// module can run (a message to this thread could arrive after exit); CommonJS files from
// require.cache at exit.
import { appendFileSync } from "node:fs";
import { createRequire, register } from "node:module";

const out = process.env.WINNOW_MODULE_PROBE;
if (out) {
  const hook = `
import { appendFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
let out;
export function initialize(data) { out = data.out; }
export async function load(url, context, next) {
  if (url.startsWith("file:")) appendFileSync(out, fileURLToPath(url) + "\\n");
  return next(url, context);
}`;
  register("data:text/javascript," + encodeURIComponent(hook), { data: { out } });
  const cjs = createRequire(import.meta.url).cache;
  process.on("exit", () => {
    const files = Object.keys(cjs);
    if (files.length > 0) appendFileSync(out, files.join("\n") + "\n");
  });
}
