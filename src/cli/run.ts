// The one place where results and errors become an exit code.
import { CommanderError } from "commander";
import type { RunContext } from "./context.js";
import { severalFilesError, wantsBatch } from "./batch-args.js";
import { UsageError, WinnowError } from "../base/errors.js";
import { readFileList } from "../io/file-list.js";
import { buildProgram, parseArgs } from "./program.js";
import { loadSettings } from "../lib/settings.js";
import { explicitOptions } from "./options-from-args.js";
import { withPageModel } from "./page-model-env.js";

export async function run(ctx: RunContext): Promise<number> {
  try {
    // `winnow index drop --run ID --index URL` (a file named "index" is cleaned as ever).
    if (ctx.argv[0] === "index" && (ctx.argv[1] === "drop" || ctx.argv[1] === "--help" || ctx.argv[1] === "-h")) {
      return await (await import("./index-command.js")).runIndexCommand(ctx, ctx.argv.slice(1));
    }
    const program = buildProgram()
      .exitOverride()
      .configureOutput({
        writeOut: (s) => void ctx.stdout.write(s),
        writeErr: (s) => void ctx.stderr.write(s),
        // A usage error is one line and where to look, not the 90 lines of --help.
        outputError: (s, write) => write(`winnow: ${s.replace(/^error: /, "").trimEnd()} (see \`winnow --help\`)\n`),
      });
    let args = parseArgs(program, ctx.argv);
    if (args.fileList !== undefined) {
      args = { ...args, files: [...args.files, ...(await readFileList(args.fileList, ctx.cwd, ctx.stdin))] };
      // Nothing staged: nothing to check (and standard input is not a text to clean).
      if (args.files.length === 0) return 0;
    }
    if (args.listRules) {
      ctx.stdout.write((await import("./list-rules.js")).listRules());
      return 0;
    }
    const settings = await loadSettings({
      cwd: ctx.cwd,
      options: await withPageModel(await explicitOptions(args, ctx.cwd), ctx.env, ctx.cwd),
      config: args.config,
      ignorePath: args.ignorePath,
      gitignore: args.gitignore,
      reporter: args.reporter,
      locales: args.locales,
      home: ctx.env.HOME,
    });
    if (!wantsBatch(args) && (args.shard !== undefined || args.run !== undefined || args.index !== undefined)) {
      throw new UsageError("--shard, --run and --index work on batch runs: add --out-dir DIR, --write or --check");
    }
    // Modes are loaded on demand, so that --help and small runs do not pay for what they do not use.
    if (wantsBatch(args)) return await (await import("./batch.js")).runBatchCli(ctx, args, settings);
    if (args.files.length > 1) throw severalFilesError();
    if (args.check || args.listDifferent) return await (await import("./check-single.js")).runCheckSingle(ctx, args, settings);
    return await (await import("./pipe.js")).runPipe(ctx, args, settings);
  } catch (e) {
    return reportError(ctx, e);
  }
}

function reportError(ctx: RunContext, e: unknown): number {
  if (e instanceof CommanderError) {
    return e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.exitCode === 0 ? 0 : 2;
  }
  if (e instanceof WinnowError) {
    ctx.stderr.write(`winnow: ${e.message}\n`);
    return e.exitCode;
  }
  ctx.stderr.write(`winnow: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  return 2;
}
