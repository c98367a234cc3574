// The one options object that the CLI, config files and the Node API all produce.
import { pageModelDigest, pageModelEngine, type PageModel } from "./boilerplate/page-model-shape.js";
import { OPTION_TABLE, optionProblem } from "./option-table.js";
import type { TextFormat } from "./unit-splitters.js";

/** A user rule: a regular expression that cuts a whole line or strips the start of one. */
export interface UserRule {
  /** Name shown in reports and accepted by `disable`. */
  name: string;
  /** JavaScript regular expression source, matched case-insensitively against the line. */
  pattern: string;
  /** `line` cuts the whole unit when the pattern matches it; `prefix` strips the match from its start. */
  mode: "line" | "prefix";
}

export interface Options {
  /** Word n-gram length used for near-duplicate detection. */
  ngram: number;
  /** Winnowing window: one shingle hash in every `window` consecutive ones is stored. */
  window: number;
  /** A unit whose share of tokens covered by kept n-grams exceeds this is a near duplicate. */
  threshold: number;
  /** Units with fewer tokens are never cut as duplicates on their own (headings, "Yes.", list items). */
  minWords: number;
  /** Only exact duplicates: no shingles, no near-duplicate search. */
  exact: boolean;
  /** Detect duplicates at all. */
  dedupe: boolean;
  /** Apply the built-in boilerplate rules. */
  defaultRules: boolean;
  /** Built-in or user rule names that are switched off. */
  disable: readonly string[];
  /** Extra rules from `--rules FILE`. */
  rules: readonly UserRule[];
  /** Lines of at most this many tokens stranded between cuts are cut too ; 0 turns it off. */
  stubMaxWords: number;
  /** How the text is split into units: `text`, or `markdown` (code, tables, front matter, headings protected). */
  format: TextFormat;
  /**
   * What Markdown files hold. `authored` (the default): text a writer keeps, so only a copy pasted
   * twice near its first copy is cut, and copies in other files and the built-in page-chrome rules
   * are left alone (no finding of theirs held up in the precision study). `scraped`: pages converted
   * to Markdown, cleaned as text is, across files and with every rule.
   */
  markdownText: "authored" | "scraped";
  /**
   * What plain-text files hold. `scraped` (the default): pages, cleaned across files and with every
   * rule. `authored`: text a writer keeps, cleaned as authored Markdown is (no copies in other files,
   * no built-in rules, in the text only a copy pasted near its first copy or as part of a block
   * pasted twice). The library reads a project's own documents (README.txt, INSTALL, CHANGELOG, …)
   * as authored unless this is set (config/file-options.ts).
   */
  plainText: "scraped" | "authored";
  /** Batch runs: "run" finds duplicates across all files of the run, "file" within each file alone. */
  scope: "run" | "file";
  /** Batch runs: a masked line must be in at least this many files to be learned as boilerplate. */
  minFiles: number;
  /** Batch runs: ... and in at least this share of the run's files (0 to 1). */
  minShare: number;
  /**
   * The page model (rule page-model), off by default: `true` for the built-in weights (PAGE_MODEL),
   * or other weights. resolveOptions() leaves the weights, or no key when it is off. The Node API
   * has the model loaded; a caller of src/core alone awaits loadPageModel() first.
   */
  pageModel?: PageModel | boolean;
}

export const DEFAULT_OPTIONS: Readonly<Options> = Object.freeze({
  ngram: 5,
  window: 4,
  threshold: 0.6,
  minWords: 8,
  exact: false,
  dedupe: true,
  defaultRules: true,
  disable: [],
  rules: [],
  stubMaxWords: 6,
  format: "text",
  markdownText: "authored",
  plainText: "scraped",
  scope: "run",
  minFiles: 2,
  minShare: 0.5,
  // Off; resolveOptions() leaves no key for it then, so that options and reports read as before it.
  pageModel: false,
});

/** Fills in defaults and rejects values that cannot work (the bounds are in option-table.ts). */
export function resolveOptions(partial: Partial<Options> = {}): Options {
  const o: Options = { ...DEFAULT_OPTIONS, ...stripUndefined(partial) };
  for (const spec of OPTION_TABLE) {
    const value = o[spec.key as keyof Options];
    // The page model takes weights too, checked below; a flag or a config file gives true or false.
    if (spec.key === "pageModel" && (value === undefined || (typeof value === "object" && value !== null))) continue;
    const problem = optionProblem(spec, value);
    if (problem !== null) throw new RangeError(`${spec.key} must be ${problem}, got ${String(value)}`);
  }
  // The model's weights and their check are loaded only when it is on (page-model-loader.ts).
  if (o.pageModel === true) o.pageModel = pageModelEngine().weights;
  else if (o.pageModel === false) delete o.pageModel;
  const modelProblem = o.pageModel === undefined ? null : pageModelEngine().problem(o.pageModel);
  if (modelProblem !== null) throw new RangeError(`pageModel must be ${modelProblem}`);
  return o;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

/** Options as a report shows them: the page model's weights by their digest, not in full. */
export function shownOptions(o: Options): Omit<Options, "pageModel"> & { pageModel?: string } {
  const { pageModel, ...rest } = o;
  return typeof pageModel === "object" ? { ...o, pageModel: pageModelDigest(pageModel) } : rest;
}

/** A key equal for options that clean alike (their JSON, the page model's weights by digest). */
export function optionsKey(o: Options): string {
  return JSON.stringify(shownOptions(o));
}

/** Markdown a writer keeps (markdownText "authored"): no cross-file copies, no built-in page-chrome rules. */
export function authoredMarkdown(o: Options): boolean {
  return o.format === "markdown" && o.markdownText === "authored";
}

/** A text a writer keeps, Markdown or plain (plainText "authored"): no cross-file copies, no built-in page-chrome rules. */
export function authoredText(o: Options): boolean {
  return o.format === "markdown" ? o.markdownText === "authored" : o.plainText === "authored";
}
