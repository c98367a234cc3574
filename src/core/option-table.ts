// Every option, once: its flag, what it takes, its bounds and whether a config override may set it.
// commander's flags (cli/program.ts), their validation and resolveOptions' (core/options.ts), the
// config file's keys and schema/winnow.schema.json (config/schema.ts, held to it by a test) read it.

interface Base {
  /** The key in Options and in a config file (options.ts holds the type; importing it here would close a cycle). */
  key: string;
  /** One sentence for --help and the schema's description. */
  description: string;
  /** The flag as typed, or null for an option the command line does not take (format comes from the extension). */
  flag: string | null;
  /** Config overrides may set it for some files (false: only for the whole run). */
  perFile: boolean;
}

/** A whole number from min to max. */
export interface IntSpec extends Base {
  type: "integer";
  min: number;
  max: number;
  /** The flag's value name in --help. */
  value: string;
}

/** A share: greater than `min` (or at least `min` when `minInclusive`), at most 1. */
export interface ShareSpec extends Base {
  type: "share";
  min: 0;
  minInclusive: boolean;
  value: string;
}

export interface ChoiceSpec extends Base {
  type: "choice";
  choices: readonly string[];
  value: string;
}

/** On by default, a `--no-...` flag; or off by default, a plain flag. */
export interface BooleanSpec extends Base {
  type: "boolean";
}

/** Rule names (`--disable`, repeatable or comma-separated), or rules (`--rules FILE`). */
export interface ListSpec extends Base {
  type: "names" | "rules";
  value: string;
}

export type OptionSpec = IntSpec | ShareSpec | ChoiceSpec | BooleanSpec | ListSpec;

export const OPTION_TABLE: readonly OptionSpec[] = [
  { key: "ngram", flag: "--ngram", type: "integer", min: 1, max: 64, value: "<n>", perFile: true, description: "Word n-gram length for near-duplicate search." },
  { key: "window", flag: "--window", type: "integer", min: 1, max: 256, value: "<n>", perFile: true, description: "Winnowing window: one shingle hash in every N consecutive ones is kept." },
  { key: "threshold", flag: "--threshold", type: "share", min: 0, minInclusive: false, value: "<share>", perFile: true, description: "A unit is a near duplicate when more than this share of its tokens stands in kept text." },
  { key: "minWords", flag: "--min-words", type: "integer", min: 0, max: 10_000, value: "<n>", perFile: true, description: "Units with fewer tokens are never cut as duplicates on their own (headings, short list items)." },
  { key: "stubMaxWords", flag: "--stub-max-words", type: "integer", min: 0, max: 10_000, value: "<n>", perFile: true, description: "Short lines stranded between cuts are cut too, up to this many tokens; 0 turns it off." },
  { key: "exact", flag: "--exact", type: "boolean", perFile: true, description: "Exact duplicates only: no near-duplicate search." },
  { key: "dedupe", flag: "--no-dedupe", type: "boolean", perFile: true, description: "Cut duplicates; --no-dedupe (false in a config file) cuts only boilerplate." },
  { key: "defaultRules", flag: "--no-default-rules", type: "boolean", perFile: true, description: "Apply the built-in boilerplate rules; --no-default-rules (false in a config file) applies none." },
  { key: "disable", flag: "--disable", type: "names", value: "<rule>", perFile: true, description: "Rules to switch off by name (see --list-rules); repeatable, or comma-separated." },
  { key: "rules", flag: "--rules", type: "rules", value: "<file>", perFile: true, description: "Extra rules: a JSON file of [{ name, pattern, mode: line|prefix }] (in a config file, the array itself may stand here)." },
  { key: "format", flag: null, type: "choice", choices: ["text", "markdown"], value: "<format>", perFile: true, description: "How a file is split into units; by default .md, .markdown and .mdx files are Markdown, others text." },
  { key: "markdownText", flag: "--markdown-text", type: "choice", choices: ["authored", "scraped"], value: "<kind>", perFile: true, description: "What Markdown files hold: authored text (the default: only a copy pasted twice near its first copy is cut; copies across files and the page-chrome rules are left alone) or scraped pages (cleaned as text is: across files, with every rule)." },
  { key: "plainText", flag: "--plain-text", type: "choice", choices: ["scraped", "authored"], value: "<kind>", perFile: true, description: "What plain-text files hold: scraped pages (the default, cleaned across files with every rule; a project's own documents, README, INSTALL, CHANGELOG and the like, are authored unless set) or authored text (cleaned as authored Markdown is)." },
  { key: "pageModel", flag: "--page-model", type: "boolean", perFile: true, description: "Switch on the page model (rule page-model): page chrome told by its shape and neighbours, cut only at a score of 0.975 or more, with the built-in weights." },
  { key: "scope", flag: "--scope", type: "choice", choices: ["run", "file"], value: "<scope>", perFile: false, description: "Where duplicates are looked for: across the whole run, or in each file alone." },
  { key: "minFiles", flag: "--min-files", type: "integer", min: 2, max: 1_000_000_000, value: "<n>", perFile: false, description: "Learned boilerplate: a masked line must be in at least this many files." },
  { key: "minShare", flag: "--min-share", type: "share", min: 0, minInclusive: true, value: "<share>", perFile: false, description: "Learned boilerplate: ... and in at least this share of the run's files." },
];

/** Why `value` is not allowed for `spec`, or null when it is. Numbers and choices only; lists are checked where they are read. */
export function optionProblem(spec: OptionSpec, value: unknown): string | null {
  switch (spec.type) {
    case "integer":
      return Number.isInteger(value) && (value as number) >= spec.min && (value as number) <= spec.max ? null : `a whole number from ${spec.min} to ${spec.max}`;
    case "share": {
      const n = value as number;
      const low = spec.minInclusive ? n >= spec.min : n > spec.min;
      return typeof value === "number" && low && n <= 1 ? null : spec.minInclusive ? "a number from 0 to 1" : "a number greater than 0 and at most 1";
    }
    case "choice":
      return spec.choices.includes(value as string) ? null : `one of ${spec.choices.map((c) => `"${c}"`).join(", ")}`;
    case "boolean":
      return typeof value === "boolean" ? null : "true or false";
    default:
      return null;
  }
}

/** The option's spec by key. */
export function optionSpec(key: string): OptionSpec {
  const spec = OPTION_TABLE.find((s) => s.key === key);
  if (!spec) throw new Error(`no option ${key}`);
  return spec;
}
