// Writes dist/config.schema.json (run after tsup): what toConfigJsonSchema returns, the JSON Schema generated
// from the zod schemas and committed as src/parse/configSchema.generated.ts.
import { writeFileSync } from "node:fs";
import { toConfigJsonSchema } from "../dist/index.js";

writeFileSync(
  new URL("../dist/config.schema.json", import.meta.url),
  `${JSON.stringify(toConfigJsonSchema(), null, 2)}\n`,
);
