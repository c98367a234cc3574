import { Command } from "commander";
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
    outDir?: string;
    write: boolean;
    errorOnUnmatchedPattern: boolean;
    scope?: "run" | "file";
    minFiles?: number;
    minShare?: number;
    jobs?: number;
    progress: boolean;
}
export declare function buildProgram(): Command;
export declare function parseArgs(program: Command, argv: readonly string[]): CliArgs;
