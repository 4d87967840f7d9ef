// The FHIR subpath is its own bundle: it loads as ESM and CJS without the main entry, zod or fast-check, and the
// main entry carries none of it.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const require = createRequire(import.meta.url);
const IMPORTS = /(?:from\s*|import\s*\(?\s*|require\s*\(\s*)["']([^"'.][^"']*)["']/g;

function readBuilt(file: string): string {
  const path = join(root, "dist", file);
  if (!existsSync(path)) {
    throw new Error(`dist/${file} is missing: run \`npm run build\` before this test (npm test builds first).`);
  }
  return readFileSync(path, "utf8");
}

describe("the fhir entry", () => {
  it("loads with import and with require, and exports the same functions", async () => {
    const esm = await import(join(root, "dist", "fhir.js"));
    const cjs = require(join(root, "dist", "fhir.cjs"));
    const names = ["auditToProvenance", "practiceToFhir", "resolutionToFhir"];
    expect(Object.keys(esm).sort()).toEqual(names);
    expect(Object.keys(cjs).sort()).toEqual(names);
  });

  it.each(["fhir.js", "fhir.cjs"])("imports no package in dist/%s", (file) => {
    expect([...readBuilt(file).matchAll(IMPORTS)].map((match) => match[1])).toEqual([]);
  });

  it.each(["index.js", "index.cjs"])("keeps the FHIR export out of dist/%s", (file) => {
    const stale = "dist is older than the sources: run `npm run build`";
    expect(readBuilt("fhir.js").includes("urn:patient-message-routing:task"), stale).toBe(true);
    expect(readBuilt(file).includes("urn:patient-message-routing:task")).toBe(false);
  });
});
