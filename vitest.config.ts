import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "examples/**/*.test.ts"],
    testTimeout: 60_000,
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      // src/cli/main.ts is only the process entry; test/cli/bin.test.ts runs it as a child process.
      exclude: ["src/cli/main.ts", "src/index.ts", "src/testing/index.ts"],
      thresholds: { lines: 90, branches: 85 },
    },
  },
});
