import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import { toConfigJsonSchema } from "../../src/parse/toConfigJsonSchema.js";

// A backend in Python checks itself with conformance/check.py, the script docs/config-format.md shows: the
// shipped JSON Schemas (each golden document judged by the schema of its version, the other one refusing it)
// must give every golden document the parser's verdict in Python's `jsonschema` too
// (Debian's python3-jsonschema; .ci/run installs it), whose regexes run with `re.search`, where `$` also
// matches before a final newline. check.py also recomputes each sticky choice of the resolution vectors with
// its own FNV-1a and fmix32. Skipped, saying so, where the module is missing.

const conformance = fileURLToPath(new URL("../../conformance/", import.meta.url));
const available = spawnSync("python3", ["-c", "import jsonschema"], { stdio: "ignore" }).status === 0;
const dir = mkdtempSync(join(tmpdir(), "schema-"));
const schemaPath = join(dir, "config.schema.json");
writeFileSync(schemaPath, JSON.stringify(toConfigJsonSchema()));
writeFileSync(join(dir, "config.v1.schema.json"), JSON.stringify(toConfigJsonSchema(1)));
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

  test.skipIf(!available)(`reports a document judged by the wrong version's schema${skipped}`, () => {
    // A copy of the corpus whose index says the version 2 sample is a version 1 document, and the reverse.
    const copy = join(dir, "conformance");
    cpSync(join(conformance, "parse"), join(copy, "parse"), { recursive: true });
    mkdirSync(join(copy, "resolve"));
    writeFileSync(join(copy, "resolve", "index.json"), "[]");
    const index: { file: string; schemaVersion: number | null }[] = JSON.parse(
      readFileSync(join(copy, "parse", "index.json"), "utf8"),
    );
    for (const entry of index) {
      if (entry.file === "valid/sample.json") entry.schemaVersion = 2;
      if (entry.file === "valid/v2-sample.json") entry.schemaVersion = 1;
    }
    writeFileSync(join(copy, "parse", "index.json"), JSON.stringify(index));
    const run = spawnSync("python3", [join(conformance, "check.py"), schemaPath, copy], { encoding: "utf8" });
    expect([run.status, run.stdout]).toEqual([
      1,
      "parse/valid/sample.json\nparse/valid/v2-sample.json\n2 mismatches\n",
    ]);
  });

  test.skipIf(!available)(
    `recomputes every sticky choice in Python and reports one out of score order${skipped}`,
    () => {
      // A copy of the vectors with the sticky ones only; in one, the members tried are listed in another order.
      const copy = join(dir, "sticky-copy");
      mkdirSync(join(copy, "parse"), { recursive: true });
      mkdirSync(join(copy, "resolve"), { recursive: true });
      writeFileSync(join(copy, "parse", "index.json"), "[]");
      const files = readdirSync(join(conformance, "resolve")).filter((file) => file.startsWith("sticky-"));
      for (const file of files) {
        const vector = JSON.parse(readFileSync(join(conformance, "resolve", file), "utf8"));
        if (file === "sticky-top-member-inactive.json") {
          for (const step of vector.expected.trace) if (step.kind === "sticky") step.tried.reverse();
        }
        writeFileSync(join(copy, "resolve", file), JSON.stringify(vector));
      }
      writeFileSync(join(copy, "resolve", "index.json"), JSON.stringify(files.map((file) => ({ file }))));
      const run = spawnSync("python3", [join(conformance, "check.py"), schemaPath, copy], { encoding: "utf8" });
      expect(files.length).toBeGreaterThanOrEqual(8);
      expect([run.status, run.stdout]).toEqual([1, "resolve/sticky-top-member-inactive.json (sticky)\n1 mismatches\n"]);
    },
  );

  test.skipIf(!available)(`reports each vector a backend's resolver answers differently${skipped}`, () => {
    writeFileSync(
      join(dir, "refuse_all.py"),
      'def resolve(practice, input):\n    return {"ok": False, "reason": "messaging_disabled"}\n\nresolve_reply = resolve\n',
    );
    const run = check("refuse_all");
    const vectors = readdirSync(join(conformance, "resolve")).filter((file) => file !== "index.json");
    const lines = run.stdout.trim().split("\n");
    expect(run.status).toBe(1);
    expect(lines.at(-1)).toBe(`${vectors.length - 1} mismatches`);
    expect(lines).not.toContain("resolve/messaging-disabled.json");
  });
});
