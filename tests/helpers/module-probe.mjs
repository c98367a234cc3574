// `node --import` this file: at exit, the files the process loaded (ES modules through a loader hook,
// CommonJS through require.cache) are written to $WINNOW_MODULE_PROBE, one absolute path a line.
import { createRequire, register } from "node:module";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const out = process.env.WINNOW_MODULE_PROBE;
const seen = new Set();
const { port1, port2 } = new MessageChannel();
port1.on("message", (url) => seen.add(url));
port1.unref();
const hook = `
let port;
export function initialize(data) { port = data.port; }
export async function load(url, context, next) { port.postMessage(url); return next(url, context); }`;
register("data:text/javascript," + encodeURIComponent(hook), { data: { port: port2 }, transferList: [port2] });
const cjs = createRequire(import.meta.url).cache;

process.on("exit", () => {
  const files = new Set();
  for (const url of seen) if (url.startsWith("file:")) files.add(fileURLToPath(url));
  for (const file of Object.keys(cjs)) files.add(file);
  if (out) writeFileSync(out, [...files].join("\n") + "\n");
});
