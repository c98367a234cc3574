// Pipe mode: one text in (a file or standard input), the clean text (or a diff) out, streamed:
// chunks are decoded, cleaned segment by segment (core/stream-clean.ts) and written as they come.
import path from "node:path";
import type { StreamTuning } from "../core/stream-clean.js";
import type { CleanResult, CleanStats, Cut } from "../core/types.js";
import { cleanStream } from "../lib/clean-stream.js";
import { fsPath, printableName } from "../io/raw-path.js";
import { fileChunks, streamChunks } from "../io/read-chunks.js";
import { checkDistinctOutputs, FileIds, resolveOutputTarget, type OutputTarget } from "../io/output-target.js";
import { FileSink, writeWholeFile } from "../io/stream-to-file.js";
import { reapStaleTemps } from "../io/reap-temps.js";
import { TextStreamDecoder, TextStreamEncoder } from "../io/text-stream.js";
import type { OutStream } from "../base/out-stream.js";
import type { RunContext } from "./context.js";
import type { CliArgs } from "./program.js";
import type { RunSettings } from "../lib/settings.js";
import { reportFormatFor } from "../report/reporter-names.js";
import { planSingleInput } from "./single-input.js";
import { summaryLine } from "./summary.js";
import { VERSION } from "../lib/version.js";

/** Where the clean bytes go: standard output (with backpressure) or a file put in place at the end. */
interface Sink {
  write(bytes: Uint8Array): Promise<void>;
  close(): Promise<void>;
  abort(): Promise<void>;
}

export async function runPipe(ctx: RunContext, args: CliArgs, settings: RunSettings, tuning?: Partial<StreamTuning>): Promise<number> {
  const plan = await planSingleInput(ctx, args, settings);
  const { shown, fromStdin, options } = plan;
  const chunks = plan.abs === null ? streamChunks(ctx.stdin) : fileChunks(fsPath(plan.abs), plan.errorName);
  // Ignored standard input comes out as it went in (prettier's --stdin-filepath). So does an ignored
  // file named here, with a note: `winnow data/page.txt > clean.txt` printing nothing, as --check's
  // silent skip would, left an empty clean.txt where the text was (data folders are often ignored).
  if (plan.ignored && fromStdin) return passThrough(chunks, new TextStreamDecoder(plan.errorName), stdoutSink(ctx.stdout));
  // --diff and the HTML report need the whole text, the JSON report only the cuts; plain cleaning
  // holds only a segment. (Keeping the text for a JSON report of a 100 MB text peaked at 1.6 GB.)
  const keepCuts = args.report !== undefined;
  const keepText = args.diff || (keepCuts && reportFormatFor(args.report ?? "") === "html");
  const input: string[] = [];
  const output: string[] = [];
  const cuts: Cut[] = [];
  // Where -o and --report land is settled before a byte is read: never on the input.
  const inputs = new FileIds();
  if (plan.abs !== null) inputs.addPath(plan.abs, plan.errorName);
  else if ((ctx.stdin as { fd?: unknown }).fd === 0) inputs.addFd(0, "<stdin>");
  const outTarget = args.output !== undefined && !args.diff ? resolveOutputTarget(path.resolve(ctx.cwd, args.output), printableName(args.output), "-o", inputs) : undefined;
  const reportTarget = args.report === undefined ? undefined : resolveOutputTarget(path.resolve(ctx.cwd, args.report), printableName(args.report), "--report", inputs);
  if (outTarget && reportTarget && args.output !== undefined && args.report !== undefined) {
    checkDistinctOutputs([
      { file: path.resolve(ctx.cwd, args.output), shown: printableName(args.output), flag: "-o" },
      { file: path.resolve(ctx.cwd, args.report), shown: printableName(args.report), flag: "--report" },
    ]);
  }
  if (outTarget?.kind === "file") reapStaleTemps([path.dirname(outTarget.path)]);
  const openSink = async (): Promise<Sink> => (outTarget && args.output !== undefined ? FileSink.create(outTarget, printableName(args.output)) : stdoutSink(ctx.stdout));
  if (plan.ignored) {
    if (!args.quiet) ctx.stderr.write(`winnow: ${shown}: ignored (.gitignore, .winnowignore, --ignore-path or the config's ignore), written as it is; --no-gitignore or --ignore-path FILE to clean it\n`);
    // Nothing cleaned: --diff has no change to show, --report no cut.
    if (args.diff) return 0;
    const out = await openSink();
    try {
      await passThrough(chunks, new TextStreamDecoder(plan.errorName), out);
      await out.close();
    } catch (e) {
      await out.abort();
      throw e;
    }
    return 0;
  }
  let sink: Sink | undefined;
  try {
    if (!args.diff) sink = await openSink();
    let stats: CleanStats | undefined;
    for await (const piece of cleanStream(chunks, options, { name: plan.errorName, tuning, chunksKept: true })) {
      if (keepText) {
        input.push(piece.input);
        output.push(piece.text);
      }
      if (keepCuts) for (const c of piece.cuts) cuts.push(c);
      if (piece.bytes.length > 0) await sink?.write(piece.bytes);
      if (piece.end) stats = piece.end.stats;
    }
    await sink?.close();
    if (stats === undefined) throw new Error("cleanStream ended without its figures");
    const result: CleanResult = { text: output.join(""), cuts, stats };
    if (args.report !== undefined) {
      // The report writers and jsdiff are loaded only when asked for: a small run starts faster.
      const { renderReport } = await import("../report/write-report.js");
      const report = renderReport(args.report, [{ file: shown, input: input.join(""), result }], { toolVersion: VERSION, options });
      await writeWholeFile(reportTarget as OutputTarget, printableName(args.report), report);
    }
    if (args.diff) ctx.stdout.write((await import("../report/diff.js")).unifiedDiff(fromStdin ? "stdin" : shown, input.join(""), result.text));
    if (!args.quiet && (args.verbose || ctx.stderr.isTTY)) ctx.stderr.write(summaryLine(shown, result) + "\n");
    return 0;
  } catch (e) {
    await sink?.abort();
    throw e;
  }
}

/** An ignored input: checked as text, written back as it came. */
async function passThrough(chunks: AsyncIterable<Uint8Array>, decoder: TextStreamDecoder, sink: Sink): Promise<number> {
  let encoder: TextStreamEncoder | undefined;
  for await (const chunk of chunks) {
    const text = decoder.write(chunk);
    if (text) await sink.write((encoder ??= new TextStreamEncoder(decoder.encoding ?? "utf8")).write(text));
  }
  const rest = decoder.end();
  encoder ??= new TextStreamEncoder(decoder.encoding ?? "utf8");
  await sink.write(encoder.write(rest));
  await sink.write(encoder.end());
  return 0;
}

function stdoutSink(out: OutStream): Sink {
  return {
    async write(bytes) {
      if (out.write(bytes) || !out.once) return;
      await new Promise<void>((resolve) => out.once?.("drain", resolve));
    },
    async close() {},
    async abort() {},
  };
}
