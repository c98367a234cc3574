// The progress bar on standard error (files, MB, MB/s, time left), drawn by cli-progress.
import cliProgress from "cli-progress";
import type { OutStream } from "../base/out-stream.js";

export interface Progress {
  phase(name: string, files: number, bytes: number): void;
  advance(bytes: number): void;
  /** Prints a line above the bar (an error or a skipped file) without breaking it. */
  log(line: string): void;
  stop(): void;
}

export { progressWanted } from "./progress-wanted.js";

const MB = 1024 * 1024;

export function createProgress(stream: OutStream): Progress {
  let files = 0;
  let totalFiles = 0;
  let label = "";
  const bar = new cliProgress.SingleBar(
    {
      stream: stream as unknown as NodeJS.WritableStream,
      hideCursor: false,
      clearOnComplete: true,
      fps: 5,
      barsize: 24,
      format: (options, params) => {
        const elapsed = Math.max(0.001, (Date.now() - params.startTime) / 1000);
        const rate = params.value / MB / elapsed;
        const full = Math.round(params.progress * (options.barsize ?? 24));
        const eta = params.value > 0 && params.progress < 1 ? formatTime(params.eta) : "--";
        return (
          `winnow ${label.padEnd(8)} ${"█".repeat(full)}${"░".repeat((options.barsize ?? 24) - full)} ` +
          `${files}/${totalFiles} files | ${(params.value / MB).toFixed(1)}/${(params.total / MB).toFixed(1)} MB | ` +
          `${rate.toFixed(1)} MB/s | ${eta} left`
        );
      },
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  let value = 0;
  return {
    phase(name, n, bytes) {
      if (started) bar.stop(); // stopping draws once more: before the counters are reset
      label = name;
      files = 0;
      totalFiles = n;
      value = 0;
      bar.start(Math.max(1, bytes), 0);
      started = true;
    },
    advance(bytes) {
      files++;
      value += bytes;
      bar.update(value);
    },
    log(line) {
      stream.write(`\r\u001b[2K${line}\n`);
      // cli-progress redraws only a changed line; the line above wiped it, so force it.
      if (started) (bar as unknown as { render(force: boolean): void }).render(true);
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}

function formatTime(seconds: number): string {
  if (!Number.isFinite(seconds)) return "--";
  const s = Math.round(seconds);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s` : `${s}s`;
}
