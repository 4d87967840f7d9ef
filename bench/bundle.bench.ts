// Bundle size and start-up of the built package (run `npm run build` first): what a consumer's bundler
// ships for the main entry and for entries that use one part, and what importing the package costs.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync } from "node:zlib";
import type { BenchFigure, BenchModule, BenchTarget } from "./types.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const entry = join(root, "dist", "index.js");
const esbuild = join(root, "node_modules", ".bin", "esbuild");
const ROUNDS = 21; // odd: the median is one round

/** The consumer modules bundled: the whole main entry, then one part each. */
const CONSUMERS = [
  ["main entry, everything bundled", `export * from ${JSON.stringify(entry)};`],
  ["resolve only: compileRouter", `export { compileRouter } from ${JSON.stringify(entry)};`],
  ["parse only: parsePracticeJson", `export { parsePracticeJson } from ${JSON.stringify(entry)};`],
  ["edit: applyEdit", `export { applyEdit } from ${JSON.stringify(entry)};`],
] as const;

/** Brotli-compressed size in KB (1,000 bytes) of `source` bundled and minified by esbuild, zod included. */
function bundledKb(source: string, dir: string): number {
  const file = join(dir, "consumer.js");
  writeFileSync(file, source);
  const args = [file, "--bundle", "--minify", "--format=esm", "--platform=neutral", "--main-fields=module,main"];
  const built = spawnSync(esbuild, args, { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  if (built.status !== 0) throw new Error(`esbuild failed: ${built.stderr.toString()}`);
  return brotliCompressSync(built.stdout).length / 1000;
}

/** Wall time of one `node` run, in milliseconds. */
function timeNode(args: readonly string[]): number {
  const start = process.hrtime.bigint();
  const ran = spawnSync(process.execPath, args, { cwd: root });
  if (ran.status !== 0) throw new Error(`node failed: ${ran.stderr.toString()}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1] as number;

const run: BenchModule = () => {
  if (!existsSync(entry)) throw new Error("dist/index.js is missing: run `npm run build` first.");
  const figures: BenchFigure[] = [];
  const targets: BenchTarget[] = [];
  const target = (name: string, actual: number, limit: number, unit: string) =>
    targets.push({ name, actual, limit, unit, met: actual <= limit });

  const dir = mkdtempSync(join(tmpdir(), "pmr-bundle-"));
  const sizes = new Map<string, number>();
  try {
    for (const [name, source] of CONSUMERS) sizes.set(name, bundledKb(source, dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  for (const [name, kb] of sizes) figures.push({ name: `${name} (esbuild --minify, brotli)`, value: kb, unit: "KB" });
  const main = sizes.get("main entry, everything bundled") as number;
  // 30 KB for format version 1; version 2 (two schema versions, the wall clock, schedules, time edits, the
  // patient, sites and pools) adds about 12 KB: docs/performance.md.
  target("main entry, everything bundled, brotli", main, 43, "KB");
  target(
    "resolve only (compileRouter) / main entry",
    (100 * (sizes.get("resolve only: compileRouter") as number)) / main,
    50,
    "%",
  );

  // Alternate the two commands so that load on the machine weighs on both alike.
  const bare: number[] = [];
  const imported: number[] = [];
  const importArgs = ["--input-type=module", "-e", `await import(${JSON.stringify(entry)});`];
  for (let round = 0; round < ROUNDS; round++) {
    bare.push(timeNode(["-e", "0"]));
    imported.push(timeNode(importArgs));
  }
  figures.push({ name: "node -e 0 (median)", value: median(bare), unit: "ms" });
  figures.push({ name: "node, import dist/index.js (median)", value: median(imported), unit: "ms" });
  target("import cost: median with import - median of node -e 0", median(imported) - median(bare), 35, "ms");
  return { title: "Bundle size and start-up (bench/bundle.bench.ts)", figures, targets };
};

export default run;
