import { describe, expect, it } from "vitest";
import { applyEdit } from "../../src/edit/applyEdit.js";
import { EDIT_TYPES, parseEdit } from "../../src/edit/schema.js";
import type { Edit } from "../../src/edit/types.js";
import { samplePractice } from "../../src/sample/samplePractice.js";

/** The first issue's code, path and message (every issue is an error). */
const error = (input: unknown) => {
  const result = parseEdit(input);
  if (result.ok) return result;
  expect(result.issues.every((issue) => issue.severity === "error")).toBe(true);
  const [first] = result.issues;
  return first && { code: first.code, path: first.path, message: first.message };
};

describe("parseEdit", () => {
  it("returns a fresh frozen copy of a well-formed edit", () => {
    const input = {
      type: "set_route",
      providerId: null,
      category: "referrals",
      recipients: [{ type: "assigned_provider" }],
    };
    const result = parseEdit(input);
    expect(result).toEqual({ ok: true, edit: input });
    expect(result.ok && result.edit).not.toBe(input);
    expect(result.ok && Object.isFrozen(result.edit.type === "set_route" && result.edit.recipients)).toBe(true);
  });

  it("knows every edit type", () => {
    expect(EDIT_TYPES).toMatchInlineSnapshot(`
      [
        "set_messaging",
        "set_replies",
        "set_category_enabled",
        "set_route",
        "set_route_for_all_providers",
        "copy_routing",
        "replace_member",
        "upsert_member",
        "set_member_active",
        "upsert_group",
        "remove_group",
        "add_coverage",
        "remove_coverage",
        "set_time_zone",
        "set_schedule",
        "set_response_days",
        "set_eligibility",
        "set_show_recipients",
        "upsert_location",
        "remove_location",
      ]
    `);
  });

  it("points at what is wrong, without repeating input values", () => {
    expect(error(null)).toMatchInlineSnapshot(`
      {
        "code": "invalid_type",
        "message": "Expected an edit object with a type field.",
        "path": [],
      }
    `);
    expect(error([])).toMatchInlineSnapshot(`
      {
        "code": "invalid_type",
        "message": "Expected an edit object with a type field.",
        "path": [],
      }
    `);
    expect(error({ type: "drop_table" })).toMatchInlineSnapshot(`
      {
        "code": "invalid_type",
        "message": "Expected one of the edit types: set_messaging, set_replies, set_category_enabled, set_route, set_route_for_all_providers, copy_routing, replace_member, upsert_member, set_member_active, upsert_group, remove_group, add_coverage, remove_coverage, set_time_zone, set_schedule, set_response_days, set_eligibility, set_show_recipients, upsert_location, remove_location.",
        "path": [
          "type",
        ],
      }
    `);
    expect(error({ type: "set_messaging" })).toMatchInlineSnapshot(`
      {
        "code": "missing_field",
        "message": "This field is required.",
        "path": [
          "enabled",
        ],
      }
    `);
    expect(error({ type: "set_messaging", enabled: true, secret: "x" })).toMatchInlineSnapshot(`
      {
        "code": "unknown_field",
        "message": "This field is not part of the format.",
        "path": [
          "secret",
        ],
      }
    `);
    expect(error({ type: "set_category_enabled", category: "billing", enabled: true })).toMatchInlineSnapshot(`
      {
        "code": "invalid_type",
        "message": "Expected one of: appointments, referrals, prescriptions, test_results, general_inquiry, health_question.",
        "path": [
          "category",
        ],
      }
    `);
    expect(
      error({ type: "set_route", providerId: "bad id!", category: "referrals", recipients: [] }),
    ).toMatchInlineSnapshot(`
      {
        "code": "invalid_id",
        "message": "Expected an id: 1-128 characters of A-Z a-z 0-9 . _ : @ -, starting with a letter or digit, not constructor or prototype.",
        "path": [
          "providerId",
        ],
      }
    `);
    expect(error({ type: "set_route", category: "referrals", recipients: [] })).toMatchInlineSnapshot(`
      {
        "code": "missing_field",
        "message": "This field is required.",
        "path": [
          "providerId",
        ],
      }
    `);
    expect(
      error({ type: "set_route", providerId: "a", category: "referrals", recipients: [{ type: "member" }] }),
    ).toMatchInlineSnapshot(`
      {
        "code": "missing_field",
        "message": "This field is required.",
        "path": [
          "recipients",
          0,
          "id",
        ],
      }
    `);
    expect(
      error({
        type: "set_route",
        providerId: "a",
        category: "referrals",
        recipients: Array.from({ length: 51 }, () => ({ type: "assigned_provider" })),
      }),
    ).toMatchInlineSnapshot(`
      {
        "code": "limit_exceeded",
        "message": "More than the limit of 50 entries.",
        "path": [
          "recipients",
        ],
      }
    `);
    expect(
      error({ type: "upsert_member", id: "a", member: { name: "", role: "staff", admin: false, active: true } }),
    ).toMatchInlineSnapshot(`
      {
        "code": "invalid_type",
        "message": "Must not be empty.",
        "path": [
          "member",
          "name",
        ],
      }
    `);
    expect(
      error({
        type: "upsert_member",
        id: "a",
        member: { name: "x".repeat(201), role: "staff", admin: false, active: true },
      }),
    ).toMatchInlineSnapshot(`
      {
        "code": "limit_exceeded",
        "message": "Longer than the limit of 200 characters.",
        "path": [
          "member",
          "name",
        ],
      }
    `);
    expect(
      error({
        type: "add_coverage",
        id: "c2",
        coverage: { member: "a", from: "tomorrow", until: "2026-01-01T00:00:00Z", coveredBy: "b" },
      }),
    ).toMatchInlineSnapshot(`
      {
        "code": "invalid_timestamp",
        "message": "Expected an ISO 8601 date-time with seconds and Z or an offset, e.g. 2026-12-01T00:00:00Z.",
        "path": [
          "coverage",
          "from",
        ],
      }
    `);
    expect(error({ type: "remove_group", id: "constructor" })).toMatchInlineSnapshot(`
      {
        "code": "invalid_id",
        "message": "Expected an id: 1-128 characters of A-Z a-z 0-9 . _ : @ -, starting with a letter or digit, not constructor or prototype.",
        "path": [
          "id",
        ],
      }
    `);
    expect(error({ type: "copy_routing", from: "a", to: "b" })).toMatchInlineSnapshot(`
      {
        "code": "invalid_type",
        "message": "Expected an array, got a string.",
        "path": [
          "to",
        ],
      }
    `);
    expect(
      error({ type: "set_route_for_all_providers", category: "referrals", recipients: [], mode: "all" }),
    ).toMatchInlineSnapshot(`
      {
        "code": "invalid_type",
        "message": "Expected one of: replace, add, fill_empty.",
        "path": [
          "mode",
        ],
      }
    `);
    expect(error({ type: "set_replies", enabled: 1 })).toMatchInlineSnapshot(`
      {
        "code": "invalid_type",
        "message": "Expected true or false, got a number.",
        "path": [
          "enabled",
        ],
      }
    `);
    expect(error({ type: "remove_coverage", id: 7 })).toMatchInlineSnapshot(`
      {
        "code": "invalid_type",
        "message": "Expected a string, got a number.",
        "path": [
          "id",
        ],
      }
    `);
  });

  it("never throws, whatever the input", () => {
    const trap = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error("trap");
        },
      },
    );
    const getter = Object.defineProperty({ type: "set_messaging" }, "enabled", {
      enumerable: true,
      get() {
        throw new Error("getter");
      },
    });
    expect(error(trap)).toMatchInlineSnapshot(`
      {
        "code": "invalid_type",
        "message": "Expected an edit object with a type field.",
        "path": [],
      }
    `);
    expect(error(getter)).toMatchInlineSnapshot(`
      {
        "code": "invalid_type",
        "message": "Expected true or false, got a value that is not plain JSON data.",
        "path": [
          "enabled",
        ],
      }
    `);
    expect(error(JSON.parse('{"type":"set_messaging","enabled":true,"__proto__":{}}'))).toMatchInlineSnapshot(`
      {
        "code": "forbidden_key",
        "message": "This key is not allowed anywhere in an edit.",
        "path": [
          "__proto__",
        ],
      }
    `);
    expect(error({ type: "copy_routing", from: "a", to: new Array(60_000).fill("a") })).toMatchInlineSnapshot(`
      {
        "code": "limit_exceeded",
        "message": "More than the limit of 50000 entries.",
        "path": [
          "to",
        ],
      }
    `);
  });

  it("reports every issue, like parsePractice", () => {
    expect(parseEdit({ type: "set_route", providerId: 7, category: "billing", extra: true })).toMatchInlineSnapshot(`
      {
        "issues": [
          {
            "code": "invalid_type",
            "message": "Expected a string, got a number.",
            "path": [
              "providerId",
            ],
            "severity": "error",
          },
          {
            "code": "invalid_type",
            "message": "Expected one of: appointments, referrals, prescriptions, test_results, general_inquiry, health_question.",
            "path": [
              "category",
            ],
            "severity": "error",
          },
          {
            "code": "missing_field",
            "message": "This field is required.",
            "path": [
              "recipients",
            ],
            "severity": "error",
          },
          {
            "code": "unknown_field",
            "message": "This field is not part of the format.",
            "path": [
              "extra",
            ],
            "severity": "error",
          },
        ],
        "ok": false,
      }
    `);
  });

  it("lists at most 1,000 issues, then says there were more", () => {
    const result = parseEdit({ type: "copy_routing", from: "a", to: new Array(1_500).fill("bad id!") });
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues).toHaveLength(1_001);
    expect(issues[999]?.path).toEqual(["to", 999]);
    expect(issues[1_000]).toMatchInlineSnapshot(`
      {
        "code": "limit_exceeded",
        "message": "More problems were found than the 1000 listed.",
        "path": [],
        "severity": "error",
      }
    `);
    expect(Object.isFrozen(issues)).toBe(true);
  });

  it("gives applyEdit's invalid_edit every issue, with the first one's path and message", () => {
    const input = { type: "set_route", providerId: 7, category: "billing", recipients: [] };
    const parsed = parseEdit(input);
    const result = applyEdit(samplePractice(), input as unknown as Edit, { actor: "jsmith" });
    expect(result.ok || result.error.code !== "invalid_edit" ? result : result.error).toEqual({
      code: "invalid_edit",
      path: ["providerId"],
      message: "Expected a string, got a number.",
      issues: parsed.ok ? [] : parsed.issues,
    });
  });
});
