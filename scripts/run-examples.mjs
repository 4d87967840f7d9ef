// Runs every examples/NN-*.ts against the built package and compares its output with examples/expected/NN-*.txt.
// tsx gets examples/tsconfig.json (no `paths`), so `patient-message-routing` resolves to dist/ as for a consumer.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const dir = join(root, "examples");
if (!existsSync(join(root, "dist", "index.js"))) {
  console.log("dist/ is missing: run `npm run build` first (the examples import the built package).");
  process.exit(1);
}
const examples = readdirSync(dir).filter((file) => /^\d\d-.*\.ts$/.test(file) && !file.endsWith(".test.ts"));
let failures = 0;
for (const file of examples.sort()) {
  const expectedPath = join(dir, "expected", file.replace(/\.ts$/, ".txt"));
  const run = spawnSync("npx", ["tsx", "--tsconfig", join(dir, "tsconfig.json"), join(dir, file)], {
    cwd: root,
    encoding: "utf8",
  });
  const expected = existsSync(expectedPath) ? readFileSync(expectedPath, "utf8") : undefined;
  if (run.status !== 0) {
    failures++;
    console.log(`FAIL ${file}: exit ${run.status}\n${run.stderr}`);
  } else if (expected === undefined) {
    failures++;
    console.log(
      `FAIL ${file}: examples/expected/${file.replace(/\.ts$/, ".txt")} is missing; the output was:\n${run.stdout}`,
    );
  } else if (run.stdout !== expected) {
    failures++;
    const got = run.stdout.split("\n");
    const want = expected.split("\n");
    const line = got.findIndex((text, index) => text !== want[index]);
    const at = line === -1 ? want.length : line;
    console.log(`FAIL ${file}: output differs from examples/expected at line ${at + 1}`);
    console.log(`  expected: ${JSON.stringify(want[at] ?? "(end of output)")}`);
    console.log(`  actual:   ${JSON.stringify(got[at] ?? "(end of output)")}`);
  } else {
    console.log(`ok   ${file}`);
  }
}
console.log(`${examples.length - failures} of ${examples.length} examples ok`);
// `--count FILE` writes the counts for scripts/test-all.mjs (each example program is one test).
const countAt = process.argv.indexOf("--count");
if (countAt > 0) {
  const numbers = { numPassedTests: examples.length - failures, numFailedTests: failures };
  writeFileSync(process.argv[countAt + 1], JSON.stringify(numbers));
}
process.exit(failures === 0 && examples.length > 0 ? 0 : 1);
