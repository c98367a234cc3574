// commander wiring only: flags declared with their defaults, parsed into CliArgs.
import { Command, InvalidArgumentError, Option } from "commander";
import { DEFAULT_OPTIONS } from "../core/options.js";
import { VERSION } from "./version.js";

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
}

function int(name: string, min: number, max: number) {
  return (v: string): number => {
    const n = Number(v);
    if (!/^\d+$/.test(v.trim()) || n < min || n > max) {
      throw new InvalidArgumentError(`${name} takes a whole number from ${min} to ${max}.`);
    }
    return n;
  };
}

function share(v: string): number {
  const n = Number(v);
  if (!(n > 0 && n <= 1)) throw new InvalidArgumentError("takes a number greater than 0 and at most 1.");
  return n;
}

function collect(v: string, prev: string[]): string[] {
  return [...prev, ...v.split(",").map((s) => s.trim()).filter(Boolean)];
}

export function buildProgram(): Command {
  const d = DEFAULT_OPTIONS;
  return new Command("winnow")
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
    .addOption(new Option("--ngram <n>", "word n-gram length for near duplicates").argParser(int("--ngram", 1, 64)).default(d.ngram))
    .addOption(new Option("--window <n>", "winnowing window: one shingle kept in every N").argParser(int("--window", 1, 256)).default(d.window))
    .addOption(new Option("--threshold <share>", "near duplicate when more than this share of tokens is covered").argParser(share).default(d.threshold))
    .addOption(new Option("--min-words <n>", "units with fewer tokens are never cut as duplicates on their own").argParser(int("--min-words", 0, 10000)).default(d.minWords))
    .addOption(new Option("--stub-max-words <n>", "short lines stranded between cuts are cut up to this many tokens (0: off)").argParser(int("--stub-max-words", 0, 10000)).default(d.stubMaxWords))
    .option("--exact", "exact duplicates only (no near-duplicate search)", false)
    .option("--no-dedupe", "do not cut duplicates, only boilerplate")
    .option("--rules <file>", "JSON file of extra rules: [{ name, pattern, mode: line|prefix }]")
    .option("--no-default-rules", "switch off every built-in boilerplate rule")
    .option("--disable <rule>", "switch off a rule by name (repeatable, or comma-separated)", collect, [])
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
    // Batch mode
    .option("--out-dir <dir>", "clean every matched file into DIR, mirroring the tree")
    .option("-w, --write", "rewrite the matched files in place (atomically; only files that change)", false)
    .option("--no-error-on-unmatched-pattern", "a pattern that matches no file is not an error")
    .addOption(new Option("--scope <scope>", "where duplicates are looked for: across the whole run, or in each file alone").choices(["run", "file"]).default(d.scope))
    .addOption(new Option("--min-files <n>", "learned boilerplate: a masked line must be in at least N files").argParser(int("--min-files", 2, 1_000_000_000)).default(d.minFiles))
    .addOption(new Option("--min-share <share>", "learned boilerplate: ... and in at least this share of the files").argParser(share).default(d.minShare))
    .addOption(new Option("--jobs <n>", "worker threads (default: the number of cores; 1: no workers)").argParser(int("--jobs", 1, 1024)))
    .addOption(new Option("--locales <mode>", "a tree laid out by locale (docs/en, docs/zh-cn, i18n/fr): compare only files of one locale (auto), or all (off)").choices(["auto", "off"]))
    .option("--no-progress", "no progress bar (it is shown only when standard error is a terminal and CI is unset)")
    .showHelpAfterError()
    .configureHelp({ showGlobalOptions: true });
}

export function parseArgs(program: Command, argv: readonly string[]): CliArgs {
  program.parse(argv as string[], { from: "user" });
  const o = program.opts<Omit<CliArgs, "files" | "explicit">>();
  const explicit = Object.keys(o).filter((k) => program.getOptionValueSource(k) === "cli");
  return { ...o, files: program.args, explicit };
}
