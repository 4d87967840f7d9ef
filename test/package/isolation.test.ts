// fast-check is an optional peer dependency: the main entry must never load it, only the /testing subpath.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const FAST_CHECK_IMPORT = /(?:from\s*|import\s*\(?\s*|require\s*\(\s*)["'](?:fast-check|@fast-check\/[^"']*)["']/;

function readBuilt(file: string): string {
  const path = join(root, "dist", file);
  if (!existsSync(path)) {
    throw new Error(`dist/${file} is missing: run \`npm run build\` before this test (npm test builds first).`);
  }
  return readFileSync(path, "utf8");
}

/** Every source file reachable from `entry` through relative imports and re-exports. */
function reachableFrom(entry: string): Map<string, string> {
  const seen = new Map<string, string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    const text = readFileSync(file, "utf8");
    seen.set(file, text);
    for (const match of text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      queue.push(resolve(dirname(file), (match[1] as string).replace(/\.js$/, ".ts")));
    }
  }
  return seen;
}

describe("fast-check isolation", () => {
  it("finds the import pattern in the testing bundle (so the checks below can fail)", () => {
    const stale = "dist is older than the sources: run `npm run build`";
    expect(FAST_CHECK_IMPORT.test(readBuilt("testing.js")), stale).toBe(true);
    expect(FAST_CHECK_IMPORT.test(readBuilt("testing.cjs")), stale).toBe(true);
  });

  it.each(["index.js", "index.cjs"])("keeps fast-check out of dist/%s", (file) => {
    expect(readBuilt(file).match(FAST_CHECK_IMPORT)?.[0]).toBeUndefined();
  });

  it("keeps fast-check out of every source file reachable from src/index.ts", () => {
    const files = reachableFrom(join(root, "src/index.ts"));
    expect(files.size).toBeGreaterThan(10);
    const offenders = [...files].filter(([, text]) => FAST_CHECK_IMPORT.test(text)).map(([file]) => file);
    expect(offenders).toEqual([]);
  });

  it("sees fast-check in the testing entry's sources", () => {
    const files = reachableFrom(join(root, "src/testing/index.ts"));
    expect([...files.values()].some((text) => FAST_CHECK_IMPORT.test(text))).toBe(true);
  });
});
