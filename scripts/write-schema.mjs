// Writes dist/config.schema.json from the zod schemas (run after tsup).
import { writeFileSync } from "node:fs";
import { toConfigJsonSchema } from "../dist/index.js";

writeFileSync(
  new URL("../dist/config.schema.json", import.meta.url),
  `${JSON.stringify(toConfigJsonSchema(), null, 2)}\n`,
);
