// `npm test`: every check, in order, stopping at the first failure; ends with "N passed, N failed".
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";

const root = new URL("..", import.meta.url).pathname;
const vitestReport = `${root}.tmp/vitest.json`;
mkdirSync(`${root}.tmp`, { recursive: true });

const steps = [
  ["typecheck", "npx", ["tsc", "--noEmit", "-p", "."]],
  ["lint", "npx", ["biome", "check", "."]],
  ["build", "npm", ["run", "--silent", "build"]],
  [
    "unit and property tests",
    "npx",
    ["vitest", "run", "--coverage", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestReport}`],
  ],
  ["publint", "npx", ["publint", "--strict"]],
  ["attw", "npx", ["attw", "--pack", ".", "--profile", "node16"]],
  ["smoke test of dist (require + import)", "node", ["scripts/smoke.mjs"]],
  ["examples", "node", ["scripts/run-examples.mjs"]],
  ["api docs", "npx", ["typedoc"]],
];

let passed = 0;
let failed = 0;
for (const [name, command, args] of steps) {
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  let counted = false;
  if (name === "unit and property tests") {
    try {
      const report = JSON.parse(readFileSync(vitestReport, "utf8"));
      passed += report.numPassedTests;
      failed += report.numFailedTests;
      counted = true;
      rmSync(vitestReport);
    } catch {
      // no report: count the step itself below
    }
  }
  if (result.status !== 0) {
    if (!counted || failed === 0) failed += 1;
    console.log(`\n${name} failed.`);
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(1);
  }
  if (!counted) passed += 1;
}
console.log(`\n${passed} passed, ${failed} failed`);
