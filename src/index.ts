// The Node API (`import { clean } from "winnow-text"`): `clean()` for a string, `cleanStream()` for a text that arrives in chunks,
// `cleanFiles()` and `checkFiles()` for trees of files (what the CLI's --write, --out-dir and --check run).
import { splitMarkdownUnits } from "./core/markdown/split-markdown.js";
import { registerMarkdownSplitter } from "./core/unit-splitters.js";
import { RE2JS } from "re2js";
import { registerRuleEngine } from "./core/boilerplate/user-pattern.js";
import { PAGE_MODEL_ENGINE } from "./core/boilerplate/page-model-engine.js";
import { registerPageModel } from "./core/boilerplate/page-model-shape.js";

// API users get Markdown and the page model without a loading step; the CLI loads each only for
// the runs that use it.
registerMarkdownSplitter(splitMarkdownUnits);
registerRuleEngine(RE2JS);
registerPageModel(PAGE_MODEL_ENGINE);

export { clean, cleanAnalysis, type CleanContext } from "./core/clean.js";
export { StreamCleaner, type StreamPiece, type StreamTuning } from "./core/stream-clean.js";
export { analyze, type Analysis, type UnitInfo } from "./core/analyze.js";
export { DedupIndex } from "./core/dedup-index.js";
export { DEFAULT_OPTIONS, resolveOptions, type Options, type UserRule } from "./core/options.js";
export { BUILTIN_RULES, type BoilerplateRule } from "./core/boilerplate/rules.js";
export { buildRuleSet } from "./core/boilerplate/ruleset.js";
export { PAGE_MODEL, type PageModel } from "./core/boilerplate/page-model.js";
export { NORMALIZATION_VERSION, normalizeForHash } from "./core/normalize.js";
export type { CleanResult, CleanStats, Cut, CutKind, SourceRef } from "./core/types.js";
export { loadFormat, type TextFormat } from "./core/unit-splitters.js";
export { cleanStream, type CleanPiece, type CleanStreamOptions } from "./lib/clean-stream.js";
export {
  checkFiles,
  cleanFiles,
  type CheckResult,
  type CleanFilesOptions,
  type CutCounts,
  type FileFindings,
  type FileOutcome,
  type FileStatus,
  type FilesOptions,
  type FilesResult,
  type SkippedFile,
} from "./lib/files.js";
export { ConfigError, InputError, UsageError, WinnowError } from "./base/errors.js";
