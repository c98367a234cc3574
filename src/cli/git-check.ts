// --check in a git repository judges the change: the committed tree (HEAD: the tracked files of the
// kinds winnow reads, less ignored ones and the files checked) is the reference, read from the
// persistent index (io/reference-store.ts) and from git for what changed since; and each checked
// file's committed version is its baseline: a finding is reported only when the checked text adds
// it (a new copy, a new ad line), not when it stood there before. --all reports everything.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { PlannedFile } from "../batch/plan.js";
import type { FileOutcome } from "../batch/run-batch.js";
import { analyze } from "../core/analyze.js";
import { buildRuleSet, type RuleSet } from "../core/boilerplate/ruleset.js";
import { cleanAnalysis } from "../core/clean.js";
import { indexCommittedText, newFindings, type CommittedText } from "../core/committed-text.js";
import { DedupIndex } from "../core/dedup-index.js";
import { fileTemplateHashes, LearnedLookup, markLearned, TemplateCounts, type LearnedTable } from "../core/learned-lines.js";
import { NORMALIZATION_VERSION } from "../core/normalize.js";
import type { Options } from "../core/options.js";
import type { Cut } from "../core/types.js";
import { loadFormat } from "../core/unit-splitters.js";
import { learnedEnabled } from "../batch/file-tasks.js";
import { looksBinary } from "../io/binary.js";
import { decodeBytes } from "../io/decode.js";
import { findRepo, headTree, readBlobs, type TreeFile } from "../io/git.js";
import { ReferenceStore } from "../io/reference-store.js";
import type { RunSettings } from "./settings.js";
import { VERSION } from "./version.js";

/** Bumped when the index's entries are made differently. */
const INDEX_FORMAT = 1;

export interface GitCheck {
  /** Adds the committed tree to the run's index. */
  prefill(index: DedupIndex): void;
  prefillUnits: number;
  /** Learned boilerplate over the committed tree and the checked files. */
  learned: LearnedTable | null;
  /** Committed files that are the reference. */
  references: number;
  /** Reference texts found in the persistent index, and those read from git and indexed in this run. */
  indexed: { read: number; made: number };
  /** A hash of the reference (texts and options): part of a --cache key. */
  signature: string;
  /** The outcomes with only the findings the checked texts add. */
  newOnly(outcomes: FileOutcome[]): FileOutcome[];
}

const EMPTY: CommittedText = {
  indexed: { fpHi: new Uint32Array(0), fpLo: new Uint32Array(0), first: new Int32Array(0), last: new Int32Array(0), recUnit: new Int32Array(0), recHi: new Uint32Array(0), recLo: new Uint32Array(0), recShingles: [] },
  templates: new Uint32Array(0),
};

/**
 * The reference and baseline of a check of `files` in the repository `cwd` is in; null outside a
 * repository (or without git), where a check is what it always was. `baseline`: false with --write,
 * which cuts and reports every cut.
 */
export async function prepareGitCheck(cwd: string, files: readonly PlannedFile[], settings: RunSettings, extensions: readonly string[], baseline: boolean): Promise<GitCheck | null> {
  const repo = await findRepo(cwd);
  if (!repo) return null;
  const o = settings.optionsFor(null);
  const tree = await headTree(repo);
  const checked = new Set(files.flatMap((f) => [f.abs, f.target]));
  const exts = new Set(extensions.map((e) => `.${e.toLowerCase()}`));
  const shown = (abs: string): string => path.relative(cwd, abs).split(path.sep).join("/");
  const refs: { file: TreeFile; abs: string; key: string; options: Options }[] = [];
  const keyOf = optionKeys();
  const byAbs = new Map<string, TreeFile>();
  for (const t of tree) {
    const abs = path.join(repo.root, t.path);
    byAbs.set(abs, t);
    if (checked.has(abs) || !exts.has(path.extname(t.path).toLowerCase()) || settings.isIgnored(abs)) continue;
    const options = settings.optionsFor(abs);
    refs.push({ file: t, abs, options, key: `${t.blob}:${keyOf(options)}` });
  }
  refs.sort((a, b) => (a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : 0));

  const rules = rulesCache();
  const store = ReferenceStore.open(path.join(repo.gitDir, "winnow"), JSON.stringify({ format: INDEX_FORMAT, normalization: NORMALIZATION_VERSION, version: VERSION }));
  const entries: (CommittedText | undefined)[] = refs.map((r) => store.get(r.key));
  const missing = refs.flatMap((r, i) => (entries[i] === undefined ? [i] : []));
  if (missing.length > 0) {
    // A few thousand at a time: their bytes are held until each batch is indexed.
    for (let s = 0; s < missing.length; s += 2000) {
      const part = missing.slice(s, s + 2000);
      const blobs = await readBlobs(repo, [...new Set(part.map((i) => refs[i]?.file.blob ?? ""))]);
      for (const i of part) {
        const r = refs[i];
        if (!r) continue;
        const text = committedText(blobs.get(r.file.blob), r.abs);
        let entry = EMPTY;
        if (text !== null) {
          await loadFormat(r.options.format);
          entry = indexCommittedText(text, r.options, rules(r.options));
        }
        store.set(r.key, entry);
        entries[i] = entry;
      }
    }
  }
  // The checked files' committed versions go in the index too: they are references in the next
  // check of other files. Their text is read anyway, for the baseline.
  const committed = files.map((f) => byAbs.get(f.abs) ?? byAbs.get(f.target));
  const committedBlobs = await readBlobs(repo, [...new Set(committed.flatMap((t) => (t ? [t.blob] : [])))]);
  for (let i = 0; i < files.length; i++) {
    const f = files[i];
    const t = committed[i];
    if (!f || !t) continue;
    const fo = settings.optionsFor(f.abs);
    const key = `${t.blob}:${keyOf(fo)}`;
    if (store.get(key) !== undefined) continue;
    const text = committedText(committedBlobs.get(t.blob), f.abs);
    await loadFormat(fo.format);
    store.set(key, text === null ? EMPTY : indexCommittedText(text, fo, rules(fo)));
  }
  store.save();

  const dedupAcross = o.scope === "run";
  let prefillUnits = 0;
  for (const e of entries) prefillUnits += e?.indexed.fpHi.length ?? 0;
  const prefill = (index: DedupIndex): void => {
    if (!dedupAcross) return;
    refs.forEach((r, i) => {
      const e = entries[i];
      if (e && e.indexed.fpHi.length > 0) index.importDocument(shown(r.abs), e.indexed);
    });
  };

  let learned: LearnedTable | null = null;
  if (learnedEnabled(o)) {
    const counts = new TemplateCounts();
    for (const e of entries) if (e && e.templates.length > 0) counts.addFile(e.templates);
    for (const f of files) {
      const text = committedText(readOrNull(f.target), f.abs);
      if (text !== null) counts.addFile(fileTemplateHashes(text));
    }
    if (refs.length + files.length >= o.minFiles) learned = counts.frequent(o.minFiles, o.minShare);
  }

  // Baselines: the committed versions of the checked files, cleaned in path order against the same reference.
  const before = new Map<string, Cut[]>();
  if (baseline) {
    const blobs = committedBlobs;
    const index = new DedupIndex(Math.max(1024, prefillUnits * 2));
    prefill(index);
    const lookup = learned ? new LearnedLookup(learned) : null;
    for (let i = 0; i < files.length; i++) {
      const f = files[i];
      const t = committed[i];
      const text = f && t ? committedText(blobs.get(t.blob), f.abs) : null;
      if (!f || text === null) continue;
      const fo = settings.optionsFor(f.abs);
      await loadFormat(fo.format);
      const a = analyze(text, fo, rules(fo));
      if (lookup) markLearned(a, lookup, fo);
      const own = o.scope === "file" ? new DedupIndex() : index;
      before.set(f.file, cleanAnalysis(a, fo, rules(fo), { index: own, name: f.file }).cuts);
    }
  }

  return {
    prefill,
    prefillUnits,
    learned,
    references: refs.length,
    indexed: { read: refs.length - missing.length, made: missing.length },
    signature: createHash("sha1").update(`${baseline}\n${refs.map((r) => `${r.file.path}\0${r.key}`).join("\n")}`).digest("hex"),
    newOnly(outcomes) {
      if (!baseline) return outcomes;
      return outcomes.map((out) => {
        const was = before.get(out.file);
        if (!out.findings || was === undefined) return out;
        const cuts = newFindings(out.findings.cuts, was);
        const kinds = { duplicate: 0, "near-duplicate": 0, boilerplate: 0 };
        for (const c of cuts) kinds[c.kind]++;
        return { ...out, findings: { cuts, stats: { ...out.findings.stats, cuts: kinds } } };
      });
    },
  };
}

/** A blob's text, or null for none, a binary file or one that is not UTF-8/UTF-16 (never a reference). */
function committedText(bytes: Uint8Array | null | undefined, name: string): string | null {
  if (!bytes || looksBinary(bytes)) return null;
  try {
    return decodeBytes(bytes, name).text;
  } catch {
    return null;
  }
}

function readOrNull(file: string): Uint8Array | null {
  try {
    return readFileSync(file);
  } catch {
    return null;
  }
}

/** A short key of a file's options, made once per distinct set. */
function optionKeys(): (o: Options) => string {
  const seen = new Map<Options, string>();
  const byJson = new Map<string, string>();
  return (o) => {
    let k = seen.get(o);
    if (k !== undefined) return k;
    const json = JSON.stringify(o);
    k = byJson.get(json) ?? createHash("sha1").update(json).digest("hex").slice(0, 16);
    byJson.set(json, k);
    seen.set(o, k);
    return k;
  };
}

function rulesCache(): (o: Options) => RuleSet {
  const sets = new Map<string, RuleSet>();
  return (o) => {
    const key = JSON.stringify(o);
    let r = sets.get(key);
    if (!r) sets.set(key, (r = buildRuleSet(o)));
    return r;
  };
}
