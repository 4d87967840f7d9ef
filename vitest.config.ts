import { defineConfig } from "vitest/config";

// Unit and property tests of the sources: they run in a fresh clone without a build (`npx vitest run`).
// Tests of the built package live in test/package/ and run with vitest.package.config.ts after the build.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/package/**"],
    testTimeout: 60_000,
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      // src/cli/main.ts is only the process entry; test/package/bin.test.ts runs it as a child process.
      exclude: ["src/cli/main.ts", "src/index.ts", "src/testing/index.ts"],
      thresholds: { lines: 90, branches: 85 },
    },
  },
});
