// --check in a git repository judges the change: the committed tree (HEAD: the tracked files of the
// kinds winnow reads, less ignored ones and the files checked) is the reference, read from the
// persistent index (io/reference-store.ts) and from git for what changed since; and each checked
// file's committed version is its baseline: a finding is reported only when the checked text adds
// it (a new copy, a new ad line), not when it stood there before. --all reports everything.
//
// Only the committed texts that hold a key of a checked text (an exact fingerprint or a shingle of
// one of its units, in its new or its committed version) are put in the run's index: the others
// cannot be anyone's kept copy, and the first holder of a key among those that hold it is the first
// among all. Learned boilerplate is counted the same way, for the checked texts' templates only.
// A unit a second cleaning makes (two lines glued once an ad line between them is cut) has keys
// of its own that are not looked for: at worst a copy of it is not found.
import { createHash } from "node:crypto";
import path from "node:path";
import type { PlannedFile } from "../batch/plan.js";
import type { FileOutcome } from "../batch/run-batch.js";
import { FileTasks, learnedEnabled, type AnalyzeOutcome } from "../batch/file-tasks.js";
import { analyze, type Analysis } from "../core/analyze.js";
import { buildRuleSet, type RuleSet } from "../core/boilerplate/ruleset.js";
import { cleanAnalysis } from "../core/clean.js";
import { indexCommittedText, newFindings, type CommittedText } from "../core/committed-text.js";
import { DedupIndex } from "../core/dedup-index.js";
import { U64Map } from "../core/hash-table.js";
import { fileTemplateHashes, LearnedLookup, markLearned, type LearnedTable } from "../core/learned-lines.js";
import { NORMALIZATION_VERSION } from "../core/normalize.js";
import { authoredText, optionsKey, type Options } from "../core/options.js";
import type { Cut } from "../core/types.js";
import { loadFormat } from "../core/unit-splitters.js";
import { formatOfPath, plainTextOfPath } from "../config/file-options.js";
import { looksBinary } from "../io/binary.js";
import { decodeBytes } from "../io/decode.js";
import { findRepo, headTree, readBlobs, type TreeFile } from "../io/git.js";
import { decodeEntry, ReferenceStore, unitsOf } from "../io/reference-store.js";
import type { RunSettings } from "./settings.js";
import { VERSION } from "./version.js";

/** Bumped when the index's entries are made differently. */
const INDEX_FORMAT = 3;

/** Checked files up to this many are analyzed once, here, for their keys and for the batch. */
const KEEP_ANALYSES = 64;

export interface GitCheck {
  /** Adds the committed texts that matter to the run's index. */
  prefill(index: DedupIndex): void;
  prefillUnits: number;
  /** Learned boilerplate over the committed tree and the checked files (for the checked files' templates). */
  learned: LearnedTable | null;
  /** Committed files that are the reference. */
  references: number;
  /** Reference texts found in the persistent index, and those read from git and indexed in this run. */
  indexed: { read: number; made: number };
  /** A hash of the reference (texts and options): part of a --cache key. */
  signature: string;
  /** The checked files as read and analyzed here (by target), so that the batch does not analyze them again. */
  analyzed: ReadonlyMap<string, AnalyzeOutcome>;
  /** The outcomes with only the findings the checked texts add. */
  newOnly(outcomes: FileOutcome[]): Promise<FileOutcome[]>;
  /** Lets go of the index file. */
  close(): void;
}

const EMPTY: CommittedText = {
  indexed: { fpHi: new Uint32Array(0), fpLo: new Uint32Array(0), first: new Int32Array(0), last: new Int32Array(0), raw: new Uint32Array(0), recText: [], recUnit: new Int32Array(0), recHi: new Uint32Array(0), recLo: new Uint32Array(0), recShingles: [] },
  templates: new Uint32Array(0),
};

interface Ref {
  file: TreeFile;
  abs: string;
  key: string;
  options: Options;
}

/**
 * The reference and baseline of a check of `files` in the repository `cwd` is in; null outside a
 * repository (or without git), where a check is what it always was. `baseline`: false with --write,
 * which cuts and reports every cut.
 */
export async function prepareGitCheck(cwd: string, files: readonly PlannedFile[], settings: RunSettings, extensions: readonly string[], baseline: boolean): Promise<GitCheck | null> {
  const repo = await findRepo(cwd);
  if (!repo) return null;
  const tree = await headTree(repo, path.join(repo.gitDir, "winnow", "tree"));
  const o = settings.optionsFor(null);
  // Each checked file's committed version: its path in the tree, by its absolute path or its target's.
  const checked = new Map<string, number>();
  files.forEach((f, i) => {
    if (!checked.has(f.abs)) checked.set(f.abs, i);
    if (!checked.has(f.target)) checked.set(f.target, i);
  });
  const committed: (TreeFile | undefined)[] = files.map(() => undefined);
  const exts = new Set(extensions.map((e) => `.${e.toLowerCase()}`));
  const keyOf = optionKeys();
  const optionsOf = fileOptions(settings);
  const refs: Ref[] = [];
  const rootSlash = repo.root.endsWith(path.sep) ? repo.root : repo.root + path.sep;
  for (const t of tree) {
    const abs = path.sep === "/" ? rootSlash + t.path : path.join(repo.root, t.path);
    const c = checked.get(abs);
    if (c !== undefined) {
      // By its own path first, as files name it; else by its target's.
      if (committed[c] === undefined || files[c]?.abs === abs) committed[c] = t;
      continue;
    }
    const dot = t.path.lastIndexOf(".");
    if (dot < 0 || t.path.indexOf("/", dot) >= 0 || !exts.has(t.path.slice(dot).toLowerCase()) || settings.isIgnored(abs)) continue;
    const options = optionsOf(abs);
    refs.push({ file: t, abs, options, key: `${t.blob}:${keyOf(options)}` });
  }
  refs.sort((a, b) => (a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : 0));
  // A check of authored texts only (a docs commit, as the hook mostly runs) compares each file
  // with itself and its committed version: the rest of the tree is no reference, and is not read.
  if (files.every((f) => authoredText(optionsOf(f.abs)))) refs.length = 0;

  const rules = rulesCache();
  const store = ReferenceStore.open(path.join(repo.gitDir, "winnow"), JSON.stringify({ format: INDEX_FORMAT, normalization: NORMALIZATION_VERSION, version: VERSION }));
  try {
    const missing = refs.flatMap((r, i) => (store.has(r.key) ? [] : [i]));
    // A few thousand at a time: their bytes are held until each batch is indexed.
    for (let s = 0; s < missing.length; s += 2000) {
      const part = missing.slice(s, s + 2000);
      const blobs = await readBlobs(repo, [...new Set(part.map((i) => refs[i]?.file.blob ?? ""))]);
      for (const i of part) {
        const r = refs[i];
        if (!r) continue;
        const text = textOf(blobs.get(r.file.blob), r.abs);
        if (text !== null) await loadFormat(r.options.format);
        store.set(r.key, text === null ? EMPTY : indexCommittedText(text, r.options, rules(r.options)));
      }
    }

    // The checked files' committed versions go in the index too (read from git only when they are
    // not there yet): they are references when other files are checked.
    const committedKey = (i: number): string | null => {
      const t = committed[i];
      const f = files[i];
      return t && f ? `${t.blob}:${keyOf(optionsOf(f.abs))}` : null;
    };
    const unindexed = committed.flatMap((_, i) => {
      const k = committedKey(i);
      return k !== null && !store.has(k) ? [i] : [];
    });
    let committedTexts: (string | null)[] | null = null;
    const before = async (): Promise<(string | null)[]> => {
      if (committedTexts) return committedTexts;
      const blobs = await readBlobs(repo, [...new Set(committed.flatMap((t) => (t ? [t.blob] : [])))]);
      return (committedTexts = committed.map((t, i) => (t ? textOf(blobs.get(t.blob), files[i]?.abs ?? "") : null)));
    };
    if (unindexed.length > 0) {
      const texts = await before();
      for (const i of unindexed) {
        const fo = optionsOf(files[i]?.abs ?? "");
        const text = texts[i];
        if (text !== null && text !== undefined) await loadFormat(fo.format);
        store.set(committedKey(i) ?? "", text === null || text === undefined ? EMPTY : indexCommittedText(text, fo, rules(fo)));
      }
    }
    // Writes the index when entries were added; the store then holds what it wrote.
    store.save();
    const holders = new Holders(store, refs.map((r) => store.id(r.key)));

    // The checked files, read and analyzed as the batch does it (with the context rules' stems). A
    // check of a few files (a commit's) hands its analyses to the batch, which then does not analyze
    // them again; a check of many keeps only their keys, not every analysis at once.
    const tasks = new FileTasks(o);
    const keep = files.length <= KEEP_ANALYSES;
    const analyzed = new Map<string, AnalyzeOutcome>();
    const nowKeys: Keys = { exact: [], shingles: [] };
    const nowTemplates: Uint32Array[] = [];
    for (const f of files) {
      const fo = optionsOf(f.abs);
      const got = await tasks.analyze(f.target, fo === o ? undefined : fo);
      if (keep) analyzed.set(f.target, got);
      if (got.kind !== "ok") continue;
      addKeys(nowKeys, got.analysis);
      nowTemplates.push(fileTemplateHashes(got.analysis.text));
    }
    const hits = holders.claim(nowKeys);

    // The checked templates: in how many files each one is (the committed tree and the checked files).
    const templates = new U64Map(256);
    const pairs: number[] = [];
    for (const th of nowTemplates) {
      for (let k = 0; k + 1 < th.length; k += 2) if (templates.setIfAbsent(th[k] ?? 0, th[k + 1] ?? 0, pairs.length / 2)) pairs.push(th[k] ?? 0, th[k + 1] ?? 0);
    }
    const counts = new Int32Array(pairs.length / 2);
    for (let slot = 0; slot < counts.length; slot++) counts[slot] = holders.filesWithTemplate(pairs[2 * slot] ?? 0, pairs[2 * slot + 1] ?? 0);
    for (const th of nowTemplates) {
      for (let k = 0; k + 1 < th.length; k += 2) {
        const slot = templates.get(th[k] ?? 0, th[k + 1] ?? 0);
        if (slot >= 0) counts[slot] = (counts[slot] ?? 0) + 1;
      }
    }
    const learned = learnedEnabled(o) && refs.length + files.length >= o.minFiles ? learnedTable(pairs, counts, refs.length + files.length, o) : null;

    const shown = (abs: string): string => path.relative(cwd, abs).split(path.sep).join("/");
    const prefillFrom = (docs: readonly number[]) => (index: DedupIndex): void => {
      if (o.scope !== "run") return;
      for (const i of docs) {
        const r = refs[i];
        const w = holders.words(i);
        if (r && w && unitsOf(w) > 0) index.importDocument(shown(r.abs), decodeEntry(w).indexed);
      }
    };
    const unitsIn = (docs: readonly number[]): number => docs.reduce((n, i) => n + unitsOf(holders.words(i) ?? new Uint32Array(4)), 0);

    return {
      prefill: prefillFrom(hits),
      prefillUnits: unitsIn(hits),
      learned,
      references: refs.length,
      indexed: { read: refs.length - missing.length, made: missing.length },
      // Made when asked for (--cache): 5,000 strings joined and hashed otherwise for nothing.
      get signature() {
        return createHash("sha1").update(`${baseline}\n${refs.map((r) => `${r.file.path}\0${r.key}`).join("\n")}`).digest("hex");
      },
      analyzed,
      async newOnly(outcomes) {
        // Most checks find nothing: then there is no baseline to work out.
        if (!baseline || !outcomes.some((out) => (out.findings?.cuts.length ?? 0) > 0)) return outcomes;
        const texts = await before();
        const was = await baselineCuts(files, texts, nowKeys, holders, prefillFrom, unitsIn, learned, optionsOf, rules, o);
        return outcomes.map((out) => {
          const cutsBefore = was.get(out.file);
          if (!out.findings || cutsBefore === undefined) return out;
          const cuts = newFindings(out.findings.cuts, cutsBefore);
          const kinds = { duplicate: 0, "near-duplicate": 0, boilerplate: 0 };
          for (const c of cuts) kinds[c.kind]++;
          return { ...out, findings: { cuts, stats: { ...out.findings.stats, cuts: kinds } } };
        });
      },
      close: () => store.close(),
    };
  } catch (e) {
    store.close();
    throw e;
  }
}

/** The keys of some texts: their units' exact fingerprints ([hi, lo] pairs) and selected shingles. */
interface Keys {
  exact: number[];
  shingles: number[];
}

function keysOf(analyses: readonly (Analysis | null)[]): Keys {
  const keys: Keys = { exact: [], shingles: [] };
  for (const a of analyses) if (a) addKeys(keys, a);
  return keys;
}

function addKeys(keys: Keys, a: Analysis): void {
  for (const u of a.units) {
    if (u.fpHi !== 0 || u.fpLo !== 0) keys.exact.push(u.fpHi, u.fpLo);
    for (let k = u.selStart; k < u.selEnd; k++) keys.shingles.push(a.selHash[k] ?? 0);
  }
}

/** Which references hold a key, from the index's tables: references are numbered in path order. */
class Holders {
  /** The first reference (in path order) of each entry, or -1; and how many references each entry is. */
  private readonly first: Int32Array;
  private readonly refs: Int32Array;

  constructor(
    private readonly store: ReferenceStore,
    private readonly ids: readonly number[],
  ) {
    this.first = new Int32Array(store.size).fill(-1);
    this.refs = new Int32Array(store.size);
    ids.forEach((id, i) => {
      if (id < 0) return;
      if ((this.first[id] ?? -1) < 0) this.first[id] = i;
      this.refs[id] = (this.refs[id] ?? 0) + 1;
    });
  }

  /**
   * The references (in path order) that are the first holder of a key: as if every reference had
   * been added to one index in path order, where the first holder of a key is its kept copy.
   */
  claim(keys: Keys): number[] {
    const hits = new Set<number>();
    let best = -1;
    const visit = (e: number): void => {
      const r = this.first[e] ?? -1;
      if (r >= 0 && (best < 0 || r < best)) best = r;
    };
    for (let k = 0; k + 1 < keys.exact.length; k += 2) {
      best = -1;
      this.store.forExact(keys.exact[k] ?? 0, keys.exact[k + 1] ?? 0, visit);
      if (best >= 0) hits.add(best);
    }
    for (const h of keys.shingles) {
      best = -1;
      this.store.forShingle(h, visit);
      if (best >= 0) hits.add(best);
    }
    return [...hits].sort((a, b) => a - b);
  }

  /** References whose text has the template (hi, lo). */
  filesWithTemplate(hi: number, lo: number): number {
    let n = 0;
    this.store.forTemplate(hi, lo, (e) => (n += this.refs[e] ?? 0));
    return n;
  }

  /** The stored entry of reference `i`. */
  words(i: number): Uint32Array | undefined {
    const id = this.ids[i] ?? -1;
    return id < 0 ? undefined : this.store.body(id);
  }
}

/**
 * The cuts of the checked files' committed versions, cleaned in path order against the same
 * reference: the committed texts that hold a key of a committed version, or of a new one.
 */
async function baselineCuts(
  files: readonly PlannedFile[],
  before: readonly (string | null)[],
  nowKeys: Keys,
  holders: Holders,
  prefillFrom: (docs: readonly number[]) => (index: DedupIndex) => void,
  unitsIn: (docs: readonly number[]) => number,
  learned: LearnedTable | null,
  optionsOf: (abs: string) => Options,
  rules: (o: Options) => RuleSet,
  o: Options,
): Promise<Map<string, Cut[]>> {
  const analyses: (Analysis | null)[] = [];
  for (let i = 0; i < files.length; i++) {
    const f = files[i];
    const text = before[i];
    if (!f || text === null || text === undefined) {
      analyses.push(null);
      continue;
    }
    const fo = optionsOf(f.abs);
    await loadFormat(fo.format);
    analyses.push(analyze(text, fo, rules(fo)));
  }
  const was = keysOf(analyses);
  const docs = holders.claim({ exact: [...nowKeys.exact, ...was.exact], shingles: [...nowKeys.shingles, ...was.shingles] });
  const out = new Map<string, Cut[]>();
  const index = new DedupIndex(Math.max(1024, unitsIn(docs) * 2));
  prefillFrom(docs)(index);
  const lookup = learned ? new LearnedLookup(learned) : null;
  for (let i = 0; i < files.length; i++) {
    const f = files[i];
    const a = analyses[i];
    if (!f || !a) continue;
    const fo = optionsOf(f.abs);
    if (lookup) markLearned(a, lookup, fo);
    out.set(f.file, cleanAnalysis(a, fo, rules(fo), { index: o.scope === "file" ? new DedupIndex() : index, name: f.file }).cuts);
  }
  return out;
}

/** The checked templates seen in enough files, as TemplateCounts.frequent() keeps them. */
function learnedTable(pairs: readonly number[], counts: Int32Array, files: number, o: Options): LearnedTable {
  const need = Math.max(o.minFiles, Math.ceil(o.minShare * files - 1e-9));
  const hashes: number[] = [];
  const kept: number[] = [];
  for (let slot = 0; slot < counts.length; slot++) {
    if ((counts[slot] ?? 0) < need) continue;
    hashes.push(pairs[2 * slot] ?? 0, pairs[2 * slot + 1] ?? 0);
    kept.push(counts[slot] ?? 0);
  }
  return { hashes: Uint32Array.from(hashes), counts: Int32Array.from(kept), files };
}

/** A text from its bytes, or null for none, a binary file or one that is not UTF-8/UTF-16. */
function textOf(bytes: Uint8Array | null | undefined, name: string): string | null {
  if (!bytes || looksBinary(bytes)) return null;
  try {
    return decodeBytes(bytes, name).text;
  } catch {
    return null;
  }
}

/** Options of a file; without config overrides they depend on its format alone, so they are made once per format. */
function fileOptions(settings: RunSettings): (abs: string) => Options {
  if ((settings.config?.overrides.length ?? 0) > 0) return (abs) => settings.optionsFor(abs);
  const byFormat = new Map<string, Options>();
  // The format is read from the name's last extension, and what a plain text holds from its name (a
  // README is authored): looked up by both, the path's tests run once per extension and kind, not
  // for each of 5,000 paths.
  const byExtension = new Map<string, Options>();
  return (abs) => {
    const dot = abs.lastIndexOf(".");
    const kind = plainTextOfPath(abs);
    const ext = `${dot < 0 ? "" : abs.slice(dot).toLowerCase()}\u0000${kind}`;
    let fo = byExtension.get(ext);
    if (fo) return fo;
    const format = `${formatOfPath(abs)}\u0000${kind}`;
    fo = byFormat.get(format);
    if (!fo) byFormat.set(format, (fo = settings.optionsFor(abs)));
    byExtension.set(ext, fo);
    return fo;
  };
}

/** A short key of a file's options, made once per distinct set. */
function optionKeys(): (o: Options) => string {
  const seen = new Map<Options, string>();
  return (o) => {
    let k = seen.get(o);
    if (k === undefined) seen.set(o, (k = createHash("sha1").update(optionsKey(o)).digest("hex").slice(0, 16)));
    return k;
  };
}

function rulesCache(): (o: Options) => RuleSet {
  const sets = new Map<Options, RuleSet>();
  return (o) => {
    let r = sets.get(o);
    if (!r) sets.set(o, (r = buildRuleSet(o)));
    return r;
  };
}
