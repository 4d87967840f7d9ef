import { CONFIG_SCHEMA_TEXT } from "./configSchema.generated.js";

/**
 * Builds the JSON Schema (draft 2020-12) of config format schemaVersion 1: it accepts exactly the
 * documents {@link parsePractice} accepts. Named `$defs` (`Id`, `Name`, `Timestamp`, `Member`, `Cell`…)
 * and descriptions make it usable from other languages.
 *
 * @returns A fresh JSON Schema object; the package ships it as `patient-message-routing/config.schema.json`.
 * @example
 * ```ts
 * const schema = toConfigJsonSchema();
 * [schema.$schema, Object.keys(schema.$defs as object).includes("Id")];
 * //=> ["https://json-schema.org/draft/2020-12/schema", true]
 * ```
 */
export function toConfigJsonSchema(): Record<string, unknown> {
  return JSON.parse(CONFIG_SCHEMA_TEXT) as Record<string, unknown>;
}
