// Pipe mode: one text in (a file or standard input), the clean text (or a diff) out.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { clean } from "../core/clean.js";
import { encodeText } from "../io/decode.js";
import { describeFsError } from "../io/read-input.js";
import type { RunContext } from "./context.js";
import { InputError } from "./errors.js";
import type { CliArgs } from "./program.js";
import type { RunSettings } from "./settings.js";
import { readSingleInput } from "./single-input.js";
import { summaryLine } from "./summary.js";
import { VERSION } from "./version.js";

export async function runPipe(ctx: RunContext, args: CliArgs, settings: RunSettings): Promise<number> {
  const { shown, fromStdin, ignored, options, input } = await readSingleInput(ctx, args, settings);
  // An ignored file is skipped silently; ignored standard input comes out as it went in (prettier).
  if (input === null) return 0;
  if (ignored) {
    ctx.stdout.write(encodeText(input.text, input.encoding));
    return 0;
  }
  const result = clean(input.text, options);

  if (args.report) {
    const { renderReport } = await import("../report/write-report.js");
    await writeOut(path.resolve(ctx.cwd, args.report), args.report, renderReport(args.report, [{ file: shown, input: input.text, result }], { toolVersion: VERSION, options }));
  }
  // The diff library is loaded only when asked for: a small run starts faster without it.
  const unifiedDiff = args.diff ? (await import("../report/diff.js")).unifiedDiff : null;
  const payload = unifiedDiff ? unifiedDiff(fromStdin ? "stdin" : shown, input.text, result.text) : result.text;
  const bytes = args.diff ? new TextEncoder().encode(payload) : encodeText(payload, input.encoding);
  if (args.output && !args.diff) await writeOut(path.resolve(ctx.cwd, args.output), args.output, bytes);
  else ctx.stdout.write(bytes);

  if (!args.quiet && (args.verbose || ctx.stderr.isTTY)) ctx.stderr.write(summaryLine(shown, result) + "\n");
  return 0;
}

async function writeOut(file: string, shown: string, data: string | Uint8Array): Promise<void> {
  try {
    await writeFile(file, data);
  } catch (e) {
    throw new InputError(`${shown}: cannot write: ${describeFsError(e)}`);
  }
}
