// Pipe mode: one text in (a file or standard input), the clean text (or a diff) out.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { clean } from "../core/clean.js";
import type { Options } from "../core/options.js";
import { encodeText } from "../io/decode.js";
import { readFileInput, readStreamInput, describeFsError } from "../io/read-input.js";
import type { RunContext } from "./context.js";
import { InputError } from "./errors.js";
import type { CliArgs } from "./program.js";
import { summaryLine } from "./summary.js";
import { VERSION } from "./version.js";

export async function runPipe(ctx: RunContext, args: CliArgs, options: Options): Promise<number> {
  const file = args.files[0];
  const fromStdin = file === undefined || file === "-";
  const shown = fromStdin ? "-" : file;
  const input = fromStdin ? await readStreamInput(ctx.stdin) : await readFileInput(path.resolve(ctx.cwd, file), file);
  const result = clean(input.text, options);

  if (args.report) {
    const { renderReport } = await import("../report/write-report.js");
    await writeOut(path.resolve(ctx.cwd, args.report), args.report, renderReport(args.report, [{ file: shown, input: input.text, result }], { toolVersion: VERSION, options }));
  }
  // The diff library is loaded only when asked for: a small run starts faster without it.
  const unifiedDiff = args.diff ? (await import("../report/diff.js")).unifiedDiff : null;
  const payload = unifiedDiff ? unifiedDiff(fromStdin ? "stdin" : file, input.text, result.text) : result.text;
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
