import { resolve } from "node:path";
import { defineConfig, type Options } from "tsup";

type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

const mainEntry = resolve("src/index.ts");

/**
 * The testing entry imports the library's public functions from `src/index.ts`; in dist/ those imports become
 * imports of the package's main entry (`patient-message-routing`), so /testing shares one copy of the library
 * with the consumer's main import instead of bundling its own.
 */
const mainEntryExternal: Plugin = {
  name: "main-entry-external",
  setup(build) {
    build.onResolve({ filter: /\/index\.js$/ }, (args) => {
      if (!args.importer.includes("/src/testing/")) return undefined;
      const target = resolve(args.resolveDir, args.path.replace(/\.js$/, ".ts"));
      return target === mainEntry ? { path: "patient-message-routing", external: true } : undefined;
    });
  },
};

// Library entries ship as ESM + CJS with .d.ts/.d.cts; the CLI ships as one ESM file.
// The main entry and the CLI bundle the parts of zod/mini they use: Node then loads one file instead of zod's ~100 modules
// (zod/mini loads every locale), and a consumer's bundler can still drop them (zod's constructors are marked
// pure, as are ours). No zod type appears in the public types. fast-check is an optional peer (kept external).
export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    noExternal: ["zod"],
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },

    sourcemap: false,
    target: "node20",
    treeshake: true,
    splitting: false,
  },
  {
    entry: { testing: "src/testing/index.ts" },
    format: ["esm", "cjs"],
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    sourcemap: false,
    target: "node20",
    treeshake: true,
    splitting: false,
    external: ["patient-message-routing"],
    esbuildPlugins: [mainEntryExternal],
  },
  {
    // The FHIR entry bundles the few small internal modules it reads (time zones, schedule, ids, categories:
    // a few KB) rather than importing the main entry: none of them is public API, and the main entry's
    // public functions are not needed, so a consumer of /fhir alone loads one small file.
    entry: { fhir: "src/fhir/index.ts" },
    format: ["esm", "cjs"],
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    sourcemap: false,
    target: "node20",
    treeshake: true,
    splitting: false,
  },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    noExternal: ["zod"], // as in the main entry: one file to load

    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
