import { o as __toESM } from "./rolldown-runtime-C1I3wEg2.js";
import { b as checkDistinctOutputs, m as reapStaleTemps, v as writeWholeFile, x as resolveOutputTarget, y as FileIds } from "./start-wbf25Jdb.js";
import { c as fsPath, h as UsageError, l as printableName, s as decodeArg, t as VERSION } from "./boot-C76HS-2l.js";
import { n as runBatch } from "./run-batch-TJzqa5z-.js";
import { lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { availableParallelism } from "node:os";
// src/io/progress-wanted.ts
/** Shown only on a terminal, outside CI, and unless --no-progress. */
function progressWanted(stream, env, flag) {
	return flag && stream.isTTY === true && !env.CI;
}
// src/batch/plan.ts
/** `files` must be sorted (expandPaths does it): the first path to a real file is the one used. */
async function planBatch(files, o) {
	const abs = files.map((f) => path.resolve(o.cwd, f));
	const tree = realTree(abs.every((a) => isInside(o.cwd, a)) ? o.cwd : commonDir(abs));
	const outNamed = o.outDir === void 0 ? void 0 : path.resolve(o.outDir);
	const outReal = outNamed === void 0 ? void 0 : realPathDeep(outNamed);
	const planned = [];
	const skipped = [];
	let insideOutDir = 0;
	const seen = /* @__PURE__ */ new Map();
	for (let i = 0; i < files.length; i++) {
		const file = files[i] ?? "";
		const a = abs[i] ?? "";
		if (outNamed !== void 0 && isInside(outNamed, a)) {
			skipped.push({
				file,
				reason: "inside --out-dir"
			});
			insideOutDir++;
			continue;
		}
		let target;
		let size;
		let id;
		try {
			const link = lstatSync(a).isSymbolicLink();
			target = realpathSync.native(a);
			const st = statSync(target, { bigint: true });
			size = Number(st.size);
			id = `${st.dev}:${st.ino}`;
			if (!isInside(tree, target)) {
				skipped.push({
					file,
					reason: `${link ? "symbolic link" : "path through a symbolic link"} to a file outside the tree`
				});
				continue;
			}
		} catch {
			const reason = /\uFFFD|[\uDC80-\uDCFF]/.test(file) ? "its name is not UTF-8, which batch mode cannot open yet (pipe mode can: winnow FILE -o OUT)" : "broken symbolic link or vanished file";
			skipped.push({
				file: file.includes("�") ? rawName(file, a) : file,
				reason
			});
			continue;
		}
		if (outReal !== void 0 && isInside(outReal, target)) {
			skipped.push({
				file,
				reason: "inside --out-dir"
			});
			insideOutDir++;
			continue;
		}
		const first = seen.get(target);
		if (first !== void 0) {
			skipped.push({
				file,
				reason: `same file as ${first}`
			});
			continue;
		}
		seen.set(target, file);
		planned.push({
			file,
			abs: a,
			target,
			size,
			id
		});
	}
	if (outReal !== void 0) {
		const base = commonDir(planned.map((p) => p.abs));
		for (const p of planned) p.out = path.join(outReal, path.relative(base, p.abs));
	}
	return {
		files: planned,
		skipped,
		insideOutDir
	};
}
/** `file` with its last part's bytes read back from the directory (U+DC80-U+DCFF for bytes that are not UTF-8). */
function rawName(file, abs) {
	try {
		const base = path.basename(abs);
		const entry = readdirSync(path.dirname(abs), { encoding: "buffer" }).find((b) => b.toString("utf8") === base);
		return entry ? path.posix.join(path.posix.dirname(file), decodeArg(entry)) : file;
	} catch {
		return file;
	}
}
/** The deepest directory holding every path. */
function commonDir(paths) {
	if (paths.length === 0) return path.resolve(".");
	let parts = path.dirname(paths[0] ?? "").split(path.sep);
	for (const p of paths.slice(1)) {
		const q = path.dirname(p).split(path.sep);
		let k = 0;
		while (k < parts.length && k < q.length && parts[k] === q[k]) k++;
		parts = parts.slice(0, k);
	}
	return parts.join(path.sep) || path.sep;
}
function isInside(dir, p) {
	const rel = path.relative(dir, p);
	return rel === "" || rel !== ".." && !rel.startsWith(".." + path.sep) && !path.isAbsolute(rel);
}
/** The real path of `p`, which may not exist yet: its deepest existing ancestor resolved, the rest appended. */
function realPathDeep(p) {
	const rest = [];
	for (let dir = p;;) try {
		return path.join(realpathSync.native(dir), ...rest.reverse());
	} catch {
		const parent = path.dirname(dir);
		if (parent === dir) return p;
		rest.push(path.basename(dir));
		dir = parent;
	}
}
function realTree(dir) {
	try {
		return realpathSync.native(dir);
	} catch {
		return dir;
	}
}
// src/io/extensions.ts
const DEFAULT_EXTENSIONS = [
	"txt",
	"md",
	"markdown"
];
// src/io/expand-paths.ts
/** Directories never entered, whatever the pattern says. */
const ALWAYS_SKIPPED_DIRS = [".git", "node_modules"];
/**
* Each pattern is tried as a literal file, then as a directory (expanded to the extensions), then
* as a fast-glob pattern (`dot: true`, symbolic links not followed into). Files under `.git` and
* `node_modules` are always left out, even when named literally.
*/
async function expandPaths(patterns, options) {
	const { cwd } = options;
	const extensions = options.extensions ?? DEFAULT_EXTENSIONS;
	const found = /* @__PURE__ */ new Set();
	const unmatched = [];
	const notFiles = [];
	for (const pattern of patterns) {
		const special = await specialKind(path.resolve(cwd, pattern));
		if (special !== null) {
			notFiles.push({
				pattern,
				kind: special
			});
			continue;
		}
		const kept = (await expandOne(pattern, cwd, extensions)).filter((f) => !inSkippedDir(f));
		if (kept.length === 0) unmatched.push(pattern);
		for (const f of kept) found.add(f);
	}
	return {
		files: [...found].sort((a, b) => a < b ? -1 : a > b ? 1 : 0),
		unmatched,
		notFiles
	};
}
async function expandOne(pattern, cwd, extensions) {
	const abs = path.resolve(cwd, pattern);
	const kind = await statKind(abs);
	if (kind === "file") return [toRelative(cwd, abs)];
	if (kind === "dir") {
		const exts = extensions.length === 1 ? extensions[0] ?? "" : `{${extensions.join(",")}}`;
		return (await (await fastGlob())(`**/*.${exts}`, globOptions(abs, false))).map((f) => toRelative(cwd, path.join(abs, f)));
	}
	const glob = pattern.split(path.sep).join("/");
	return (await (await fastGlob())(glob, globOptions(cwd, true))).map((f) => toRelative(cwd, path.resolve(cwd, f)));
}
/** fast-glob is loaded only for a directory or a glob: a named file (a pre-commit hook's list) needs only stat. */
async function fastGlob() {
	return (await import("./out-C6Zq0rAQ.js").then((m) => /* @__PURE__ */ __toESM(m.default, 1))).default;
}
function globOptions(cwd, caseSensitive) {
	return {
		cwd,
		dot: true,
		onlyFiles: true,
		followSymbolicLinks: false,
		unique: true,
		caseSensitiveMatch: caseSensitive,
		ignore: ALWAYS_SKIPPED_DIRS.map((d) => `**/${d}/**`)
	};
}
async function statKind(abs) {
	try {
		const s = await stat(fsPath(abs));
		return s.isFile() ? "file" : s.isDirectory() ? "dir" : null;
	} catch {
		return null;
	}
}
/** What a path that exists and is neither a file nor a directory is, or null. */
async function specialKind(abs) {
	let s;
	try {
		s = await stat(fsPath(abs));
	} catch {
		return null;
	}
	if (s.isFile() || s.isDirectory()) return null;
	return s.isCharacterDevice() ? "character device" : s.isBlockDevice() ? "block device" : s.isFIFO() ? "FIFO" : s.isSocket() ? "socket" : "special file";
}
function toRelative(cwd, abs) {
	return (path.relative(cwd, abs) || path.basename(abs)).split(path.sep).join("/");
}
function inSkippedDir(rel) {
	const parts = rel.split("/");
	parts.pop();
	return parts.some((p) => ALWAYS_SKIPPED_DIRS.includes(p));
}
// src/lib/select-files.ts
async function selectFiles(patterns, against, cwd, settings, extensions) {
	const kept = (list) => list.filter((f) => !settings.isIgnored(path.resolve(cwd, f)));
	const { files, unmatched, notFiles } = await expandPaths([...patterns], {
		cwd,
		extensions
	});
	const chosen = kept(files);
	const inRun = new Set(chosen);
	return {
		files: chosen,
		unmatched,
		references: against.length === 0 ? [] : kept((await expandPaths([...against], {
			cwd,
			extensions
		})).files).filter((f) => !inRun.has(f)),
		notFiles
	};
}
// src/lib/files.ts
/** The files of a run, cleaned or checked. */
async function runFiles(patterns, settings, run) {
	const { cwd } = run;
	const selected = await selectFiles(patterns, run.against ?? [], cwd, settings, [...DEFAULT_EXTENSIONS, ...settings.extensions]);
	const outDir = run.mode === "out-dir" && run.outDir !== void 0 ? path.resolve(cwd, run.outDir) : void 0;
	const plan = await planBatch(selected.files, {
		cwd,
		...outDir !== void 0 ? { outDir } : {}
	});
	const references = (await planBatch(selected.references, { cwd })).files;
	if (outDir !== void 0 && plan.files.length === 0 && plan.insideOutDir > 0) throw new UsageError(`--out-dir ${run.outDir ?? ""}: every input is inside it (it is the input tree): use --write to clean in place, or name another directory`);
	const inputs = new FileIds();
	for (const f of [...plan.files, ...references]) inputs.addId(f.id, f.file);
	for (const f of plan.files) {
		const input = f.out === void 0 ? void 0 : inputs.findPath(f.out);
		if (input !== void 0) throw new UsageError(`--out-dir ${run.outDir ?? ""}: ${f.file} would be written over the input ${input}`);
	}
	run.planned?.(selected.unmatched, plan.skipped, selected.notFiles, inputs);
	if (run.mode !== "check") reapStaleTemps(plan.files.map((f) => path.dirname(f.out ?? f.target)));
	const extensions = [...DEFAULT_EXTENSIONS, ...settings.extensions];
	const git = run.judgeChange === true && references.length === 0 && plan.files.length > 0 ? await (await import("./git-check-oFLHh2ss.js")).prepareGitCheck(cwd, plan.files, settings, extensions, run.mode === "check") : null;
	if (git) run.judged?.(git.references, git.indexed);
	const cache = run.cache === true ? await (await import("./batch-cache-DXgFGq61.js")).openBatchCache(cwd, plan.files, references, settings, git?.signature ?? "") : null;
	const toClean = cache ? plan.files.filter((f) => !cache.skip.has(f.target)) : plan.files;
	const hooks = run.hooks ?? {};
	let outcomes = await runBatch({
		files: toClean,
		references,
		options: settings.optionsFor(null),
		optionsFor: (f) => settings.optionsFor(f.abs),
		jobs: run.jobs ?? availableParallelism(),
		mode: run.mode,
		keep: run.keep,
		...git ? {
			prefill: git.prefill,
			prefillUnits: git.prefillUnits,
			learned: git.learned
		} : {},
		hooks: {
			...hooks,
			done: (outcome) => {
				hooks.done?.(outcome);
				run.onFile?.(outcome);
			}
		}
	});
	if (git) outcomes = await git.newOnly(outcomes);
	if (cache) outcomes = await cache.finish(outcomes, run.keep);
	return {
		files: outcomes,
		skipped: plan.skipped,
		unmatched: selected.unmatched,
		notFiles: selected.notFiles,
		judged: git !== null
	};
}
/** The findings of a run that kept them (keep "findings" or "results"). */
function checkResult(r) {
	const findings = r.files.flatMap((o) => o.findings ? [{
		file: o.file,
		result: o.findings
	}] : []);
	const changed = findings.filter((f) => f.result.cuts.length > 0).map((f) => f.file).sort(byCodeUnit);
	return {
		...r,
		findings,
		changed,
		failed: r.files.filter((o) => o.status === "failed")
	};
}
function byCodeUnit(a, b) {
	return a < b ? -1 : a > b ? 1 : 0;
}
// src/cli/batch-summary.ts
const CUT_KINDS = [
	"duplicate",
	"near-duplicate",
	"boilerplate"
];
function batchSummary(s) {
	const n = {
		changed: 0,
		unchanged: 0,
		skipped: s.skippedBeforeRead,
		failed: 0
	};
	let bytesIn = 0;
	let bytesOut = 0;
	const cuts = {
		duplicate: 0,
		"near-duplicate": 0,
		boilerplate: 0
	};
	let learnedCuts = 0;
	const learned = /* @__PURE__ */ new Map();
	for (const o of s.outcomes) {
		n[o.status]++;
		bytesIn += o.bytesIn;
		bytesOut += o.bytesOut;
		if (!o.counts) continue;
		for (const k of CUT_KINDS) cuts[k] += o.counts.kinds[k];
		for (const [match, count] of o.counts.learned ?? []) {
			learnedCuts += count;
			learned.set(match, (learned.get(match) ?? 0) + count);
		}
	}
	const lines = [`winnow: ${s.outcomes.filter((o) => o.counts !== void 0).length} files read, ${n.changed} changed, ${n.skipped} skipped, ${n.failed} failed; ${formatBytes(bytesIn)} in, ${formatBytes(bytesOut)} out`, `winnow: cut ${cuts.duplicate} duplicate, ${cuts["near-duplicate"]} near-duplicate, ${cuts.boilerplate} boilerplate (${learnedCuts} learned across files)`];
	const top = [...learned].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, s.topLearned ?? 5);
	if (top.length > 0) {
		lines.push("winnow: most frequent learned boilerplate:");
		for (const [match, count] of top) lines.push(`  ${String(count).padStart(6)}× ${match}`);
	}
	return lines.join("\n") + "\n";
}
function formatBytes(b) {
	if (b < 1024) return `${b} B`;
	if (b < 1048576) return `${(b / 1024).toFixed(1)} KiB`;
	return `${(b / 1024 / 1024).toFixed(1)} MiB`;
}
// src/cli/batch.ts
async function runBatchCli(ctx, args, settings) {
	const options = settings.optionsFor(null);
	const checking = args.check || args.listDifferent;
	checkFlags(args);
	const say = (line) => {
		if (progress) progress.log(line);
		else ctx.stderr.write(line + "\n");
	};
	let progress = null;
	const loud = !args.quiet;
	if (progressWanted(ctx.stderr, ctx.env, args.progress)) progress = (await import("./progress-CuEX5J_O.js")).createProgress(ctx.stderr);
	const reports = [...args.report !== void 0 ? [{
		file: path.resolve(ctx.cwd, args.report),
		shown: printableName(args.report),
		flag: "--report"
	}] : [], ...args.reportFile !== void 0 ? [{
		file: path.resolve(ctx.cwd, args.reportFile),
		shown: printableName(args.reportFile),
		flag: "--report-file"
	}] : []];
	checkDistinctOutputs(reports);
	let reportTargets = [];
	const keep = args.report !== void 0 ? "results" : checking ? "findings" : "counts";
	let run;
	try {
		run = await runFiles(args.files, settings, {
			cwd: ctx.cwd,
			mode: args.write ? "write" : checking ? "check" : "out-dir",
			keep,
			outDir: args.outDir,
			against: args.against,
			jobs: args.jobs,
			cache: args.cache,
			judgeChange: checking && !args.all && args.against.length === 0,
			judged: (references, indexed) => {
				if (args.verbose) say(`winnow: judged against ${references} committed files (index: ${indexed.read} read, ${indexed.made} made)`);
			},
			hooks: {
				phase: (name, n, bytes) => progress?.phase(name, n, bytes),
				advance: (bytes) => progress?.advance(bytes),
				done: (o) => {
					if (o.status === "failed") say(`winnow: ${printableName(o.file)}: ${o.reason ?? "failed"}`);
					else if (o.status === "skipped" && loud) say(`winnow: ${printableName(o.file)}: skipped: ${o.reason ?? ""}`);
				}
			},
			planned: (unmatched, skipped, notFiles, inputs) => {
				reportTargets = reports.map((r) => resolveOutputTarget(r.file, r.shown, r.flag, inputs));
				for (const n of notFiles) say(`winnow: ${printableName(n.pattern)}: not a regular file (${n.kind})`);
				if (args.errorOnUnmatchedPattern) for (const p of unmatched) say(`winnow: ${printableName(p)}: no files match this pattern`);
				if (loud) for (const s of skipped) say(`winnow: ${printableName(s.file)}: skipped: ${s.reason}`);
			}
		});
	} finally {
		progress?.stop();
		progress = null;
	}
	const failed = (args.errorOnUnmatchedPattern ? run.unmatched : []).length > 0 || run.notFiles.length > 0 || run.files.some((o) => o.status === "failed");
	if (args.report !== void 0) {
		const cleaned = run.files.flatMap((o) => o.result ? [{
			file: o.file,
			input: o.input ?? "",
			result: o.result
		}] : []);
		const { renderReport } = await import("./write-report-CjrXbOBR.js");
		await writeWholeFile(reportTargets[0], printableName(args.report), renderReport(args.report, cleaned, {
			toolVersion: VERSION,
			options
		}));
	}
	if (checking) {
		const found = checkResult(run);
		const count = found.failed.length;
		const fix = run.judged === true ? { fixFlags: "--check --write" } : {};
		return (await import("./check-Dc7ooLAi.js")).finishCheck(ctx, args, settings, {
			results: found.findings,
			failed: count > 0 ? count : failed ? 1 : 0,
			written: args.write,
			...fix
		});
	}
	if (loud) ctx.stderr.write(batchSummary({
		outcomes: run.files,
		skippedBeforeRead: run.skipped.length
	}));
	return failed ? 2 : 0;
}
function checkFlags(args) {
	if (args.write && args.outDir !== void 0) throw new UsageError("--write and --out-dir: choose one");
	if (args.files.length === 0) throw new UsageError(`${args.write ? "--write" : args.outDir !== void 0 ? "--out-dir" : "--check"} needs files, directories or globs to clean`);
	if (args.files.includes("-")) throw new UsageError("standard input (-) cannot be cleaned with --write or --out-dir");
	if (args.output !== void 0) throw new UsageError("--output writes one text: use it without --write and --out-dir");
	if (args.diff) throw new UsageError("--diff works on one file: use it without --write and --out-dir");
}
export { runBatchCli, progressWanted as t };

//# sourceMappingURL=batch-TWlnU5d9.js.map