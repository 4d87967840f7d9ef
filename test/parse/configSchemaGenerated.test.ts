import { describe, expect, test } from "vitest";
import * as z from "zod/mini";
import { practiceSchemas } from "../../src/internal/practiceSchemas.js";
import { CONFIG_SCHEMA_TEXT } from "../../src/parse/configSchema.generated.js";
import { buildConfigJsonSchema } from "../../src/parse/internal/buildConfigJsonSchema.js";

const { IdSchema, NameSchema, PracticeDocumentSchema } = practiceSchemas();

import { toConfigJsonSchema } from "../../src/parse/toConfigJsonSchema.js";

// toConfigJsonSchema returns a committed copy of what the zod schemas generate; it must be up to date.
describe("the committed JSON Schema (src/parse/configSchema.generated.ts)", () => {
  test("is what the zod schemas generate, key order included (else run npx tsx scripts/write-config-schema.ts)", () => {
    expect(CONFIG_SCHEMA_TEXT).toBe(JSON.stringify(buildConfigJsonSchema()));
  });

  test("is generated without touching zod's global registry", () => {
    expect(buildConfigJsonSchema()).toEqual(buildConfigJsonSchema());
    for (const each of [IdSchema, NameSchema, PracticeDocumentSchema]) expect(z.globalRegistry.has(each)).toBe(false);
  });

  test("is what toConfigJsonSchema returns, as a fresh object on each call", () => {
    const first = toConfigJsonSchema();
    expect(JSON.stringify(first)).toBe(CONFIG_SCHEMA_TEXT);
    expect(toConfigJsonSchema()).not.toBe(first);
    expect(toConfigJsonSchema().$defs).not.toBe(first.$defs);
  });
});
