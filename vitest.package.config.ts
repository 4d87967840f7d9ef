import { defineConfig } from "vitest/config";

// Package checks: tests of the BUILT package (dist/): the executable, the entry points' isolation, and the
// testing-kit example, which imports the package by name as a consumer does. `npm test` runs them after the build.
export default defineConfig({
  test: {
    include: ["test/package/**/*.test.ts", "examples/**/*.test.ts"],
    testTimeout: 60_000,
  },
});
