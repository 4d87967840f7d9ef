// Writes dist/config.schema.json and dist/config.v1.schema.json (run after tsup): the JSON Schemas the built
// CLI's `schema` command prints, i.e. the schemas generated from the zod schemas and committed as
// src/parse/configSchema.generated.ts.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";

const cli = new URL("../dist/cli.js", import.meta.url).pathname;
for (const [file, version] of [
  ["config.schema.json", "2"],
  ["config.v1.schema.json", "1"],
]) {
  const text = execFileSync(process.execPath, [cli, "schema", "--schema-version", version]);
  writeFileSync(new URL(`../dist/${file}`, import.meta.url), text);
}
