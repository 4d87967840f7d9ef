// `npm test`: every check, in order, stopping at the first failure. Each step runs quietly: one line when it
// passes, its whole output when it fails. The closing line counts tests only (vitest tests of both suites and
// the example programs): "N passed, N failed".
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

const root = new URL("..", import.meta.url).pathname;
const tmp = `${root}.tmp`;
mkdirSync(tmp, { recursive: true });
const colour = process.stdout.isTTY === true && process.env.NO_COLOR === undefined;
const env = { ...process.env, ...(colour ? {} : { NO_COLOR: "1", FORCE_COLOR: "0" }) };

const vitest = (config, report) => [
  "npx",
  [
    "vitest",
    "run",
    "--config",
    config,
    ...(config === "vitest.config.ts" ? ["--coverage"] : []),
    "--reporter=dot",
    "--reporter=json",
    `--outputFile.json=${report}`,
  ],
  { report },
];

const steps = [
  ["typecheck", "npx", ["tsc", "--noEmit", "-p", "."]],
  ["lint", "npx", ["biome", "check", "."]],
  ["unused files, exports and dependencies (knip)", "npx", ["knip", "--no-progress"]],
  ["unit and property tests (sources)", ...vitest("vitest.config.ts", `${tmp}/vitest-unit.json`)],
  ["build", "npm", ["run", "--silent", "build"]],
  [
    "package checks: built package tests (bin, isolation, testing-kit example)",
    ...vitest("vitest.package.config.ts", `${tmp}/vitest-package.json`),
  ],
  ["package checks: publint", "npx", ["publint", "--strict"]],
  ["package checks: attw", "npx", ["attw", "--pack", ".", "--profile", "node16"]],
  ["package checks: bundle size", "npx", ["size-limit"]],
  ["package checks: smoke test of dist (require + import)", "node", ["scripts/smoke.mjs"]],
  [
    "examples",
    "node",
    ["scripts/run-examples.mjs", "--count", `${tmp}/examples.json`],
    { report: `${tmp}/examples.json` },
  ],
  [
    "reference backend (examples/backend: API and browser tests)",
    "node",
    ["scripts/backend-tests.mjs", "--count", `${tmp}/backend.json`],
    { report: `${tmp}/backend.json` },
  ],
  ["api docs", "npx", ["typedoc"]],
];

let passed = 0;
let failed = 0;
const started = Date.now();
for (const [name, command, args, options = {}] of steps) {
  const begin = Date.now();
  if (options.report !== undefined) rmSync(options.report, { force: true });
  const result = spawnSync(command, args, { cwd: root, env, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const counts = options.report !== undefined && existsSync(options.report) ? readCounts(options.report) : undefined;
  if (counts !== undefined) {
    passed += counts.passed;
    failed += counts.failed;
  }
  const seconds = ((Date.now() - begin) / 1000).toFixed(1);
  const tally = counts === undefined ? "" : `, ${counts.passed} passed, ${counts.failed} failed`;
  if (result.status !== 0) {
    process.stdout.write(
      `${result.stdout ?? ""}${result.stderr ?? ""}${result.error ? `${result.error.message}\n` : ""}`,
    );
    console.log(`\nFAILED: ${name} (${seconds} s${tally})`);
    if (counts === undefined || counts.failed === 0) console.log("(the step failed outside any counted test)");
    console.log(`${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(1);
  }
  console.log(`ok  ${name} (${seconds} s${tally})`);
}
console.log(`\nall ${steps.length} steps passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed`);

/** Test counts from a vitest JSON report or the examples runner's report. */
function readCounts(file) {
  try {
    const report = JSON.parse(readFileSync(file, "utf8"));
    return { passed: report.numPassedTests, failed: report.numFailedTests };
  } catch {
    return undefined;
  }
}
