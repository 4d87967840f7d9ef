// Runs every examples/NN-*.ts against the built package and compares its output with examples/expected/NN-*.txt.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const dir = join(root, "examples");
const examples = readdirSync(dir).filter((file) => /^\d\d-.*\.ts$/.test(file) && !file.endsWith(".test.ts"));
let failures = 0;
for (const file of examples.sort()) {
  const expectedPath = join(dir, "expected", file.replace(/\.ts$/, ".txt"));
  const run = spawnSync("npx", ["tsx", join(dir, file)], { cwd: root, encoding: "utf8" });
  const expected = existsSync(expectedPath) ? readFileSync(expectedPath, "utf8") : undefined;
  if (run.status !== 0) {
    failures++;
    console.log(`FAIL ${file}: exit ${run.status}\n${run.stderr}`);
  } else if (expected === undefined || run.stdout !== expected) {
    failures++;
    console.log(`FAIL ${file}: output differs from examples/expected (or it is missing)\n${run.stdout}`);
  } else {
    console.log(`ok   ${file}`);
  }
}
console.log(`${examples.length - failures} of ${examples.length} examples ok`);
process.exit(failures === 0 ? 0 : 1);
