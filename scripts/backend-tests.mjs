// Runs the tests of the reference backend (examples/backend): installs its dependencies with `npm ci` when
// examples/backend/node_modules is missing, typechecks it, then runs its node:test files with the spec
// reporter on stdout and a TAP copy from which the counts are read. It imports the built package, so run
// `npm run build` first. Exit code: the tests'. `--count FILE` writes {numPassedTests, numFailedTests}.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const dir = join(root, "examples", "backend");
const tap = join(dir, ".tmp", "test-results.tap");
const countAt = process.argv.indexOf("--count");
const countFile = countAt > 0 ? process.argv[countAt + 1] : undefined;

function run(command, args) {
  const result = spawnSync(command, args, { cwd: dir, stdio: "inherit" });
  return result.status ?? 1;
}

function finish(status, counts) {
  console.log(`backend: ${counts.numPassedTests} passed, ${counts.numFailedTests} failed`);
  if (countFile !== undefined) writeFileSync(countFile, JSON.stringify(counts));
  process.exit(status);
}

if (!existsSync(join(root, "dist", "index.js"))) {
  console.log("dist/ is missing: run `npm run build` first (the backend imports the built package).");
  finish(1, { numPassedTests: 0, numFailedTests: 1 });
}
if (!existsSync(join(dir, "node_modules"))) {
  console.log("Installing examples/backend's dependencies (npm ci; better-sqlite3 may compile for a few minutes)...");
  if (run("npm", ["ci", "--no-audit", "--no-fund"]) !== 0) finish(1, { numPassedTests: 0, numFailedTests: 1 });
}
if (run("npm", ["run", "--silent", "typecheck"]) !== 0) {
  console.log("examples/backend does not typecheck.");
  finish(1, { numPassedTests: 0, numFailedTests: 1 });
}

mkdirSync(join(dir, ".tmp"), { recursive: true });
rmSync(tap, { force: true });
const files = readdirSync(join(dir, "test"))
  .filter((file) => file.endsWith(".spec.ts"))
  .sort()
  .map((file) => join("test", file));
const status = run(process.execPath, [
  "--import",
  "tsx",
  "--test",
  "--test-reporter=spec",
  "--test-reporter-destination=stdout",
  "--test-reporter=tap",
  `--test-reporter-destination=${tap}`,
  ...files,
]);

// The TAP summary ends with lines such as "# pass 17", "# fail 0", "# cancelled 0".
const summary = existsSync(tap) ? readFileSync(tap, "utf8") : "";
const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, "m").exec(summary)?.[1] ?? 0);
const failed = count("fail") + count("cancelled");
// A run that fails outside any test (a crash, a syntax error) still counts as one failure.
finish(status, { numPassedTests: count("pass"), numFailedTests: status !== 0 && failed === 0 ? 1 : failed });
