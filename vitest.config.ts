import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // A safety net for a hung test, not a speed check (speed is measured by npm run bench): on two
    // cores shared with other work, property tests, interrupted batch runs and the removal of
    // 1000-file trees passed 30 s (and 10 s for hooks) without anything being wrong.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
    // vitest's default is one file at a time on two cores (cores - 1); many tests wait on the
    // processes they spawn, so one file per core keeps both cores busy.
    maxWorkers: Math.max(2, availableParallelism()),
    reporters: ["default", "./tests/helpers/skip-reporter.ts"],
  },
});
