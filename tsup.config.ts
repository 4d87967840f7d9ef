import { defineConfig } from "tsup";

// Library entries ship as ESM + CJS with .d.ts/.d.cts; the CLI ships as one ESM file.
// zod and immer are dependencies (kept external); fast-check is an optional peer (kept external).
export default defineConfig([
  {
    entry: { index: "src/index.ts", testing: "src/testing/index.ts" },
    format: ["esm", "cjs"],
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    clean: true,
    sourcemap: false,
    target: "node20",
    treeshake: true,
    splitting: false,
  },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    clean: false,
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
