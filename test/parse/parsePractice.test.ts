import { describe, expect, test } from "vitest";
import { parsePractice } from "../../src/parse/parsePractice.js";
import { samplePractice } from "../../src/sample/samplePractice.js";
import { expectFreshFrozen, issuesOf, sampleDoc, setKey } from "./helpers.js";

const parse = (input: unknown) => issuesOf(parsePractice(input));

describe("parsePractice", () => {
  test("accepts the sample document and returns a practice equal to samplePractice()", () => {
    const input = sampleDoc();
    const result = parsePractice(input);
    expect(result).toEqual({ ok: true, practice: samplePractice() });
    if (result.ok) expectFreshFrozen(input, result.practice);
  });

  test("reports invalid_type for a document that is not an object", () => {
    expect([parse([]), parse(null), parse("x"), parse(1), parse(undefined)]).toMatchInlineSnapshot(`
      [
        [
          {
            "code": "invalid_type",
            "message": "Expected an object, got an array.",
            "path": [],
            "severity": "error",
          },
        ],
        [
          {
            "code": "invalid_type",
            "message": "Expected an object, got null.",
            "path": [],
            "severity": "error",
          },
        ],
        [
          {
            "code": "invalid_type",
            "message": "Expected an object, got a string.",
            "path": [],
            "severity": "error",
          },
        ],
        [
          {
            "code": "invalid_type",
            "message": "Expected an object, got a number.",
            "path": [],
            "severity": "error",
          },
        ],
        [
          {
            "code": "invalid_type",
            "message": "Expected an object, got no value.",
            "path": [],
            "severity": "error",
          },
        ],
      ]
    `);
  });

  test("reports invalid_type with the expected and the actual kind of value", () => {
    const doc = sampleDoc();
    doc.revision = "0";
    doc.messaging.patientInitiated = "yes";
    doc.members.jsmith.role = "doctor";
    doc.members.kjones = [];
    doc.groups.nurses.members = null;
    doc.defaultRouting.referrals = [];
    doc.defaultRouting.appointments = [{ type: "role", id: "nurse" }, "jsmith"];
    doc.routing.crusher.appointments = [{ type: "member", id: 7 }];
    doc.messaging.disabledCategories = ["billing"];
    doc.name = "";
    expect(parse(doc)).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid_type",
          "message": "Must not be empty.",
          "path": [
            "name",
          ],
          "severity": "error",
        },
        {
          "code": "invalid_type",
          "message": "Expected a number, got a string.",
          "path": [
            "revision",
          ],
          "severity": "error",
        },
        {
          "code": "invalid_type",
          "message": "Expected true or false, got a string.",
          "path": [
            "messaging",
            "patientInitiated",
          ],
          "severity": "error",
        },
        {
          "code": "invalid_type",
          "message": "Expected one of: appointments, referrals, prescriptions, test_results, general_inquiry, health_question.",
          "path": [
            "messaging",
            "disabledCategories",
            0,
          ],
          "severity": "error",
        },
        {
          "code": "invalid_type",
          "message": "Expected one of: provider, staff.",
          "path": [
            "members",
            "jsmith",
            "role",
          ],
          "severity": "error",
        },
        {
          "code": "invalid_type",
          "message": "Expected an object, got an array.",
          "path": [
            "members",
            "kjones",
          ],
          "severity": "error",
        },
        {
          "code": "invalid_type",
          "message": "Expected an array, got null.",
          "path": [
            "groups",
            "nurses",
            "members",
          ],
          "severity": "error",
        },
        {
          "code": "invalid_type",
          "message": "Expected a string, got a number.",
          "path": [
            "routing",
            "crusher",
            "appointments",
            0,
            "id",
          ],
          "severity": "error",
        },
        {
          "code": "invalid_type",
          "message": "Expected one of: member, group, assigned_provider, care_team.",
          "path": [
            "defaultRouting",
            "appointments",
            0,
            "type",
          ],
          "severity": "error",
        },
        {
          "code": "invalid_type",
          "message": "Expected an object, got a string.",
          "path": [
            "defaultRouting",
            "appointments",
            1,
          ],
          "severity": "error",
        },
        {
          "code": "invalid_type",
          "message": "Must list at least one recipient.",
          "path": [
            "defaultRouting",
            "referrals",
          ],
          "severity": "error",
        },
      ]
    `);
  });

  test("reports invalid_type for revisions that are not whole numbers from 0 to 2^53-1", () => {
    const revisions = [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, 10n];
    expect(revisions.map((revision) => parse({ ...sampleDoc(), revision }))).toMatchInlineSnapshot(`
      [
        [
          {
            "code": "invalid_type",
            "message": "Must be zero or more.",
            "path": [
              "revision",
            ],
            "severity": "error",
          },
        ],
        [
          {
            "code": "invalid_type",
            "message": "Expected an integer, got a non-integer number.",
            "path": [
              "revision",
            ],
            "severity": "error",
          },
        ],
        [
          {
            "code": "invalid_type",
            "message": "Expected a number, got a non-finite number.",
            "path": [
              "revision",
            ],
            "severity": "error",
          },
        ],
        [
          {
            "code": "invalid_type",
            "message": "Expected a number, got a non-finite number.",
            "path": [
              "revision",
            ],
            "severity": "error",
          },
        ],
        [
          {
            "code": "invalid_type",
            "message": "Must be at most 9007199254740991.",
            "path": [
              "revision",
            ],
            "severity": "error",
          },
        ],
        [
          {
            "code": "invalid_type",
            "message": "Expected a number, got a value that is not plain JSON data.",
            "path": [
              "revision",
            ],
            "severity": "error",
          },
        ],
      ]
    `);
  });

  test("reports missing_field at the path of each absent field", () => {
    const doc = sampleDoc();
    delete doc.name;
    delete doc.members.jsmith.role;
    delete doc.defaultRouting.health_question;
    doc.messaging.patientReplies = undefined;
    doc.routing.crusher.appointments = [{ type: "group" }, { id: "nurses" }];
    expect(parse(doc)).toMatchInlineSnapshot(`
      [
        {
          "code": "missing_field",
          "message": "This field is required.",
          "path": [
            "name",
          ],
          "severity": "error",
        },
        {
          "code": "missing_field",
          "message": "This field is required.",
          "path": [
            "messaging",
            "patientReplies",
          ],
          "severity": "error",
        },
        {
          "code": "missing_field",
          "message": "This field is required.",
          "path": [
            "members",
            "jsmith",
            "role",
          ],
          "severity": "error",
        },
        {
          "code": "missing_field",
          "message": "This field is required.",
          "path": [
            "routing",
            "crusher",
            "appointments",
            0,
            "id",
          ],
          "severity": "error",
        },
        {
          "code": "missing_field",
          "message": "This field is required.",
          "path": [
            "routing",
            "crusher",
            "appointments",
            1,
            "type",
          ],
          "severity": "error",
        },
        {
          "code": "missing_field",
          "message": "This field is required.",
          "path": [
            "defaultRouting",
            "health_question",
          ],
          "severity": "error",
        },
      ]
    `);
  });

  test("reports missing_field for every top-level field of an empty object", () => {
    expect(parse({})).toMatchInlineSnapshot(`
      [
        {
          "code": "missing_field",
          "message": "This field is required.",
          "path": [
            "schemaVersion",
          ],
          "severity": "error",
        },
        {
          "code": "missing_field",
          "message": "This field is required.",
          "path": [
            "id",
          ],
          "severity": "error",
        },
        {
          "code": "missing_field",
          "message": "This field is required.",
          "path": [
            "name",
          ],
          "severity": "error",
        },
        {
          "code": "missing_field",
          "message": "This field is required.",
          "path": [
            "revision",
          ],
          "severity": "error",
        },
        {
          "code": "missing_field",
          "message": "This field is required.",
          "path": [
            "timeZone",
          ],
          "severity": "error",
        },
        {
          "code": "missing_field",
          "message": "This field is required.",
          "path": [
            "messaging",
          ],
          "severity": "error",
        },
        {
          "code": "missing_field",
          "message": "This field is required.",
          "path": [
            "members",
          ],
          "severity": "error",
        },
        {
          "code": "missing_field",
          "message": "This field is required.",
          "path": [
            "routing",
          ],
          "severity": "error",
        },
        {
          "code": "missing_field",
          "message": "This field is required.",
          "path": [
            "defaultRouting",
          ],
          "severity": "error",
        },
      ]
    `);
  });

  test("reports unknown_field at every level", () => {
    const doc = sampleDoc();
    doc.notes = "x";
    doc.messaging.enabled = true;
    doc.members.jsmith.email = "jane@example.org";
    doc.groups.nurses.lead = "lpatel";
    doc.routing.crusher.billing = [{ type: "assigned_provider" }];
    doc.defaultRouting.test_results = [{ type: "assigned_provider", id: "crusher" }];
    doc.coverage.c1.reason = "holiday";
    expect(parse(doc)).toMatchInlineSnapshot(`
      [
        {
          "code": "unknown_field",
          "message": "This field is not part of the format.",
          "path": [
            "messaging",
            "enabled",
          ],
          "severity": "error",
        },
        {
          "code": "unknown_field",
          "message": "This field is not part of the format.",
          "path": [
            "members",
            "jsmith",
            "email",
          ],
          "severity": "error",
        },
        {
          "code": "unknown_field",
          "message": "This field is not part of the format.",
          "path": [
            "groups",
            "nurses",
            "lead",
          ],
          "severity": "error",
        },
        {
          "code": "unknown_field",
          "message": "This field is not part of the format.",
          "path": [
            "routing",
            "crusher",
            "billing",
          ],
          "severity": "error",
        },
        {
          "code": "unknown_field",
          "message": "This field is not part of the format.",
          "path": [
            "defaultRouting",
            "test_results",
            0,
            "id",
          ],
          "severity": "error",
        },
        {
          "code": "unknown_field",
          "message": "This field is not part of the format.",
          "path": [
            "coverage",
            "c1",
            "reason",
          ],
          "severity": "error",
        },
        {
          "code": "unknown_field",
          "message": "This field is not part of the format.",
          "path": [
            "notes",
          ],
          "severity": "error",
        },
      ]
    `);
  });

  test("reports invalid_id for bad ids as keys and as values, reserved words included", () => {
    const doc = sampleDoc();
    doc.id = "constructor";
    doc.members["-dash"] = doc.members.kjones;
    doc.groups["a".repeat(129)] = { name: "Long", members: ["prototype", "l patel", ""] };
    doc.routing.crusher.appointments = [{ type: "member", id: "jsmith\n" }];
    doc.coverage.c1.coveredBy = "_kjones";
    expect(parse(doc)).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid_id",
          "message": "Expected an id: 1-128 characters of A-Z a-z 0-9 . _ : @ -, starting with a letter or digit, not constructor or prototype.",
          "path": [
            "id",
          ],
          "severity": "error",
        },
        {
          "code": "invalid_id",
          "message": "This key is not a valid id: 1-128 characters of A-Z a-z 0-9 . _ : @ -, starting with a letter or digit, not constructor or prototype.",
          "path": [
            "members",
            "-dash",
          ],
          "severity": "error",
        },
        {
          "code": "invalid_id",
          "message": "This key is not a valid id: 1-128 characters of A-Z a-z 0-9 . _ : @ -, starting with a letter or digit, not constructor or prototype.",
          "path": [
            "groups",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          ],
          "severity": "error",
        },
        {
          "code": "invalid_id",
          "message": "Expected an id: 1-128 characters of A-Z a-z 0-9 . _ : @ -, starting with a letter or digit, not constructor or prototype.",
          "path": [
            "routing",
            "crusher",
            "appointments",
            0,
            "id",
          ],
          "severity": "error",
        },
        {
          "code": "invalid_id",
          "message": "Expected an id: 1-128 characters of A-Z a-z 0-9 . _ : @ -, starting with a letter or digit, not constructor or prototype.",
          "path": [
            "coverage",
            "c1",
            "coveredBy",
          ],
          "severity": "error",
        },
      ]
    `);
  });

  test("reports forbidden_key at every depth and for JSON.parse'd __proto__", () => {
    const doc = JSON.parse(
      '{"__proto__": {"polluted": true}, "members": {"__proto__": {"name": "P", "role": "staff", "admin": true, "active": true}}}',
    );
    const sample = sampleDoc();
    setKey(sample, "constructor", {});
    setKey(sample.members.jsmith, "__proto__", { admin: true });
    setKey(sample.groups, "prototype", { name: "P", members: [] });
    setKey(sample.routing.crusher.appointments[0], "__proto__", {});
    setKey(sample.coverage.c1, "constructor", "x");
    expect([parse(doc), parse(sample)]).toMatchInlineSnapshot(`
      [
        [
          {
            "code": "forbidden_key",
            "message": "This key is not allowed anywhere in a config.",
            "path": [
              "__proto__",
            ],
            "severity": "error",
          },
          {
            "code": "forbidden_key",
            "message": "This key is not allowed anywhere in a config.",
            "path": [
              "members",
              "__proto__",
            ],
            "severity": "error",
          },
          {
            "code": "missing_field",
            "message": "This field is required.",
            "path": [
              "schemaVersion",
            ],
            "severity": "error",
          },
          {
            "code": "missing_field",
            "message": "This field is required.",
            "path": [
              "id",
            ],
            "severity": "error",
          },
          {
            "code": "missing_field",
            "message": "This field is required.",
            "path": [
              "name",
            ],
            "severity": "error",
          },
          {
            "code": "missing_field",
            "message": "This field is required.",
            "path": [
              "revision",
            ],
            "severity": "error",
          },
          {
            "code": "missing_field",
            "message": "This field is required.",
            "path": [
              "timeZone",
            ],
            "severity": "error",
          },
          {
            "code": "missing_field",
            "message": "This field is required.",
            "path": [
              "messaging",
            ],
            "severity": "error",
          },
          {
            "code": "missing_field",
            "message": "This field is required.",
            "path": [
              "routing",
            ],
            "severity": "error",
          },
          {
            "code": "missing_field",
            "message": "This field is required.",
            "path": [
              "defaultRouting",
            ],
            "severity": "error",
          },
        ],
        [
          {
            "code": "forbidden_key",
            "message": "This key is not allowed anywhere in a config.",
            "path": [
              "members",
              "jsmith",
              "__proto__",
            ],
            "severity": "error",
          },
          {
            "code": "forbidden_key",
            "message": "This key is not allowed anywhere in a config.",
            "path": [
              "groups",
              "prototype",
            ],
            "severity": "error",
          },
          {
            "code": "forbidden_key",
            "message": "This key is not allowed anywhere in a config.",
            "path": [
              "routing",
              "crusher",
              "appointments",
              0,
              "__proto__",
            ],
            "severity": "error",
          },
          {
            "code": "forbidden_key",
            "message": "This key is not allowed anywhere in a config.",
            "path": [
              "coverage",
              "c1",
              "constructor",
            ],
            "severity": "error",
          },
          {
            "code": "forbidden_key",
            "message": "This key is not allowed anywhere in a config.",
            "path": [
              "constructor",
            ],
            "severity": "error",
          },
        ],
      ]
    `);
  });

  test("reports invalid_timestamp for malformed and impossible dates", () => {
    const stamps = [
      "2026-12-01T00:00:00",
      "2026-12-01",
      "2026-12-01T00:00Z",
      "2026-02-29T00:00:00Z",
      "2026-04-31T00:00:00Z",
      "2026-12-01T24:00:00Z",
      "2026-12-01T00:00:00+0530",
      "2026-12-01T00:00:00.1234567890Z",
      "2026-12-01t00:00:00z",
    ];
    const doc = sampleDoc();
    stamps.forEach((from, index) => {
      doc.coverage[`c${index}`] = { ...doc.coverage.c1, from };
    });
    const issues = parse(doc);
    expect(issues).toHaveLength(stamps.length);
    expect(issues).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid_timestamp",
          "message": "Expected an ISO 8601 date-time with seconds and Z or an offset, e.g. 2026-12-01T00:00:00Z.",
          "path": [
            "coverage",
            "c1",
            "from",
          ],
          "severity": "error",
        },
        {
          "code": "invalid_timestamp",
          "message": "Expected an ISO 8601 date-time with seconds and Z or an offset, e.g. 2026-12-01T00:00:00Z.",
          "path": [
            "coverage",
            "c2",
            "from",
          ],
          "severity": "error",
        },
        {
          "code": "invalid_timestamp",
          "message": "Expected an ISO 8601 date-time with seconds and Z or an offset, e.g. 2026-12-01T00:00:00Z.",
          "path": [
            "coverage",
            "c0",
            "from",
          ],
          "severity": "error",
        },
        {
          "code": "invalid_timestamp",
          "message": "Expected an ISO 8601 date-time with seconds and Z or an offset, e.g. 2026-12-01T00:00:00Z.",
          "path": [
            "coverage",
            "c3",
            "from",
          ],
          "severity": "error",
        },
        {
          "code": "invalid_timestamp",
          "message": "Expected an ISO 8601 date-time with seconds and Z or an offset, e.g. 2026-12-01T00:00:00Z.",
          "path": [
            "coverage",
            "c4",
            "from",
          ],
          "severity": "error",
        },
        {
          "code": "invalid_timestamp",
          "message": "Expected an ISO 8601 date-time with seconds and Z or an offset, e.g. 2026-12-01T00:00:00Z.",
          "path": [
            "coverage",
            "c5",
            "from",
          ],
          "severity": "error",
        },
        {
          "code": "invalid_timestamp",
          "message": "Expected an ISO 8601 date-time with seconds and Z or an offset, e.g. 2026-12-01T00:00:00Z.",
          "path": [
            "coverage",
            "c6",
            "from",
          ],
          "severity": "error",
        },
        {
          "code": "invalid_timestamp",
          "message": "Expected an ISO 8601 date-time with seconds and Z or an offset, e.g. 2026-12-01T00:00:00Z.",
          "path": [
            "coverage",
            "c7",
            "from",
          ],
          "severity": "error",
        },
        {
          "code": "invalid_timestamp",
          "message": "Expected an ISO 8601 date-time with seconds and Z or an offset, e.g. 2026-12-01T00:00:00Z.",
          "path": [
            "coverage",
            "c8",
            "from",
          ],
          "severity": "error",
        },
      ]
    `);
  });

  test("accepts real calendar dates, offsets and fractions", () => {
    const doc = sampleDoc();
    doc.coverage.c1.from = "2028-02-29T23:59:59.123456789+05:30";
    doc.coverage.c1.until = "2000-02-29T00:00:00-00:00";
    expect(parse(doc)).toBe("ok");
  });

  test("reports unsupported_version for any other numeric schemaVersion, alone", () => {
    expect([
      parse({ schemaVersion: 3, anything: true }),
      parse({ ...sampleDoc(), schemaVersion: 0 }),
    ]).toMatchInlineSnapshot(`
      [
        [
          {
            "code": "unsupported_version",
            "message": "Only schemaVersion 1 and 2 are supported.",
            "path": [
              "schemaVersion",
            ],
            "severity": "error",
          },
        ],
        [
          {
            "code": "unsupported_version",
            "message": "Only schemaVersion 1 and 2 are supported.",
            "path": [
              "schemaVersion",
            ],
            "severity": "error",
          },
        ],
      ]
    `);
  });

  test("counts name length in code points, as JSON Schema does", () => {
    const named = (name: string) => {
      const doc = sampleDoc();
      doc.members.jsmith.name = name;
      return parse(doc);
    };
    expect(named("\u{1F600}".repeat(200))).toBe("ok");
    expect(named("\u{1F600}".repeat(201))).toMatchInlineSnapshot(`
      [
        {
          "code": "limit_exceeded",
          "message": "Longer than the limit of 200 characters.",
          "path": [
            "members",
            "jsmith",
            "name",
          ],
          "severity": "error",
        },
      ]
    `);
    expect(named("N".repeat(201))).toEqual(named("\u{1F600}".repeat(201)));
  });
});
