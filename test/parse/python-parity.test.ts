import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { toConfigJsonSchema } from "../../src/parse/toConfigJsonSchema.js";

// The shipped JSON Schema must give every golden document the parser's verdict in Python's `jsonschema` too
// (Debian's python3-jsonschema; .ci/run installs it), whose regexes run with `re.search`, where `$` also
// matches before a final newline. Skipped, saying so, where the module is missing.

const golden = fileURLToPath(new URL("../golden/", import.meta.url));
const index: readonly { file: string; valid: boolean }[] = JSON.parse(readFileSync(join(golden, "index.json"), "utf8"));
const available = spawnSync("python3", ["-c", "import jsonschema"], { stdio: "ignore" }).status === 0;

const SCRIPT = `
import json, sys
from jsonschema import Draft202012Validator
schema_path, golden, index_path = sys.argv[1:4]
validator = Draft202012Validator(json.load(open(schema_path)))
verdicts = {}
for entry in json.load(open(index_path)):
    with open(golden + entry["file"], encoding="utf-8") as handle:
        verdicts[entry["file"]] = validator.is_valid(json.load(handle))
print(json.dumps(verdicts))
`;

describe("toConfigJsonSchema", () => {
  test.skipIf(!available)(
    `gives every golden document the parser's verdict in Python's jsonschema${available ? "" : " (skipped: python3 cannot import jsonschema; apt-get install python3-jsonschema)"}`,
    () => {
      const dir = mkdtempSync(join(tmpdir(), "schema-"));
      try {
        const schemaPath = join(dir, "config.schema.json");
        writeFileSync(schemaPath, JSON.stringify(toConfigJsonSchema()));
        const run = spawnSync("python3", ["-c", SCRIPT, schemaPath, golden, join(golden, "index.json")], {
          encoding: "utf8",
          maxBuffer: 1 << 24,
        });
        expect(run.stderr).toBe("");
        const verdicts: Record<string, boolean> = JSON.parse(run.stdout);
        expect(verdicts).toEqual(Object.fromEntries(index.map((entry) => [entry.file, entry.valid])));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
