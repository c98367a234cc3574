import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 30_000,
    // Removing a temporary tree of 1000 files took over 10 s while six engineers shared the two cores.
    hookTimeout: 60_000,
    pool: "forks",
    reporters: ["default", "./tests/helpers/skip-reporter.ts"],
  },
});
