// Runs a command as its own process: wall time from here, peak RSS from GNU time (apt package `time`).
import { spawnSync } from "node:child_process";
import { existsSync, openSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const GNU_TIME = "/usr/bin/time";
export const hasGnuTime = existsSync(GNU_TIME);

/**
 * One run of `argv`, stdout to /dev/null (or to `stdout`, a path). Returns seconds, peak RSS in KB
 * (null without GNU time) and the exit code. `okCodes` are the exits that mean it worked; `env`, the
 * environment of the command (this process's when not given).
 */
export function runOnce(argv, { scratch, stdin, stdout, okCodes = [0], cwd, env }) {
  const rssFile = path.join(scratch, "rss.txt");
  const cmd = hasGnuTime ? [GNU_TIME, "-f", "%M %U %S", "-o", rssFile, ...argv] : argv;
  const out = openSync(stdout ?? "/dev/null", "w");
  const inp = stdin ? openSync(stdin, "r") : "ignore";
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd[0], cmd.slice(1), { stdio: [inp, out, "pipe"], maxBuffer: 1 << 24, ...(cwd ? { cwd } : {}), ...(env ? { env } : {}) });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.error) throw r.error;
  if (!okCodes.includes(r.status ?? -1)) {
    throw new Error(`${argv.join(" ")} exited ${r.status ?? r.signal}: ${String(r.stderr).trim().split("\n").slice(-3).join(" | ")}`);
  }
  let rssKB = null;
  let cpuSeconds = null;
  if (hasGnuTime) {
    const [rss, user, sys] = (readFileSync(rssFile, "utf8").trim().split("\n").pop() ?? "").split(" ").map(Number);
    rssKB = rss;
    // User + system time of the process and its children (git, for a check of a change).
    cpuSeconds = user + sys;
    rmSync(rssFile, { force: true });
  }
  return { seconds, rssKB, cpuSeconds, code: r.status };
}

/**
 * Runs every job `runs` times, alternating (job 1, job 2, ..., job 1, ...), so that a change of
 * load on the machine hits all of them alike. Each job: { name, argv, bytes, opts, before? }; argv
 * may be a function of the round (a fresh output directory each round, for one).
 */
export function alternate(jobs, runs, log) {
  const results = jobs.map(() => []);
  for (let r = 0; r < runs; r++) {
    jobs.forEach((job, j) => {
      job.before?.(r);
      results[j].push(runOnce(typeof job.argv === "function" ? job.argv(r) : job.argv, job.opts));
    });
    log(`  round ${r + 1}/${runs} done`);
  }
  return jobs.map((job, j) => summarize(job, results[j]));
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function summarize(job, runs) {
  const secs = runs.map((r) => r.seconds);
  const mb = job.bytes / 1e6;
  const rss = runs.map((r) => r.rssKB).filter((x) => x !== null);
  return {
    name: job.name,
    base: job.base,
    input: job.input,
    bytes: job.bytes,
    runs: runs.length,
    seconds: median(secs),
    secondsMin: Math.min(...secs),
    secondsMax: Math.max(...secs),
    mbps: mb / median(secs),
    mbpsMin: mb / Math.max(...secs),
    mbpsMax: mb / Math.min(...secs),
    rssMB: rss.length ? Math.max(...rss) / 1024 : null,
    cpuSeconds: runs.every((r) => r.cpuSeconds !== null && r.cpuSeconds !== undefined) ? median(runs.map((r) => r.cpuSeconds)) : null,
    // Each round's own figures, for ratios taken round by round (the load moves between rounds).
    secondsEach: secs,
    cpuEach: runs.map((r) => r.cpuSeconds ?? null),
  };
}
