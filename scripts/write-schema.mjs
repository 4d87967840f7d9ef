// Writes dist/config.schema.json (run after tsup): the JSON Schema the built CLI's `schema` command prints, i.e. the
// schema generated from the zod schemas and committed as src/parse/configSchema.generated.ts.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";

const cli = new URL("../dist/cli.js", import.meta.url).pathname;
writeFileSync(new URL("../dist/config.schema.json", import.meta.url), execFileSync(process.execPath, [cli, "schema"]));
