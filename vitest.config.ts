import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 30_000,
    // Removing a temporary tree of 1000 files took over 10 s while six engineers shared the two cores.
    hookTimeout: 60_000,
    pool: "forks",
    // vitest's default is one file at a time on two cores (cores - 1); many tests wait on the
    // processes they spawn, so one file per core keeps both cores busy.
    maxWorkers: Math.max(2, availableParallelism()),
    reporters: ["default", "./tests/helpers/skip-reporter.ts"],
  },
});
