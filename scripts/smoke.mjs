// Loads the built package from a separate consumer folder, with `require` and with `import`.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const consumer = mkdtempSync(join(tmpdir(), "pmr-consumer-"));
try {
  execFileSync("npm", ["pack", "--silent", "--pack-destination", consumer], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const tarball = readdirSync(consumer).find((file) => file.endsWith(".tgz"));
  const target = join(consumer, "node_modules", "patient-message-routing");
  mkdirSync(target, { recursive: true });
  execFileSync("tar", ["-xzf", join(consumer, tarball), "-C", target, "--strip-components=1"]);
  for (const dep of ["zod", "immer", "fast-check", "pure-rand"]) {
    try {
      symlinkSync(join(root, "node_modules", dep), join(consumer, "node_modules", dep), "dir");
    } catch {}
  }
  writeFileSync(
    join(consumer, "check.cjs"),
    `const assert = require("node:assert");
const lib = require("patient-message-routing");
const p = lib.samplePractice();
assert.equal(lib.parsePracticeJson(lib.serializePractice(p)).ok, true);
assert.equal(lib.MESSAGE_CATEGORIES.length, 6);
assert.equal(typeof require("patient-message-routing/testing").samplePractice, "function");
assert.equal(require("patient-message-routing/fhir").practiceToFhir(p).resourceType, "Bundle");
assert.equal(require("patient-message-routing/config.schema.json").$schema, "https://json-schema.org/draft/2020-12/schema");
console.log("require: ok");
`,
  );
  writeFileSync(
    join(consumer, "check.mjs"),
    `import assert from "node:assert";
import * as lib from "patient-message-routing";
import * as testing from "patient-message-routing/testing";
import { practiceToFhir } from "patient-message-routing/fhir";
import schema from "patient-message-routing/config.schema.json" with { type: "json" };
const p = lib.samplePractice();
assert.equal(lib.parsePracticeJson(lib.serializePractice(p)).ok, true);
assert.equal(typeof testing.samplePractice, "function");
assert.equal(practiceToFhir(p).resourceType, "Bundle");
assert.equal(schema.$schema, "https://json-schema.org/draft/2020-12/schema");
console.log("import: ok");
`,
  );
  execFileSync("node", ["check.cjs"], { cwd: consumer, stdio: "inherit" });
  execFileSync("node", ["check.mjs"], { cwd: consumer, stdio: "inherit" });
  execFileSync("node", [join(target, "dist", "cli.js"), "--help"], { cwd: consumer, stdio: "ignore" });
} finally {
  rmSync(consumer, { recursive: true, force: true });
}
