import { CONFIG_SCHEMA_TEXT, CONFIG_V1_SCHEMA_TEXT } from "./configSchema.generated.js";

/**
 * Builds the JSON Schema (draft 2020-12) of config format version 2 (or 1): it accepts exactly the documents
 * of that version {@link parsePractice} accepts. Named `$defs` (`Id`, `Name`, `Timestamp`, `Member`, `Cell`…)
 * and descriptions make it usable from other languages.
 *
 * @param version - The format version, 2 by default.
 * @returns A fresh JSON Schema object; the package ships them as `patient-message-routing/config.schema.json`
 * (version 2) and `patient-message-routing/config.v1.schema.json`.
 * @example
 * ```ts
 * const schema = toConfigJsonSchema();
 * [schema.$schema, Object.keys(schema.$defs as object).includes("Id")];
 * //=> ["https://json-schema.org/draft/2020-12/schema", true]
 * ```
 */
export function toConfigJsonSchema(version: 1 | 2 = 2): Record<string, unknown> {
  return JSON.parse(version === 1 ? CONFIG_V1_SCHEMA_TEXT : CONFIG_SCHEMA_TEXT) as Record<string, unknown>;
}
