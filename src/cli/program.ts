// commander wiring only: flags declared with their defaults, parsed into CliArgs.
import { Command, InvalidArgumentError, Option } from "commander";
import { OPTION_TABLE, optionProblem, type OptionSpec } from "../core/option-table.js";
import { DEFAULT_OPTIONS } from "../core/options.js";
import { VERSION } from "../lib/version.js";

export interface CliArgs {
  files: string[];
  output?: string;
  report?: string;
  diff: boolean;
  ngram?: number;
  window?: number;
  threshold?: number;
  minWords?: number;
  stubMaxWords?: number;
  exact: boolean;
  dedupe: boolean;
  rules?: string;
  defaultRules: boolean;
  disable: string[];
  listRules: boolean;
  verbose: boolean;
  quiet: boolean;
  // Check mode, config, ignores, reporters (src/cli/check.ts, src/cli/settings.ts)
  check: boolean;
  listDifferent: boolean;
  reporter?: "stylish" | "json" | "github" | "sarif";
  reportFile?: string;
  color?: boolean;
  config?: string | false;
  ignorePath: string[];
  gitignore: boolean;
  stdinFilepath?: string;
  fileList?: string;
  cache: boolean;
  against: string[];
  /** --check in a git repository: report every finding, not only those the change adds. */
  all: boolean;
  /** Option names given on the command line (not defaults): these win over the config file. */
  explicit: string[];
  // Batch mode (src/cli/batch.ts)
  outDir?: string;
  write: boolean;
  errorOnUnmatchedPattern: boolean;
  scope?: "run" | "file";
  minFiles?: number;
  minShare?: number;
  jobs?: number;
  progress: boolean;
  /** Batch runs: find locale folders (auto) or compare files of every locale (off). */
  locales?: "auto" | "off";
  // Sharded runs and the claim store (src/batch/order-free.ts, src/store/open-store.ts)
  shard?: string;
  run?: string;
  index?: string;
  runTtl?: number;
  barrierTimeout?: number;
}

/** commander's parser for a number the table bounds: the table's words in commander's one-line error. */
function numberParser(spec: OptionSpec): (v: string) => number {
  return (v: string): number => {
    const n = spec.type === "integer" && !/^\d+$/.test(v.trim()) ? NaN : Number(v);
    const problem = optionProblem(spec, n);
    if (problem !== null || v.trim() === "") throw new InvalidArgumentError(`${spec.flag ?? spec.key} takes ${problem ?? "a number"}.`);
    return n;
  };
}

/** The flags of the option table, in its order. */
function tableOptions(): Option[] {
  const d = DEFAULT_OPTIONS as unknown as Record<string, unknown>;
  const out: Option[] = [];
  for (const spec of OPTION_TABLE) {
    if (spec.flag === null) continue;
    const text = spec.description.replace(/\.$/, "");
    switch (spec.type) {
      case "integer":
      case "share":
        out.push(new Option(`${spec.flag} ${spec.value}`, text).argParser(numberParser(spec)).default(d[spec.key]));
        break;
      case "choice":
        out.push(new Option(`${spec.flag} ${spec.value}`, text).choices(spec.choices).default(d[spec.key]));
        break;
      case "boolean":
        out.push(spec.flag.startsWith("--no-") ? new Option(spec.flag, text) : new Option(spec.flag, text).default(false));
        break;
      case "names":
        out.push(new Option(`${spec.flag} ${spec.value}`, text).argParser(collect).default([]));
        break;
      case "rules":
        out.push(new Option(`${spec.flag} ${spec.value}`, text));
        break;
    }
  }
  return out;
}

function jobs(v: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v.trim()) || n < 1 || n > 1024) throw new InvalidArgumentError("--jobs takes a whole number from 1 to 1024.");
  return n;
}

function seconds(flag: string): (v: string) => number {
  return (v: string): number => {
    const n = Number(v);
    if (!/^\d+$/.test(v.trim()) || n < 1 || n > 31_536_000) throw new InvalidArgumentError(`${flag} takes a whole number of seconds from 1 to 31536000.`);
    return n;
  };
}

function collect(v: string, prev: string[]): string[] {
  return [...prev, ...v.split(",").map((s) => s.trim()).filter(Boolean)];
}

export function buildProgram(): Command {
  const program = new Command("winnow")
    .description(
      "Cut repeated paragraphs, ads and page chrome from text. Reads FILE (or standard input when FILE is " +
        "missing or -) and writes the clean text to standard output; every kept byte is left as it was. " +
        "With several files, a directory or a glob, cleans them all (--out-dir, --write) or checks them (--check).",
    )
    .version(VERSION, "-V, --version")
    .argument("[files...]", "file to clean, or - for standard input")
    .option("-o, --output <file>", "write the clean text to FILE instead of standard output")
    .option("--report <file>", "write a report of every cut to FILE: an HTML page when FILE ends in .html, else JSON")
    .option("--diff", "print a unified diff from input to clean text instead of the clean text", false)
    .option("--list-rules", "list the boilerplate rules and exit", false)
    .option("--verbose", "print a summary line on standard error even when it is not a terminal", false)
    .option("-q, --quiet", "print nothing on standard error but errors", false)
    // Check mode, config, ignores, reporters
    .option("--check", "report what would be cut; exit 1 if anything would be, 0 if nothing", false)
    .option("-l, --list-different", "print only the names of the files that would change", false)
    .addOption(new Option("--reporter <name>", "how --check reports findings").choices(["stylish", "json", "github", "sarif"]))
    .option("--report-file <file>", "write the --check report to FILE instead of standard error")
    .option("--color", "colour the report even when standard error is not a terminal")
    .option("--no-color", "never colour the report (NO_COLOR is honoured too)")
    .option("--config <file>", "read options from FILE instead of looking for a config file")
    .option("--no-config", "do not look for a config file")
    .option("--ignore-path <file>", "gitignore-style file of paths to skip (repeatable; replaces .gitignore and .winnowignore)", (v: string, prev: string[]) => [...prev, v], [])
    .option("--no-gitignore", "do not read .gitignore")
    .option("--stdin-filepath <path>", "the path standard input stands for: picks config, ignores and Markdown")
    .option("--file-list <file>", "read the paths to check from FILE, one a line (- for standard input)")
    .option("--cache", "skip files whose content, options and winnow version are unchanged since the last run", false)
    .option("--against <glob>", "reference files: indexed first for cross-file duplicates, never reported or written (repeatable)", (v: string, prev: string[]) => [...prev, v], [])
    .option("--all", "in a git repository, report every finding of the files, not only what they add to the committed text", false)
    // Batch mode
    .option("--out-dir <dir>", "clean every matched file into DIR, mirroring the tree")
    .option("-w, --write", "rewrite the matched files in place (atomically; only files that change)", false)
    .option("--no-error-on-unmatched-pattern", "a pattern that matches no file is not an error")
    .addOption(new Option("--jobs <n>", "worker threads (default: the number of cores, or 1 for input under 64 KB; 1: no workers)").argParser(jobs))
    .addOption(new Option("--locales <mode>", "a tree laid out by locale (docs/en, docs/zh-cn, i18n/fr): compare only files of one locale (auto), or all (off)").choices(["auto", "off"]))
    .option("--shard <K/N>", "clean only the K-th of N slices of the sorted file list; N runs sharing one --index give the output of one run")
    .option("--run <id>", "the run's name in the --index store (the same on every shard)")
    .option("--index <url>", "where the run's claims live: memory (default), redis://[user:password@]host:port[/db] or redis-cluster://host:port,host:port,...")
    .addOption(new Option("--run-ttl <seconds>", "how long the run's keys live in the store (default: 86400)").argParser(seconds("--run-ttl")))
    .addOption(new Option("--barrier-timeout <seconds>", "how long a shard waits for the others to finish a phase (default: 600)").argParser(seconds("--barrier-timeout")))
    .option("--no-progress", "no progress bar (it is shown only when standard error is a terminal and CI is unset)")
    .configureHelp({ showGlobalOptions: true });
  // What is cut and how: the option table (core/option-table.ts), also read by the config file's schema.
  for (const option of tableOptions()) program.addOption(option);
  return program;
}

export function parseArgs(program: Command, argv: readonly string[]): CliArgs {
  program.parse(argv as string[], { from: "user" });
  const o = program.opts<Omit<CliArgs, "files" | "explicit">>();
  const explicit = Object.keys(o).filter((k) => program.getOptionValueSource(k) === "cli");
  return { ...o, files: program.args, explicit };
}
