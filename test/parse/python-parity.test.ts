import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import { toConfigJsonSchema } from "../../src/parse/toConfigJsonSchema.js";

// A backend in Python checks itself with conformance/check.py, the script docs/config-format.md shows: the
// shipped JSON Schema must give every golden document the parser's verdict in Python's `jsonschema` too
// (Debian's python3-jsonschema; .ci/run installs it), whose regexes run with `re.search`, where `$` also
// matches before a final newline. Skipped, saying so, where the module is missing.

const conformance = fileURLToPath(new URL("../../conformance/", import.meta.url));
const available = spawnSync("python3", ["-c", "import jsonschema"], { stdio: "ignore" }).status === 0;
const dir = mkdtempSync(join(tmpdir(), "schema-"));
const schemaPath = join(dir, "config.schema.json");
writeFileSync(schemaPath, JSON.stringify(toConfigJsonSchema()));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function check(...module: string[]) {
  return spawnSync("python3", [join(conformance, "check.py"), schemaPath, conformance, ...module], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, PYTHONPATH: dir },
  });
}

const skipped = available ? "" : " (skipped: python3 cannot import jsonschema; apt-get install python3-jsonschema)";

describe("conformance/check.py", () => {
  test.skipIf(!available)(`gives every golden document the parser's verdict in Python's jsonschema${skipped}`, () => {
    const run = check();
    expect(run.stderr).toBe("");
    expect([run.status, run.stdout]).toEqual([0, "0 mismatches\n"]);
  });

  test.skipIf(!available)(`reports each vector a backend's resolver answers differently${skipped}`, () => {
    writeFileSync(
      join(dir, "refuse_all.py"),
      'def resolve(practice, input):\n    return {"ok": False, "reason": "messaging_disabled"}\n',
    );
    const run = check("refuse_all");
    const vectors = readdirSync(join(conformance, "resolve")).filter((file) => file !== "index.json");
    const lines = run.stdout.trim().split("\n");
    expect(run.status).toBe(1);
    expect(lines.at(-1)).toBe(`${vectors.length - 1} mismatches`);
    expect(lines).not.toContain("resolve/messaging-disabled.json");
  });
});
