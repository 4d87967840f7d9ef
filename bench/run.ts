// `npm run bench`: loads every bench/*.bench.ts, runs them one after the other in this process, prints a table
// (or, with --json, only JSON on stdout) and writes the JSON to .tmp/bench.json. Exit code 0 even when a target
// is missed: MISSED is printed instead. `global.gc` is made available for heap measurements.
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { BenchModule, BenchSection } from "./types.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const json = process.argv.includes("--json");
// Other arguments pick bench files by name (`npm run bench -- resolve`); none runs them all.
const only = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));

if (typeof globalThis.gc !== "function") {
  // Same effect as `node --expose-gc`, without re-spawning: expose gc, then fetch it from a fresh context.
  setFlagsFromString("--expose-gc");
  globalThis.gc = runInNewContext("gc") as typeof globalThis.gc;
}

const files = readdirSync(here)
  .filter((name) => name.endsWith(".bench.ts") && (only.length === 0 || only.some((part) => name.includes(part))))
  .sort();
const sections: BenchSection[] = [];
for (const file of files) {
  if (!json) console.log(`running ${file}...`);
  const loaded = (await import(pathToFileURL(join(here, file)).href)) as { default: BenchModule };
  sections.push(await loaded.default());
}

const missed = sections.flatMap((section) => section.targets.filter((target) => !target.met));
const report = {
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  date: new Date().toISOString(),
  sections,
  missed: missed.length,
};
mkdirSync(join(root, ".tmp"), { recursive: true });
writeFileSync(join(root, ".tmp", "bench.json"), `${JSON.stringify(report, null, 2)}\n`);

if (json) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  for (const section of sections) printSection(section);
  console.log(
    missed.length === 0
      ? "\nAll targets met."
      : `\nMISSED ${missed.length} target(s): ${missed.map((t) => t.name).join("; ")}`,
  );
  console.log("JSON written to .tmp/bench.json");
}

function printSection(section: BenchSection): void {
  console.log(`\n## ${section.title}\n`);
  const width = Math.max(...section.figures.map((f) => f.name.length), ...section.targets.map((t) => t.name.length), 6);
  for (const figure of section.figures)
    console.log(`${figure.name.padEnd(width)}  ${format(figure.value)} ${figure.unit}`);
  if (section.targets.length === 0) return;
  console.log(`\n${"target".padEnd(width)}  actual      limit       result`);
  for (const target of section.targets) {
    const verdict = target.met ? "met" : "MISSED";
    console.log(
      `${target.name.padEnd(width)}  ${`${format(target.actual)} ${target.unit}`.padEnd(10)}  ${`<= ${format(target.limit)}`.padEnd(10)}  ${verdict}`,
    );
  }
}

function format(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}
