import { describe, expect, test } from "vitest";
import * as z from "zod";
import { practiceSchemas } from "../../src/internal/practiceSchemas.js";
import { ID_PATTERN, TIMESTAMP_PATTERN } from "../../src/model/limits.js";

const { IdSchema, NameSchema, PracticeDocumentSchema } = practiceSchemas();

import { toConfigJsonSchema } from "../../src/parse/toConfigJsonSchema.js";

type Json = Record<string, unknown>;

/** Every value of every `key` property in a JSON tree. */
function valuesOf(node: unknown, key: string): unknown[] {
  if (typeof node !== "object" || node === null) return [];
  const here = Object.hasOwn(node, key) ? [(node as Json)[key]] : [];
  return [...here, ...Object.values(node).flatMap((child) => valuesOf(child, key))];
}

describe("toConfigJsonSchema", () => {
  const schema = toConfigJsonSchema();
  const defs = schema.$defs as Record<string, Json>;

  test("names its $defs for readers in other languages", () => {
    expect(Object.keys(defs).sort()).toMatchInlineSnapshot(`
      [
        "AssignedProviderRecipient",
        "CareTeamRecipient",
        "Category",
        "CategoryEligibility",
        "Cell",
        "Closure",
        "Coverage",
        "Day",
        "DefaultRoutingTable",
        "Delivery",
        "Eligibility",
        "Group",
        "GroupRecipient",
        "Hours",
        "Id",
        "LocalDate",
        "LocalTime",
        "Location",
        "Member",
        "MemberRecipient",
        "Messaging",
        "Name",
        "OpeningPeriod",
        "Recipient",
        "RoutingTable",
        "Schedule",
        "TimeZone",
        "Timestamp",
        "VisitWithinDays",
      ]
    `);
    expect(JSON.stringify(schema)).not.toContain("__schema");
  });

  test("describes the document and every $def", () => {
    expect(schema.description).toEqual(expect.any(String));
    for (const def of Object.values(defs)) expect(def.description).toEqual(expect.any(String));
  });

  test("spells out the id, name and timestamp rules", () => {
    expect({ Id: defs.Id, Name: defs.Name, Timestamp: { ...defs.Timestamp, description: "…" } }).toMatchInlineSnapshot(`
      {
        "Id": {
          "description": "An id of a practice, member, group, provider table or coverage entry: 1-128 characters of A-Z a-z 0-9 . _ : @ -, starting with a letter or digit. constructor and prototype are reserved.",
          "not": {
            "anyOf": [
              {
                "enum": [
                  "constructor",
                  "prototype",
                ],
              },
              {
                "pattern": "\\n",
              },
            ],
          },
          "pattern": "^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$",
          "type": "string",
        },
        "Name": {
          "description": "A display name: 1-200 characters (Unicode code points).",
          "maxLength": 200,
          "minLength": 1,
          "type": "string",
        },
        "Timestamp": {
          "description": "…",
          "not": {
            "pattern": "\\n",
          },
          "pattern": "^(?:[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:00|0[48]|[2468][048]|[13579][26])00)-02-29)T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$",
          "type": "string",
        },
      }
    `);
    expect(defs.Id?.pattern).toBe(ID_PATTERN);
    expect(defs.Timestamp?.pattern).toBe(TIMESTAMP_PATTERN);
  });

  test("checks every record key against the id rule, reserved words included", () => {
    const properties = schema.properties as Record<string, Json>;
    for (const record of ["members", "groups", "routing", "coverage"]) {
      expect(properties[record]?.propertyNames).toEqual({ $ref: "#/$defs/Id" });
    }
    expect(defs.Id?.not).toEqual({ anyOf: [{ enum: ["constructor", "prototype"] }, { pattern: "\\n" }] });
    const closures = (defs.Schedule?.properties as Record<string, Json> | undefined)?.closures;
    expect(closures?.propertyNames).toEqual({ $ref: "#/$defs/Id" });
  });

  test("spells out the rules of version 2: zone length, periods of two strings, 24 a day, 1-30 days", () => {
    const messaging = defs.Messaging?.properties as Record<string, Json>;
    const closures = (defs.Schedule?.properties as Record<string, Json> | undefined)?.closures;
    expect({
      TimeZone: { ...defs.TimeZone, description: "…" },
      Day: { ...defs.Day, description: "…" },
      OpeningPeriod: { ...defs.OpeningPeriod, description: "…" },
      LocalTime: defs.LocalTime?.type,
      LocalDate: defs.LocalDate?.type,
      responseBusinessDays: { ...messaging.responseBusinessDays, description: "…" },
      closures: closures?.maxProperties,
      hours: Object.keys(defs.Hours?.properties as Json),
      required: schema.required,
    }).toMatchInlineSnapshot(`
      {
        "Day": {
          "description": "…",
          "items": {
            "$ref": "#/$defs/OpeningPeriod",
          },
          "maxItems": 24,
          "type": "array",
        },
        "LocalDate": "string",
        "LocalTime": "string",
        "OpeningPeriod": {
          "description": "…",
          "items": {
            "$ref": "#/$defs/LocalTime",
          },
          "maxItems": 2,
          "minItems": 2,
          "type": "array",
        },
        "TimeZone": {
          "description": "…",
          "maxLength": 64,
          "minLength": 1,
          "type": "string",
        },
        "closures": 1000,
        "hours": [
          "mon",
          "tue",
          "wed",
          "thu",
          "fri",
          "sat",
          "sun",
        ],
        "required": [
          "schemaVersion",
          "id",
          "name",
          "revision",
          "timeZone",
          "messaging",
          "members",
          "routing",
          "defaultRouting",
        ],
        "responseBusinessDays": {
          "description": "…",
          "maximum": 30,
          "minimum": 1,
          "type": "integer",
        },
      }
    `);
  });

  test("keeps version 1 as it was: its own version, fields and coverage with coveredBy required", () => {
    const v1 = toConfigJsonSchema(1);
    const v1Defs = v1.$defs as Record<string, Json>;
    expect({
      schemaVersion: (v1.properties as Record<string, Json>).schemaVersion?.const,
      properties: Object.keys(v1.properties as Json),
      v2Only: Object.keys(defs).filter((name) => !(name in v1Defs)),
      coverageV1: v1Defs.Coverage?.required,
      coverageV2: defs.Coverage?.required,
      messagingV1: Object.keys(v1Defs.Messaging?.properties as Json),
      id: [v1.$id, schema.$id],
    }).toMatchInlineSnapshot(`
      {
        "coverageV1": [
          "member",
          "from",
          "until",
          "coveredBy",
        ],
        "coverageV2": [
          "member",
          "from",
          "until",
        ],
        "id": [
          "https://unpkg.com/patient-message-routing/dist/config.v1.schema.json",
          "https://unpkg.com/patient-message-routing/dist/config.schema.json",
        ],
        "messagingV1": [
          "patientInitiated",
          "patientReplies",
          "disabledCategories",
        ],
        "properties": [
          "schemaVersion",
          "id",
          "name",
          "revision",
          "messaging",
          "members",
          "groups",
          "routing",
          "defaultRouting",
          "coverage",
        ],
        "schemaVersion": 1,
        "v2Only": [
          "TimeZone",
          "Eligibility",
          "VisitWithinDays",
          "CategoryEligibility",
          "Schedule",
          "Hours",
          "Day",
          "OpeningPeriod",
          "LocalTime",
          "Closure",
          "LocalDate",
          "CareTeamRecipient",
          "Location",
          "Delivery",
        ],
      }
    `);
  });

  test("uses only regex features common to ECMA-262 and other engines", () => {
    // Anchored patterns, and the one that refuses a line feed anywhere (`$` also matches before a final one
    // in Python, PCRE, Java and .NET).
    const patterns = (valuesOf(schema, "pattern") as string[]).filter((pattern) => pattern !== "\\n");
    expect(patterns).toHaveLength(2);
    expect(valuesOf(schema, "pattern")).toHaveLength(4);
    for (const pattern of patterns) {
      expect(pattern).not.toMatch(/\(\?<[=!]|\(\?<[A-Za-z]|\\[dDwWsSbBpPk]|\\u|\(\?[imsx]/);
      expect(pattern.startsWith("^") && pattern.endsWith("$")).toBe(true);
    }
  });

  test("returns a fresh object on each call and leaves zod's global registry alone", () => {
    const first = toConfigJsonSchema();
    (first.$defs as Json).Id = "changed";
    expect(toConfigJsonSchema()).toEqual(schema);
    for (const each of [IdSchema, NameSchema, PracticeDocumentSchema]) expect(z.globalRegistry.has(each)).toBe(false);
  });
});
